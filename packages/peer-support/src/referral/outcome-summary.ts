import {
  type Actor,
  type Coding,
  type DomainError,
  domainError,
  err,
  type IsoInstant,
  type OutcomeMeasure,
  ok,
  type PersonId,
  type RecordId,
  type Referral,
  type Result,
  type Service,
} from '@livewell/core';

/** Which way an outcome measure moved between start and end, given which way is better. */
export type OutcomeDirection = 'improved' | 'worsened' | 'unchanged';

/** One outcome measure's change: the readings, the raw change and whether it is better. */
export interface MeasureChange {
  readonly instrumentId: string;
  readonly score: string;
  readonly start: number;
  readonly end: number;
  /** `end − start`. */
  readonly change: number;
  /** The change signed so that positive is better (`change`, or `−change` when lower is better). */
  readonly improvement: number;
  readonly direction: OutcomeDirection;
}

/**
 * The message back: a structured summary of what a completed referral achieved, addressed to
 * the referrer and the person's GP (once, when they are the same), for a letter, a GP-system
 * message, or a FHIR `Communication`.
 */
export interface OutcomeSummary {
  readonly referralId: RecordId;
  readonly personId: PersonId;
  readonly serviceId: RecordId;
  readonly serviceName?: string;
  readonly to: readonly Actor[];
  readonly referredAt: IsoInstant;
  readonly completedAt: IsoInstant;
  readonly needsAddressed: readonly Coding[];
  readonly concernsAddressed: readonly string[];
  readonly supportGiven: readonly string[];
  readonly measures: readonly MeasureChange[];
  readonly summary: string;
  /** The summary as lines of text, in the order a letter would give them. */
  readonly lines: readonly string[];
}

/** Why no summary can be written: the referral is not completed with an outcome. */
export type OutcomeSummaryError = DomainError<'no-outcome'>;

/** The change of one outcome measure, signed so that `improvement` > 0 is better. */
export function measureChange(measure: OutcomeMeasure): MeasureChange {
  const change = measure.end.value - measure.start.value;
  const improvement = (measure.higherIs === 'better' ? change : -change) + 0;
  return {
    instrumentId: measure.instrumentId,
    score: measure.score,
    start: measure.start.value,
    end: measure.end.value,
    change,
    improvement,
    direction: improvement > 0 ? 'improved' : improvement < 0 ? 'worsened' : 'unchanged',
  };
}

/** Equal actors, whatever order their keys were stored in (an actor is a flat record). */
const sameActor = (a: Actor, b: Actor): boolean => {
  const x: Readonly<Record<string, unknown>> = a;
  const y: Readonly<Record<string, unknown>> = b;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
};

const describeMeasure = (m: MeasureChange) =>
  `${m.instrumentId} ${m.score}: ${m.start} → ${m.end} (${m.direction})`;

/**
 * Writes the message back for a completed referral: to the referrer and `gp` (the person's
 * GP), with needs and concerns addressed, support given, each outcome measure's change and the
 * summary in words. `no-outcome` when the referral is not completed or has no outcome.
 *
 * @example
 * const message = outcomeSummary(referral, { gp, service });
 * if (message.ok) sendToGpSystem(message.value);
 */
export function outcomeSummary(
  referral: Referral,
  options: { readonly gp?: Actor | undefined; readonly service?: Service | undefined } = {},
): Result<OutcomeSummary, OutcomeSummaryError> {
  const { outcome } = referral;
  const completed = referral.history.findLast((h) => h.status === 'completed');
  if (referral.status !== 'completed' || outcome === undefined || completed === undefined)
    return err(
      domainError('no-outcome', `Referral ${referral.id} is not completed with an outcome.`, {
        referralId: referral.id,
        status: referral.status,
      }),
    );
  const to = [referral.referrer];
  if (options.gp !== undefined && !sameActor(options.gp, referral.referrer)) to.push(options.gp);
  const measures = outcome.measures.map(measureChange);
  const name = options.service?.name;
  const needs = outcome.needsAddressed.map((c) => c.display ?? c.code);
  const lines = [
    `Outcome of referral ${referral.id}${name === undefined ? '' : ` to ${name}`}, completed ${completed.at.slice(0, 10)}.`,
    ...(needs.length > 0 ? [`Needs addressed: ${needs.join(', ')}.`] : []),
    ...(outcome.concernsAddressed.length > 0
      ? [`Concerns addressed: ${outcome.concernsAddressed.join('; ')}.`]
      : []),
    `Support given: ${outcome.supportGiven.join('; ')}.`,
    ...measures.map(describeMeasure),
    outcome.summary,
  ];
  return ok({
    referralId: referral.id,
    personId: referral.personId,
    serviceId: referral.serviceId,
    ...(name === undefined ? {} : { serviceName: name }),
    to,
    referredAt: referral.createdAt,
    completedAt: completed.at,
    needsAddressed: outcome.needsAddressed.map((c) => ({ ...c })),
    concernsAddressed: [...outcome.concernsAddressed],
    supportGiven: [...outcome.supportGiven],
    measures,
    summary: outcome.summary,
    lines,
  });
}
