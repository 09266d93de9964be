import {
  type Enrolment,
  makeUpcaster,
  type Programme,
  parseEnrolment,
  parseProgramme,
  type UpcastStep,
} from '@livewell/core';

/**
 * The schema version this release writes for programmes. Version 2 gave each session a `kind`
 * (`workshop`, `action-learning-set`, `one-to-one`); version 1 programmes held workshops only.
 */
export const CURRENT_PROGRAMME_SCHEMA_VERSION = 2;

/** The schema version this release writes for enrolments. */
export const CURRENT_ENROLMENT_SCHEMA_VERSION = 1;

/**
 * Programme v1 → v2: every v1 session was a group workshop, so each session gains
 * `kind: 'workshop'`. Anything that is not a list of objects is left for the parser to report.
 */
export const programmeV1toV2: UpcastStep = (v1) => {
  const sessions = v1.sessions;
  if (!Array.isArray(sessions)) return { ...v1 };
  return {
    ...v1,
    sessions: sessions.map((s: unknown) =>
      typeof s === 'object' && s !== null && !Array.isArray(s) ? { ...s, kind: 'workshop' } : s,
    ),
  };
};

/** Reads a stored programme of any released schema version (v1 is upcast). Never throws. */
export const upcastProgramme = makeUpcaster<Programme>({
  schema: 'Programme',
  current: CURRENT_PROGRAMME_SCHEMA_VERSION,
  steps: { 1: programmeV1toV2 },
  parse: parseProgramme,
});

/** Reads a stored enrolment of any released schema version. Never throws. */
export const upcastEnrolment = makeUpcaster<Enrolment>({
  schema: 'Enrolment',
  current: CURRENT_ENROLMENT_SCHEMA_VERSION,
  parse: parseEnrolment,
});
