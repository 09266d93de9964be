/**
 * The synthetic world of the demo: one practice (the tenant), its staff, and a
 * long-term-conditions register of a few hundred people. Everything is generated from a seed,
 * so every run tells the same story. All people are fictional.
 */
import {
  type Actor,
  type CarerId,
  CodeSystems,
  type Coding,
  type Person,
  type PersonId,
  type PlanCareTeam,
  type PractitionerId,
  type PractitionerMembership,
  type PractitionerRole,
  parsePerson,
  type RecordId,
  type TenantId,
  type TrustedSystem,
} from '@livewell/core';
import type { Random } from './random.js';

/** The practice every record belongs to. */
export const PRACTICE = 'riverside-surgery' as TenantId;

/** A member of staff (practitioners are not stored: the plan's care team names them). */
export interface StaffMember {
  readonly name: string;
  readonly actor: Extract<Actor, { kind: 'practitioner' }>;
}

const staffMember = (id: string, name: string, role: PractitionerRole): StaffMember => ({
  name,
  actor: { kind: 'practitioner', practitionerId: id as PractitionerId, role },
});

/** The practice team. */
export const staff = {
  gp: staffMember('dr-amara-osei', 'Dr Amara Osei', 'gp'),
  nurse: staffMember('nurse-jo-reilly', 'Jo Reilly (practice nurse)', 'nurse'),
  hca: staffMember('hca-sam-patel', 'Sam Patel (healthcare assistant)', 'healthcare-assistant'),
  reception: staffMember('rec-lee-wong', 'Lee Wong (reception)', 'receptionist'),
  coach: staffMember('coach-ana-silva', 'Ana Silva (health coach)', 'health-coach'),
  linkWorker: staffMember('lw-tom-byrne', 'Tom Byrne (health navigator)', 'link-worker'),
} as const;

/** The practice as an organisation in the directory (it runs the skills course). */
export const PRACTICE_ORGANISATION = 'org-practice' as RecordId;

/** Staff memberships: every member of the practice team works for the practice. */
export const staffMemberships: readonly PractitionerMembership[] = Object.values(staff).map(
  (member) => ({
    practitionerId: member.actor.practitionerId,
    organisationId: PRACTICE_ORGANISATION,
  }),
);

/** The community-services hub that records the services' side of referrals. */
export const communityHub: Actor = { kind: 'system', name: 'community-services-hub' };

/** The practice policy's trusted systems: the hub, acting for the directory's organisations. */
export const trustedSystems = (organisationIds: readonly RecordId[]): TrustedSystem[] => [
  { name: 'community-services-hub', organisationIds: [...new Set(organisationIds)] },
];

/** The recall system that sends invitations. */
export const recallSystem: Actor = { kind: 'system', name: 'riverside-recall' };

const snomed = (code: string, display: string): Coding => ({
  system: CodeSystems.snomed,
  code,
  display,
});

/** Long-term conditions on the register, with rough prevalence weights. */
export const conditions = [
  { coding: snomed('44054006', 'Type 2 diabetes mellitus'), weight: 0.35 },
  { coding: snomed('13645005', 'Chronic obstructive pulmonary disease'), weight: 0.18 },
  { coding: snomed('84114007', 'Heart failure'), weight: 0.1 },
  { coding: snomed('38341003', 'Hypertension'), weight: 0.4 },
  { coding: snomed('195967001', 'Asthma'), weight: 0.15 },
  { coding: snomed('35489007', 'Depressive disorder'), weight: 0.2 },
] as const;

const given = [
  'Ada',
  'Bilal',
  'Carys',
  'Dev',
  'Eilidh',
  'Femi',
  'Grace',
  'Hamza',
  'Iris',
  'Jack',
  'Kiran',
  'Lena',
  'Mo',
  'Niamh',
  'Owen',
  'Priya',
  'Rhys',
  'Sara',
  'Tariq',
  'Una',
  'Viktor',
  'Wen',
  'Yusuf',
  'Zofia',
];
const family = [
  'Okafor',
  'Hughes',
  'Evans',
  'Patel',
  'Campbell',
  'Adeyemi',
  'Nowak',
  'Khan',
  'Murphy',
  'Jones',
  'Singh',
  'Williams',
  'Chen',
  'Ali',
  'Roberts',
  'Kowalski',
  'Davies',
  'Begum',
];

/** One person on the register, with what the simulation needs to know about them. */
export interface RegisteredPerson {
  readonly person: Person;
  /** The care team named on their plan (practice staff and consenting carers). */
  readonly careTeam: PlanCareTeam;
  /** How strongly the person engages (drives synthetic questionnaire answers), 0–1. */
  readonly engagement: number;
}

/** Builds a register of `size` people through core's boundary parser (nothing unchecked goes in). */
export function buildRegister(size: number, random: Random): RegisteredPerson[] {
  const register: RegisteredPerson[] = [];
  for (let i = 1; i <= size; i += 1) {
    const personConditions = conditions.filter((c) => random.chance(c.weight)).map((c) => c.coding);
    if (personConditions.length === 0) personConditions.push(conditions[0].coding);
    const hasCarer = random.chance(0.15);
    const carerId = `carer-${i}` as CarerId;
    const year = random.int(1938, 1992);
    const format = random.pick([
      'standard',
      'standard',
      'standard',
      'standard',
      'large-print',
      'easy-read',
    ] as const);
    const language = random.chance(0.12) ? random.pick(['pa', 'ur', 'pl', 'gu'] as const) : 'en';
    const parsed = parsePerson({
      schemaVersion: 1,
      id: `person-${String(i).padStart(4, '0')}`,
      tenantId: PRACTICE,
      name: { given: random.pick(given), family: random.pick(family) },
      birthDate: `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      conditions: personConditions,
      communication: {
        format,
        language,
        channel: random.pick(['letter', 'letter', 'sms', 'email', 'app'] as const),
        interpreterNeeded: language !== 'en' && random.chance(0.5),
      },
      carers: hasCarer
        ? [
            {
              id: carerId,
              name: `${random.pick(given)} (carer)`,
              relationship: random.pick(['daughter', 'son', 'partner', 'friend']),
              consentToShare: random.chance(0.8),
            },
          ]
        : [],
      consentToShare: true,
      address: {
        lines: [`${random.int(1, 180)} River Street`],
        city: 'Leeds',
        postcode: 'LS6 2AA',
        point: { latitude: 53.81 + random.next() * 0.03, longitude: -1.58 + random.next() * 0.05 },
      },
    });
    if (!parsed.ok) throw new Error(`synthetic person rejected: ${parsed.error.message}`);
    const person = parsed.value;
    register.push({
      person,
      careTeam: {
        members: [
          { practitionerId: staff.gp.actor.practitionerId, role: 'gp', isCoordinator: false },
          { practitionerId: staff.nurse.actor.practitionerId, role: 'nurse', isCoordinator: true },
          {
            practitionerId: staff.hca.actor.practitionerId,
            role: 'healthcare-assistant',
            isCoordinator: false,
          },
          {
            practitionerId: staff.reception.actor.practitionerId,
            role: 'receptionist',
            isCoordinator: false,
          },
          {
            practitionerId: staff.coach.actor.practitionerId,
            role: 'health-coach',
            isCoordinator: false,
          },
          {
            practitionerId: staff.linkWorker.actor.practitionerId,
            role: 'link-worker',
            isCoordinator: false,
          },
        ],
        carers: person.carers.map((c) => ({ carerId: c.id, consentToShare: c.consentToShare })),
      },
      engagement: Math.min(1, Math.max(0, random.normal(0.55, 0.22))),
    });
  }
  return register;
}

/** The person as an actor (for commands the person issues themselves). */
export const personActor = (personId: PersonId): Actor => ({ kind: 'person', personId });
