/**
 * The GP-practice demo. For now it registers a small synthetic long-term-conditions register
 * through core's boundary parsers and prints it; the full simulation arrives with the
 * examples work.
 */
import { CodeSystems, parsePerson, sequentialIds } from '@livewell/core';

const ids = sequentialIds('demo');
const conditions = [
  { system: CodeSystems.snomed, code: '44054006', display: 'Type 2 diabetes mellitus' },
  {
    system: CodeSystems.snomed,
    code: '13645005',
    display: 'Chronic obstructive pulmonary disease',
  },
  { system: CodeSystems.snomed, code: '84114007', display: 'Heart failure' },
];
const names = [
  ['Ada', 'Okafor'],
  ['Bill', 'Hughes'],
  ['Carys', 'Evans'],
  ['Dev', 'Patel'],
] as const;

const register = names.map(([given, family], i) =>
  parsePerson({
    schemaVersion: 1,
    id: ids('person'),
    tenantId: 'practice-riverside',
    name: { given, family },
    birthDate: `19${50 + i * 7}-0${i + 1}-1${i}`,
    conditions: [conditions[i % conditions.length]],
    communication: {
      format: i === 1 ? 'large-print' : 'standard',
      language: i === 3 ? 'gu' : 'en',
      channel: 'letter',
      interpreterNeeded: i === 3,
    },
    carers: [],
    consentToShare: true,
  }),
);

console.log('Riverside practice: long-term-conditions register');
console.table(
  register.map((r) =>
    r.ok
      ? {
          id: r.value.id,
          name: `${r.value.name.given} ${r.value.name.family}`,
          condition: r.value.conditions[0]?.display ?? '',
          format: r.value.communication.format,
        }
      : { id: 'rejected', name: r.error.message, condition: '', format: '' },
  ),
);
