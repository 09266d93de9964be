/**
 * The report in words people use: counter keys, codes, states and outcome names from the
 * simulation turned into plain English (a refused command is named by the title core gives its
 * code, so the report and an HTTP API say the same thing).
 */
import { isLivewellErrorCode, problemTypes } from '@livewell/core';

const domains: Readonly<Record<string, string>> = {
  biological: 'physical health',
  psychological: 'mood and mental wellbeing',
  social: 'family, friends and everyday life',
};

const outcomes: Readonly<Record<string, string>> = {
  gpAppointments: 'GP appointments',
  aeAttendances: 'A&E attendances',
  emergencyAdmissions: 'Emergency admissions',
};

/** `information-gathering` → `Information gathering`, `gpAppointments` → `Gp appointments`. */
export function sentenceCase(identifier: string): string {
  const words = identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_:]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One key, state, status or outcome of the report in plain words. */
export function inWords(key: string): string {
  const [kind, rest] = key.includes(':')
    ? [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
    : [key, ''];
  if (kind === 'goals') return `Goals about ${domains[rest] ?? sentenceCase(rest).toLowerCase()}`;
  if (kind === 'rejected') {
    const code = rest.trim();
    return `Refused: ${isLivewellErrorCode(code) ? problemTypes[code].title.toLowerCase() : sentenceCase(code).toLowerCase()}`;
  }
  if (key in outcomes) return outcomes[key] ?? key;
  if (rest !== '') return `${sentenceCase(kind)}: ${rest.trim()}`;
  return key.includes(' ') ? key.charAt(0).toUpperCase() + key.slice(1) : sentenceCase(key);
}
