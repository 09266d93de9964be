import type { Coding } from '@medplum/fhirtypes';
import { codeSystem, FhirSystems, LIVEWELL_FHIR_BASE } from '../shared/systems.js';

/**
 * National codes for an instrument's total score, by livewell instrument id. LOINC 44261-6
 * (PHQ-9 total) and 70274-6 (GAD-7 total) are used by HL7 implementation guides; SNOMED CT
 * 720433000 is how UK GP systems code the PHQ-9 score (see docs/fhir.md for the sources).
 * Other totals carry only the livewell code.
 */
export const totalScoreCodes: Readonly<Record<string, readonly Coding[]>> = {
  'phq-9': [
    {
      system: FhirSystems.loinc,
      code: '44261-6',
      display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
    },
    {
      system: FhirSystems.snomed,
      code: '720433000',
      display: 'Patient Health Questionnaire Nine Item score (observable entity)',
    },
  ],
  'gad-7': [
    {
      system: FhirSystems.loinc,
      code: '70274-6',
      display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
    },
  ],
};

/**
 * SNOMED CT UK extension code for the Patient Activation Measure level, used only for a level
 * supplied by a licensed scorer (secondary source; see docs/fhir.md).
 */
export const pamLevelCode: Coding = {
  system: FhirSystems.snomed,
  code: '962851000000103',
  display: 'Patient Activation Measure Level (observable entity)',
};

/** The canonical URL of the Questionnaire for a livewell instrument. */
export const questionnaireUrl = (instrumentId: string): string =>
  `${LIVEWELL_FHIR_BASE}/Questionnaire/${instrumentId}`;

/**
 * An instrument version as it appears after `|` in a canonical and as `Questionnaire.version`:
 * percent-encoded (RFC 3986) so that a version a licensed scorer reports with spaces or `|`,
 * e.g. `PAM-13 (synthetic demo data)`, still makes a valid canonical. Versions such as `1.0.0`
 * are unchanged.
 */
export const canonicalVersion = (version: string): string => encodeURIComponent(version);

/** The versioned canonical of an instrument's Questionnaire: `<url>|<canonical version>`. */
export const questionnaireCanonical = (instrumentId: string, version: string): string =>
  `${questionnaireUrl(instrumentId)}|${canonicalVersion(version)}`;

/** The livewell code system of an instrument's scores (`total`, `subscale-<id>`, `activation-level`). */
export const scoreSystem = (instrumentId: string): string =>
  codeSystem(`instrument-score/${instrumentId}`);

/** The livewell code system of one response scale (codes are the coded integer values). */
export const responseScaleSystem = (instrumentId: string, scaleId: string): string =>
  codeSystem(`response-scale/${instrumentId}/${scaleId}`);

/** The livewell code system of an instrument's interpretation bands. */
export const bandSystem = (instrumentId: string): string => codeSystem(`band/${instrumentId}`);
