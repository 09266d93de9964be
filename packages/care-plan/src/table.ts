import type { CarePlanState } from '@livewell/core';
import type { CarePlanCommandType } from './commands.js';
import {
  type Permission,
  planningClinicians,
  practiceStaff,
  supportWorkers,
} from './permissions.js';

/** One row of the transition table: from which states a command is accepted, and where it leads. */
export interface TransitionRow {
  readonly from: readonly CarePlanState[];
  /** The state after the command; `'same'` for commands that record something in place. */
  readonly to: CarePlanState | 'same';
  readonly who: Permission;
  /** A few words for diagrams and UIs. */
  readonly summary: string;
}

const who = (
  roles: readonly string[],
  options: { person?: boolean; carer?: boolean; system?: boolean } = {},
): Permission => ({
  person: options.person ?? false,
  carer: options.carer ?? false,
  system: options.system ?? false,
  roles: roles as Permission['roles'],
});

const clinicians = planningClinicians;
const personAndClinicians = who(clinicians, { person: true });
const contributors = who([...clinicians, 'health-coach', 'link-worker'], {
  person: true,
  carer: true,
});

const live: readonly CarePlanState[] = [
  'invited',
  'information-gathering',
  'prepared',
  'in-conversation',
  'active',
  'paused',
  'under-review',
];

/**
 * The lifecycle as data: the single source for {@link transition}, {@link allowedCommands} and
 * {@link toMermaid}. Keyed by every command type, so a missing command is a compile error.
 */
export const transitionTable: { readonly [C in CarePlanCommandType]: TransitionRow } = {
  'book-information-gathering': {
    from: ['invited'],
    to: 'information-gathering',
    who: who(practiceStaff, { system: true }),
    summary: 'book tests',
  },
  'send-preparation': {
    from: ['information-gathering'],
    to: 'prepared',
    who: who(practiceStaff, { system: true }),
    summary: 'send results and agenda prompts',
  },
  'book-conversation': {
    from: ['invited', 'information-gathering', 'prepared'],
    to: 'same',
    who: who(practiceStaff, { person: true, carer: true, system: true }),
    summary: 'book conversation',
  },
  'record-arrival': {
    from: ['prepared'],
    to: 'same',
    who: who(['receptionist', 'healthcare-assistant', 'nurse']),
    summary: 'arrival check',
  },
  'start-conversation': {
    from: ['prepared'],
    to: 'in-conversation',
    who: who(clinicians),
    summary: 'start conversation',
  },
  'record-what-matters': {
    from: ['in-conversation', 'under-review'],
    to: 'same',
    who: contributors,
    summary: 'what matters to me',
  },
  'set-goal': {
    from: ['in-conversation', 'under-review'],
    to: 'same',
    who: personAndClinicians,
    summary: 'set goal',
  },
  'change-goal-status': {
    from: ['in-conversation', 'active', 'paused', 'under-review'],
    to: 'same',
    who: who([...clinicians, 'health-coach'], { person: true }),
    summary: 'goal status',
  },
  'draft-action-plan': {
    from: ['in-conversation', 'under-review'],
    to: 'same',
    who: contributors,
    summary: 'draft action plan',
  },
  'revise-action-plan': {
    from: ['in-conversation', 'under-review'],
    to: 'same',
    who: contributors,
    summary: 'revise action plan',
  },
  'record-contingency-plan': {
    from: ['in-conversation', 'active', 'under-review'],
    to: 'same',
    who: contributors,
    summary: 'contingency plan',
  },
  'agree-plan': {
    from: ['in-conversation'],
    to: 'active',
    who: personAndClinicians,
    summary: 'agree plan',
  },
  pause: {
    from: ['active'],
    to: 'paused',
    who: who(clinicians, { person: true, carer: true }),
    summary: 'pause',
  },
  resume: {
    from: ['paused'],
    to: 'active',
    who: who(clinicians, { person: true, carer: true }),
    summary: 'resume',
  },
  'record-check-in': {
    from: ['active', 'under-review'],
    to: 'same',
    who: who([...clinicians, ...supportWorkers], { person: true, carer: true }),
    summary: 'check-in',
  },
  'record-support-contact': {
    from: ['active', 'paused', 'under-review'],
    to: 'same',
    who: who([...clinicians, ...supportWorkers], { system: true }),
    summary: 'support contact',
  },
  'book-review': {
    from: ['active', 'paused'],
    to: 'same',
    who: who(practiceStaff, { person: true, carer: true, system: true }),
    summary: 'book review',
  },
  'start-review': {
    from: ['active', 'paused'],
    to: 'under-review',
    who: who(clinicians, { person: true, carer: true }),
    summary: 'start review',
  },
  'continue-plan': {
    from: ['under-review'],
    to: 'active',
    who: personAndClinicians,
    summary: 'continue plan',
  },
  'revise-plan': {
    from: ['under-review'],
    to: 'superseded',
    who: personAndClinicians,
    summary: 'revise (new version)',
  },
  withdraw: {
    from: live,
    to: 'withdrawn',
    who: who([...clinicians, 'receptionist'], { person: true, carer: true }),
    summary: 'withdraw',
  },
  'mark-entered-in-error': {
    from: [...live, 'superseded', 'withdrawn'],
    to: 'entered-in-error',
    who: who([...clinicians, 'receptionist'], { system: true }),
    summary: 'entered in error',
  },
};

/** Every command type, in table order. */
export const carePlanCommandTypes = Object.keys(transitionTable) as readonly CarePlanCommandType[];

/** How plans begin (not commands on an existing plan): shown as the diagram's start arrows. */
export const planStarts = [
  { to: 'invited', summary: 'startCarePlan' },
  { to: 'in-conversation', summary: 'startNextVersion (replaces)' },
] as const satisfies readonly { to: CarePlanState; summary: string }[];

/** Who may start a plan: practice staff (from the register) and system recall jobs. */
export const startPermission: Permission = who(practiceStaff, { system: true });

/** Who may start the next version after a revising review: as for `revise-plan`. */
export const nextVersionPermission: Permission = personAndClinicians;
