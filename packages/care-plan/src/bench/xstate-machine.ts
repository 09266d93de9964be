// Benchmark support: the care-plan lifecycle as an XState v5 machine, with the same guards and
// context updates as @livewell/care-plan, for a like-for-like comparison. Used only by
// lifecycle.bench.ts (xstate is a dev dependency); not exported from the package.
import {
  type Actor,
  calendarDaysBetween,
  localDateOf,
  type PersonId,
  type PlanCareTeam,
  type PractitionerRole,
} from '@livewell/core';
import { assign, setup } from 'xstate';
import type { CarePlanCommand } from '../commands.js';

type Roles = readonly PractitionerRole[];
interface Ctx {
  personId: PersonId;
  careTeam: PlanCareTeam;
  sentAt?: string;
  appointments: { id: string; start: string }[];
  whatMatters: { id: string; text: string; inOwnWords: boolean }[];
  goals: { id: string; owner: string; status: string }[];
  actions: { id: string; confidence?: number; complete: boolean; checkIns: string[] }[];
  contacts: { id: string; kind: string }[];
  reviews: { id: string; kind: string; outcome?: string }[];
  contingency?: readonly string[];
  reviewDate?: string;
  supersededBy?: string;
  seq: number;
}
type Ev = { type: string; actor: Actor; now: string; command: CarePlanCommand };
const clinicians: Roles = ['gp', 'nurse', 'pharmacist'];
const staff: Roles = ['receptionist', 'healthcare-assistant', ...clinicians];
const allowed = (ctx: Ctx, actor: Actor, roles: Roles, personOk: boolean) => {
  if (actor.kind === 'person') return personOk && actor.personId === ctx.personId;
  if (actor.kind !== 'practitioner') return false;
  const m = ctx.careTeam.members.find((x) => x.practitionerId === actor.practitionerId);
  return m !== undefined && roles.includes(m.role);
};
const id = (ctx: Ctx, kind: string) => `x-${kind}-${ctx.seq + 1}`;
const by =
  (roles: Roles, personOk = false, rule?: (ctx: Ctx, e: Ev) => boolean) =>
  ({ context: ctx, event: e }: { context: Ctx; event: Ev }) =>
    allowed(ctx, e.actor, roles, personOk) && (rule === undefined || rule(ctx, e));
const today = (now: string) => localDateOf(now, 'Europe/London');
const agreeable = (ctx: Ctx, e: Ev) =>
  ctx.whatMatters.some((w) => w.inOwnWords) &&
  ctx.goals.some((g) => g.owner === 'person') &&
  ctx.actions.every((a) => a.complete && (a.confidence ?? 0) >= 7) &&
  e.command.type === 'agree-plan' &&
  e.command.reviewDate > today(e.now);
const leadTime = (ctx: Ctx, e: Ev) =>
  ctx.sentAt !== undefined && calendarDaysBetween(today(ctx.sentAt), today(e.now)) >= 7;
const due = (ctx: Ctx, e: Ev) => ctx.reviewDate !== undefined && ctx.reviewDate <= today(e.now);
const bump = { seq: ({ context }: { context: Ctx }) => context.seq + 1 };

/** Transitions every live state has: withdrawing and marking in error (as in the table). */
const endings = {
  withdraw: { target: 'withdrawn', guard: by([...clinicians, 'receptionist'], true) },
  'mark-entered-in-error': { target: 'enteredInError', guard: by([...clinicians, 'receptionist']) },
} as const;

/** The lifecycle in XState v5: the same ten states as the table. */
export const machine = setup({
  types: {
    context: {} as Ctx,
    events: {} as Ev,
    input: {} as { personId: PersonId; careTeam: PlanCareTeam },
  },
}).createMachine({
  id: 'care-plan',
  initial: 'invited',
  // One literal (not `...input` then more keys): a spread-then-extend gives every context its
  // own V8 hidden class, which slows every later read; the care plan avoids that pattern too.
  context: ({ input }) => ({
    personId: input.personId,
    careTeam: input.careTeam,
    appointments: [],
    whatMatters: [],
    goals: [],
    actions: [],
    contacts: [],
    reviews: [],
    seq: 0,
  }),
  states: {
    invited: {
      on: {
        ...endings,
        'book-information-gathering': {
          target: 'informationGathering',
          guard: by(staff),
          actions: assign({
            ...bump,
            appointments: ({ context: c, event: e }) => [
              ...c.appointments,
              { id: id(c, 'appt'), start: e.now },
            ],
          }),
        },
        'book-conversation': {
          guard: by(staff, true),
          actions: assign({
            ...bump,
            appointments: ({ context: c, event: e }) => [
              ...c.appointments,
              { id: id(c, 'appt'), start: e.now },
            ],
          }),
        },
      },
    },
    informationGathering: {
      on: {
        ...endings,
        'send-preparation': {
          target: 'prepared',
          guard: by(staff),
          actions: assign({ sentAt: ({ event }) => event.now }),
        },
        'book-conversation': {
          guard: by(staff, true),
          actions: assign({
            ...bump,
            appointments: ({ context: c, event: e }) => [
              ...c.appointments,
              { id: id(c, 'appt'), start: e.now },
            ],
          }),
        },
      },
    },
    prepared: {
      on: {
        ...endings,
        'record-arrival': { guard: by(['receptionist', 'healthcare-assistant', 'nurse']) },
        'start-conversation': { target: 'inConversation', guard: by(clinicians, false, leadTime) },
      },
    },
    inConversation: {
      on: {
        ...endings,
        'record-what-matters': {
          guard: by(clinicians, true),
          actions: assign({
            ...bump,
            whatMatters: ({ context: c, event: e }) => [
              ...c.whatMatters,
              {
                id: id(c, 'wm'),
                text: e.command.type === 'record-what-matters' ? e.command.text : '',
                inOwnWords: true,
              },
            ],
          }),
        },
        'set-goal': {
          guard: by(clinicians, true),
          actions: assign({
            ...bump,
            goals: ({ context: c }) => [
              ...c.goals,
              { id: id(c, 'goal'), owner: 'person', status: 'proposed' },
            ],
          }),
        },
        'draft-action-plan': {
          guard: by(clinicians, true),
          actions: assign({
            ...bump,
            actions: ({ context: c, event: e }) => [
              ...c.actions,
              {
                id: id(c, 'ap'),
                complete: true,
                checkIns: [],
                ...(e.command.type === 'draft-action-plan' && e.command.confidence !== undefined
                  ? { confidence: e.command.confidence }
                  : {}),
              },
            ],
          }),
        },
        'record-contingency-plan': {
          guard: by(clinicians, true),
          actions: assign({
            contingency: ({ event: e }) =>
              e.command.type === 'record-contingency-plan' ? e.command.whatToDo : [],
          }),
        },
        'agree-plan': {
          target: 'active',
          guard: by(clinicians, true, agreeable),
          actions: assign({
            reviewDate: ({ event: e }) =>
              e.command.type === 'agree-plan' ? e.command.reviewDate : undefined,
            goals: ({ context: c }) =>
              c.goals.map((g) => (g.status === 'proposed' ? { ...g, status: 'agreed' } : g)),
          }),
        },
      },
    },
    active: {
      on: {
        ...endings,
        'record-check-in': {
          guard: by([...clinicians, 'health-coach'], true),
          actions: assign({
            actions: ({ context: c, event: e }) =>
              c.actions.map((a, i) => (i === 0 ? { ...a, checkIns: [...a.checkIns, e.now] } : a)),
          }),
        },
        'record-support-contact': {
          guard: by([...clinicians, 'health-coach']),
          actions: assign({
            ...bump,
            contacts: ({ context: c }) => [
              ...c.contacts,
              { id: id(c, 'sc'), kind: 'coaching-call' },
            ],
          }),
        },
        'start-review': {
          target: 'underReview',
          guard: by(clinicians, true, due),
          actions: assign({
            ...bump,
            reviews: ({ context: c }) => [...c.reviews, { id: id(c, 'rv'), kind: 'planned' }],
          }),
        },
        pause: { target: 'paused', guard: by(clinicians, true) },
      },
    },
    paused: { on: { ...endings, resume: { target: 'active', guard: by(clinicians, true) } } },
    underReview: {
      on: {
        ...endings,
        'revise-plan': {
          target: 'superseded',
          guard: by(clinicians, true),
          actions: assign({
            ...bump,
            supersededBy: ({ context: c }) => id(c, 'plan'),
            reviews: ({ context: c }) =>
              c.reviews.map((r) => (r.outcome === undefined ? { ...r, outcome: 'revised' } : r)),
          }),
        },
        'continue-plan': { target: 'active', guard: by(clinicians, true) },
      },
    },
    superseded: { on: { 'mark-entered-in-error': endings['mark-entered-in-error'] } },
    withdrawn: { on: { 'mark-entered-in-error': endings['mark-entered-in-error'] } },
    enteredInError: { type: 'final' },
  },
});
