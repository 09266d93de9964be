import { type Assessment, parseAssessment, type Result } from '@livewell/core';
import { readActor } from '../shared/actor.js';
import { compact } from '../shared/compact.js';
import { parseFhirInput, parseImportRequest } from '../shared/fhir-input.js';
import { type FhirImportError, importIssue } from '../shared/import-error.js';
import {
  checkExtensions,
  finishImport,
  type IssueList,
  readDetails,
  readRecordId,
  readReferenceId,
} from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import { type FhirImportOptions, readTenant } from '../shared/tenant.js';
import { bandSystem, questionnaireUrl, scoreSystem } from './codes.js';
import {
  AssessmentImportInput,
  type FhirQuestionnaireResponseIn,
  FhirQuestionnaireResponseInput,
  FhirScoreObservationInput,
} from './input.js';

/** The FHIR resources to read one assessment from (untrusted JSON; the shape is checked too). */
export interface AssessmentImport {
  readonly questionnaireResponse: unknown;
  readonly observations: readonly unknown[];
}

function readInstrument(qr: FhirQuestionnaireResponseIn, issues: IssueList) {
  const match = qr.questionnaire?.match(/^(.*)\/Questionnaire\/([a-z0-9][a-z0-9._-]*)\|(.+)$/);
  if (!match || `${match[1]}/Questionnaire/${match[2]}` !== questionnaireUrl(match[2] as string)) {
    issues.push(
      importIssue(
        qr.questionnaire ? 'unrepresentable' : 'missing-element',
        'QuestionnaireResponse.questionnaire',
        'expected a versioned livewell instrument Questionnaire',
      ),
    );
    return { id: '', version: '' };
  }
  try {
    return { id: match[2] as string, version: decodeURIComponent(match[3] as string) };
  } catch {
    issues.push(
      importIssue(
        'invalid-element',
        'QuestionnaireResponse.questionnaire',
        'the version is not valid percent-encoding',
      ),
    );
    return { id: match[2] as string, version: '' };
  }
}

function readResponses(qr: FhirQuestionnaireResponseIn, issues: IssueList) {
  return (qr.item ?? []).map((item, i) => {
    const answer = item.answer?.[0];
    if (!answer) return { itemId: item.linkId, value: null };
    const raw = answer.valueInteger ?? Number(answer.valueCoding?.code);
    if (!Number.isInteger(raw)) {
      issues.push(
        importIssue(
          'unsupported-code',
          `QuestionnaireResponse.item[${i}].answer`,
          'expected an integer-coded answer',
        ),
      );
    }
    return { itemId: item.linkId, value: raw };
  });
}

/**
 * Reads an assessment back from a `QuestionnaireResponse` and its score `Observation`s. Scores
 * are matched by their livewell score code; anything livewell cannot hold is reported.
 *
 * @example
 * const r = fromFhirAssessment(toFhirAssessment(a), { tenantId: a.tenantId });
 */
export function fromFhirAssessment(
  untrustedInput: AssessmentImport,
  untrustedOptions: FhirImportOptions,
): Result<Assessment, FhirImportError> {
  const request = parseImportRequest(
    'QuestionnaireResponse',
    AssessmentImportInput,
    untrustedInput,
    untrustedOptions,
  );
  if (!request.ok) return request;
  const { parts: input, options } = request.value;
  const parsed = parseFhirInput(
    'QuestionnaireResponse',
    FhirQuestionnaireResponseInput,
    input.questionnaireResponse,
  );
  if (!parsed.ok) return parsed;
  const qr = parsed.value;
  const issues: IssueList = [];
  const path = 'QuestionnaireResponse';
  checkExtensions(
    qr.extension,
    [LivewellExtensions.tenant, LivewellExtensions.details],
    path,
    issues,
  );
  const details = readDetails(qr.extension, path, issues);
  const instrument = readInstrument(qr, issues);
  if (!qr.authored)
    issues.push(importIssue('missing-element', `${path}.authored`, 'completion time is required'));
  const system = scoreSystem(instrument.id);
  let total: number | undefined;
  let band: { code: string; label: string } | undefined;
  let level: number | undefined;
  const subscales: { id: string; score: number | null }[] = [];
  for (const [i, raw] of input.observations.entries()) {
    const r = parseFhirInput(`Observation[${i}]`, FhirScoreObservationInput, raw);
    if (!r.ok) {
      issues.push(...r.error.issues);
      continue;
    }
    const o = r.value;
    const code = o.code.coding?.find((c) => c.system === system)?.code;
    if (code === 'total' && o.valueQuantity) {
      total = o.valueQuantity.value;
      const coding = o.interpretation?.[0]?.coding?.find(
        (c) => c.system === bandSystem(instrument.id),
      );
      if (coding?.code)
        band = {
          code: coding.code,
          label: coding.display ?? o.interpretation?.[0]?.text ?? coding.code,
        };
    } else if (code === 'activation-level' && o.valueInteger !== undefined) {
      level = o.valueInteger;
    } else if (code?.startsWith('subscale-')) {
      subscales.push({ id: code.slice('subscale-'.length), score: o.valueQuantity?.value ?? null });
    } else {
      issues.push(
        importIssue(
          'unsupported-code',
          `Observation[${i}].code`,
          `not a score of ${instrument.id || 'a livewell instrument'}`,
        ),
      );
    }
  }
  if (total === undefined)
    issues.push(importIssue('missing-element', 'Observation', 'no total score Observation'));
  const candidate = compact({
    provenance: { kind: 'imported', system: 'FHIR', instrumentVersion: instrument.version },
    flags: [],
    ...details,
    schemaVersion: 1,
    id: readRecordId(
      { ...qr, identifier: qr.identifier ? [qr.identifier] : undefined },
      'assessment',
      path,
      issues,
    ),
    tenantId: readTenant(qr.extension, options, path, issues),
    personId: readReferenceId(qr.subject, 'Patient', 'person', `${path}.subject`, issues),
    instrument,
    completedAt: qr.authored,
    responses: readResponses(qr, issues),
    scores: { total, subscales },
    band,
    level,
    recordedBy: qr.author ? readActor(qr.author, `${path}.author`, issues) : undefined,
  });
  return finishImport('QuestionnaireResponse', issues, parseAssessment, candidate);
}
