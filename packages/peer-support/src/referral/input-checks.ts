/**
 * Cheap shape checks run by the referral and programme entry points before trusting their
 * arguments, so a caller who skipped the parsers gets a typed refusal, not a `TypeError`. They
 * read only what the machine reads; the full rules are in the `parseX` functions of core.
 */

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const actorKinds = new Set(['person', 'carer', 'practitioner', 'system']);

type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** True when `value` is an ISO-8601 instant that names a real moment. */
export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && INSTANT.test(value) && Number.isFinite(Date.parse(value));

function actorProblem(actor: unknown): string | undefined {
  if (!isObject(actor) || !actorKinds.has(actor.kind as string)) return 'the actor is not an actor';
  const id =
    actor.kind === 'person'
      ? actor.personId
      : actor.kind === 'carer'
        ? actor.carerId
        : actor.kind === 'practitioner'
          ? actor.practitionerId
          : actor.name;
  if (!isText(id)) return 'the actor has no id';
  if (actor.kind === 'carer' && !isText(actor.onBehalfOf)) return 'the carer acts for nobody';
  return undefined;
}

function personProblem(person: unknown): string | undefined {
  if (!isObject(person) || !isText(person.id) || !Array.isArray(person.carers)) {
    return '`records.person` is not a person with carers';
  }
  if (!person.carers.every((c) => isObject(c) && isText(c.id))) return 'a carer has no id';
  return undefined;
}

function recordsProblem(records: unknown, personRequired: boolean): string | undefined {
  if (!isObject(records)) return '`records` is missing';
  const { service, person, memberships, systems } = records;
  if (!isObject(service) || !isText(service.id) || !isText(service.organisationId)) {
    return '`records.service` is not a service with its organisation';
  }
  if (personRequired || person !== undefined) {
    const problem = personProblem(person);
    if (problem !== undefined) return problem;
  }
  if (
    !Array.isArray(memberships) ||
    !memberships.every((m) => isObject(m) && isText(m.practitionerId) && isText(m.organisationId))
  ) {
    return '`records.memberships` is not a list of memberships';
  }
  if (memberships.some((m) => m.until !== undefined && !isInstant(m.until))) {
    return 'a membership ends at an unreadable instant';
  }
  if (
    !Array.isArray(systems) ||
    !systems.every((s) => isObject(s) && isText(s.name) && Array.isArray(s.organisationIds))
  ) {
    return '`records.systems` is not a list of trusted systems';
  }
  return undefined;
}

/**
 * What is wrong with a command context, or `undefined` when it has the shape the machine
 * reads: `now` an ISO instant, an actor, an id generator, and the records.
 */
export function contextProblem(context: unknown, personRequired: boolean): string | undefined {
  if (!isObject(context)) return 'the context is not an object';
  if (!isInstant(context.now)) return '`now` is not an ISO-8601 instant';
  if (typeof context.ids !== 'function') return '`ids` is not an id generator';
  return actorProblem(context.actor) ?? recordsProblem(context.records, personRequired);
}

/**
 * What is wrong with an access context (`now`, actor, records: what authorisation reads), or
 * `undefined` when it has that shape. Never throws: a context that cannot be read (a throwing
 * getter, a revoked proxy) is a problem too.
 */
export function accessProblem(context: unknown, personRequired: boolean): string | undefined {
  try {
    if (!isObject(context)) return 'the context is not an object';
    if (!isInstant(context.now)) return '`now` is not an ISO-8601 instant';
    return actorProblem(context.actor) ?? recordsProblem(context.records, personRequired);
  } catch {
    return 'the context could not be read';
  }
}

/** True when `value` is an object (for the shallow checks of records read by the machine). */
export { isObject };
