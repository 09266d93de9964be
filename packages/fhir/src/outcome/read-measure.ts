import { compact } from '../shared/compact.js';
import { importIssue } from '../shared/import-error.js';
import { checkExtensions, type IssueList, readDetails, readReferenceId } from '../shared/read.js';
import { codeSystem, LivewellExtensions } from '../shared/systems.js';
import type { FhirOutcomeObservationIn } from './input.js';

const SCORE_SYSTEM_PREFIX = codeSystem('instrument-score/');

/** One outcome reading as read from an Observation, with the measure it belongs to. */
export interface ReadOutcomeReading {
  readonly instrumentId: string;
  readonly score: string;
  readonly higherIs: unknown;
  readonly value: { value: number; at: string; assessmentId?: string | undefined };
}

/**
 * Reads one outcome measure reading back from its Observation: the instrument and score from
 * the livewell score code, which way is better from the details, the value, when, and the
 * assessment it came from. Checks it is about the referral's person and based on the referral.
 */
export function readOutcomeReading(
  o: FhirOutcomeObservationIn,
  path: string,
  about: { readonly referralId: string; readonly personId: string },
  issues: IssueList,
): ReadOutcomeReading {
  checkExtensions(
    o.extension,
    [LivewellExtensions.tenant, LivewellExtensions.details],
    path,
    issues,
  );
  const details = readDetails(o.extension, path, issues);
  const coding = o.code.coding?.find((c) => c.system?.startsWith(SCORE_SYSTEM_PREFIX));
  const instrumentId = coding?.system?.slice(SCORE_SYSTEM_PREFIX.length) ?? '';
  const code = coding?.code ?? '';
  const score = code === 'total' ? 'total' : code.startsWith('subscale-') ? code.slice(9) : '';
  if (!instrumentId || !score) {
    issues.push(
      importIssue('unsupported-code', `${path}.code`, 'expected a livewell instrument score code'),
    );
  }
  if (details.higherIs === undefined) {
    issues.push(
      importIssue('missing-element', `${path}.extension`, 'which way is better is not recorded'),
    );
  }
  if (
    o.subject &&
    readReferenceId(o.subject, 'Patient', 'person', `${path}.subject`, issues) !== about.personId
  ) {
    issues.push(
      importIssue('broken-reference', `${path}.subject`, 'the reading is about another person'),
    );
  }
  const basedOn = o.basedOn?.[0];
  if (
    basedOn &&
    readReferenceId(basedOn, 'ServiceRequest', 'referral', `${path}.basedOn[0]`, issues) !==
      about.referralId
  ) {
    issues.push(
      importIssue(
        'broken-reference',
        `${path}.basedOn[0]`,
        'the reading belongs to another referral',
      ),
    );
  }
  const from = o.derivedFrom?.[0];
  const assessmentId = from
    ? readReferenceId(from, 'QuestionnaireResponse', 'assessment', `${path}.derivedFrom[0]`, issues)
    : undefined;
  return {
    instrumentId,
    score,
    higherIs: details.higherIs,
    value: compact({ value: o.valueQuantity.value, at: o.effectiveDateTime, assessmentId }),
  };
}
