import type { Coding } from '@medplum/fhirtypes';
import { codeSystem, FhirSystems, LIVEWELL_FHIR_BASE } from '../shared/systems.js';

/**
 * National codes for an instrument's total score, by livewell instrument id. LOINC 44261-6
 * (PHQ-9 total) and 70274-6 (GAD-7 total) are used by HL7 implementation guides (see
 * docs/fhir.md for the sources); other totals carry only the livewell code.
 */
export const totalScoreCodes: Readonly<Record<string, Coding>> = {
  'phq-9': {
    system: FhirSystems.loinc,
    code: '44261-6',
    display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
  },
  'gad-7': {
    system: FhirSystems.loinc,
    code: '70274-6',
    display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
  },
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

/** The livewell code system of an instrument's scores (`total`, `subscale-<id>`, `activation-level`). */
export const scoreSystem = (instrumentId: string): string =>
  codeSystem(`instrument-score/${instrumentId}`);

/** The livewell code system of one response scale (codes are the coded integer values). */
export const responseScaleSystem = (instrumentId: string, scaleId: string): string =>
  codeSystem(`response-scale/${instrumentId}/${scaleId}`);

/** The livewell code system of an instrument's interpretation bands. */
export const bandSystem = (instrumentId: string): string => codeSystem(`band/${instrumentId}`);
