import * as z from 'zod/mini';
import { perLimit } from '../shared/text.js';

/**
 * The size limits of care-plan records and commands, in one place: the schemas enforce them
 * and the machine trusts parsed commands, so there is no second copy to drift. Characters for
 * texts, entries for lists.
 */
export const carePlanLimits = {
  /** What matters to me, goal descriptions, check-in and contact notes. */
  longText: 2000,
  /** Reasons (pause, withdraw, override, revision), what an action plan is, a support need. */
  text: 1000,
  /** How much, when, how often; one barrier, warning sign or thing to do. */
  shortText: 500,
  /** Barriers, warning signs, things to do, support needs. */
  listEntries: 20,
  /** People to call in a contingency plan. */
  contacts: 10,
  /** A contingency contact's name or role. */
  contactName: 200,
  /** A contingency contact's phone number. */
  contactPhone: 40,
  /** Care-team members on one plan. */
  careTeamMembers: 50,
  /** Carers named on one plan. */
  carers: 20,
  /** Names in a practice's list of trusted system actors. */
  systemActors: 50,
  /** Questions on a practice's agenda-setting sheet. */
  agendaQuestions: 20,
  /** Topics a person may raise on one agenda-setting sheet. */
  agendaTopics: 20,
  /** A question's key (`what-matters`, `worries`): lower-case letters, digits and hyphens. */
  agendaQuestionKey: 64,
  /** Results listed in one preparation letter. */
  preparationResults: 50,
  /** Reminders recorded for one plan. */
  reminders: 20,
} as const;

/** Text a person typed: not blank, at most `max` characters (commands use this). */
export const enteredText = (max: number) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.regex(/\S/, 'must not be blank'));

/**
 * {@link enteredText} for core's own records, one shared schema per `max` (schemas are
 * immutable, so fields with the same limit can share one; fewer schemas built at import).
 * Internal: adopters call `enteredText`, which builds a schema of their own.
 */
export const sharedEnteredText = perLimit(enteredText);

/** `z.optional(sharedEnteredText(max))`, one shared schema per `max` (internal). */
export const optionalEnteredText = perLimit((max) => z.optional(sharedEnteredText(max)));
