import {
  type Actor,
  type Assessment,
  type AssessmentScores,
  type InstrumentDefinition,
  type ItemResponse,
  isScoredAssessment,
} from '@livewell/core';
import type {
  CodeableConcept,
  Coding as FhirCoding,
  Observation,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from '@medplum/fhirtypes';
import { actorReference } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { ukCoreMeta } from '../shared/profiles.js';
import { detailsExtension } from '../shared/read.js';
import { FhirSystems, LivewellExtensions } from '../shared/systems.js';
import {
  bandSystem,
  pamLevelCode,
  questionnaireCanonical,
  responseScaleSystem,
  scoreSystem,
  totalScoreCodes,
} from './codes.js';

/** The FHIR resources one assessment becomes. */
export interface AssessmentResources {
  readonly questionnaireResponse: QuestionnaireResponse;
  /** The total, then each subscale, then the activation level when a licensed scorer gave one. */
  readonly observations: readonly Observation[];
}

/** The identifier kind of score Observations; values are `<assessment id>#<position>`. */
export const SCORE_IDENTIFIER_KIND = 'assessment-score';

/** Data-absent reason for a subscale that could not be scored. */
const NOT_SCORABLE: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'unknown' }],
  text: 'Not scorable: too many items unanswered',
};

const SURVEY: CodeableConcept[] = [
  { coding: [{ system: FhirSystems.observationCategory, code: 'survey', display: 'Survey' }] },
];

/** One response as a QuestionnaireResponse item (coded with the scale when the definition is given). */
export function answerItem(
  r: ItemResponse,
  instrumentId: string,
  def?: InstrumentDefinition,
): QuestionnaireResponseItem {
  if (r.value === null) return { linkId: r.itemId };
  const item = def?.items.find((i) => i.id === r.itemId);
  const option = def?.scales
    .find((s) => s.id === item?.scaleId)
    ?.options.find((o) => o.value === r.value);
  if (!item || !option) return { linkId: r.itemId, answer: [{ valueInteger: r.value }] };
  const system = responseScaleSystem(instrumentId, item.scaleId);
  return {
    linkId: r.itemId,
    answer: [{ valueCoding: { system, code: String(r.value), display: option.label } }],
  };
}

/**
 * An assessment as FHIR R4: a completed `QuestionnaireResponse` (answers by linkId, the
 * questionnaire canonical with version) and one survey `Observation` per score, each
 * `derivedFrom` the response — the total (with the band as interpretation; LOINC-coded for
 * PHQ-9 and GAD-7), each subscale, and the activation level when a licensed scorer supplied
 * one. Pass the instrument definition to answer with the scale's codings and labels.
 *
 * @example
 * const { questionnaireResponse, observations } = toFhirAssessment(assessment, phq9);
 */
export function toFhirAssessment(
  a: Assessment,
  definition?: InstrumentDefinition,
): AssessmentResources {
  const qr: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: fhirId(a.id),
    identifier: livewellIdentifier('assessment', a.id),
    extension: [
      { url: LivewellExtensions.tenant, valueString: a.tenantId },
      ...detailsExtension({ provenance: a.provenance, flags: a.flags, mode: a.mode }),
    ],
    questionnaire: questionnaireCanonical(a.instrument.id, a.instrument.version),
    status: 'completed',
    subject: referenceTo('Patient', 'person', a.personId),
    authored: a.completedAt,
  };
  if (a.recordedBy) qr.author = actorReference(a.recordedBy);
  if (a.responses.length > 0)
    qr.item = a.responses.map((r) => answerItem(r, a.instrument.id, definition));

  // An assessment stored unscorable has no score to export (its flags stay on the assessment).
  if (!isScoredAssessment(a)) return { questionnaireResponse: qr, observations: [] };
  const observations = scoreObservations(a, {
    subject: referenceTo('Patient', 'person', a.personId),
  });
  return { questionnaireResponse: qr, observations };
}

/** The scored parts of any assessment, about whomever. */
export interface ScoredParts {
  readonly id: string;
  readonly instrument: { readonly id: string };
  readonly completedAt: string;
  readonly recordedBy?: Actor | undefined;
  readonly scores: AssessmentScores;
  readonly band?: { readonly code: string; readonly label: string } | undefined;
  readonly level?: number | undefined;
}

/** Whom score Observations are about: a Patient `subject`, or a `focus` (R4 allows no other subject). */
export interface ScoreSubject {
  readonly subject?: Reference<Patient>;
  readonly focus?: Reference;
}

/**
 * The score Observations of an assessment: the total (band as interpretation, national codes
 * where known), each subscale, and the activation level when a licensed scorer gave one. A
 * Patient subject declares the UK Core Observation profile; a `focus` (a practitioner or a
 * practice) does not, as UK Core requires a subject R4 cannot point at them.
 */
export function scoreObservations(a: ScoredParts, about: ScoreSubject): Observation[] {
  const system = scoreSystem(a.instrument.id);
  let index = 0;
  const observation = (
    code: string,
    display: string,
    national?: readonly FhirCoding[],
  ): Observation => {
    index += 1;
    const o: Observation = {
      resourceType: 'Observation',
      ...(about.subject === undefined ? {} : { meta: ukCoreMeta('Observation') }),
      id: fhirId(`${a.id}.score-${index}`),
      identifier: [livewellIdentifier(SCORE_IDENTIFIER_KIND, `${a.id}#${index}`)],
      status: 'final',
      category: SURVEY,
      code: { coding: [...(national ?? []), { system, code, display }], text: display },
      ...(about.subject === undefined ? {} : { subject: about.subject }),
      ...(about.focus === undefined ? {} : { focus: [about.focus] }),
      effectiveDateTime: a.completedAt,
      derivedFrom: [referenceTo('QuestionnaireResponse', 'assessment', a.id)],
    };
    if (a.recordedBy) o.performer = [actorReference(a.recordedBy)];
    return o;
  };
  const quantity = (value: number) => ({
    value,
    unit: 'score',
    system: FhirSystems.ucum,
    code: '{score}',
  });

  const national = totalScoreCodes[a.instrument.id];
  const total = observation('total', `${a.instrument.id} total score`, national);
  total.valueQuantity = quantity(a.scores.total);
  if (a.band) {
    total.interpretation = [
      {
        coding: [{ system: bandSystem(a.instrument.id), code: a.band.code, display: a.band.label }],
        text: a.band.label,
      },
    ];
  }
  const subscales = a.scores.subscales.map((s) => {
    const o = observation(`subscale-${s.id}`, `${a.instrument.id} ${s.id} subscale score`);
    if (s.score === null) o.dataAbsentReason = NOT_SCORABLE;
    else o.valueQuantity = quantity(s.score);
    return o;
  });
  const levels: Observation[] = [];
  if (a.level !== undefined) {
    const o = observation('activation-level', 'Activation level (1 to 4)', [pamLevelCode]);
    o.valueInteger = a.level;
    levels.push(o);
  }
  return [total, ...subscales, ...levels];
}
