import type { InstrumentDefinition } from '@livewell/core';
import type { Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { toFhirCoding } from '../shared/coding.js';
import { fhirId } from '../shared/ids.js';
import { canonicalVersion, questionnaireUrl, responseScaleSystem } from './codes.js';

/**
 * An instrument definition as a FHIR `Questionnaire` (status active, one `choice` item per
 * item with its response options as codings whose codes are the coded values). Item wording is
 * included only when the licence allows it; otherwise the item carries livewell's neutral label.
 *
 * @example
 * const q = toFhirQuestionnaire(shippedInstruments['phq-9']);
 */
export function toFhirQuestionnaire(definition: InstrumentDefinition): Questionnaire {
  const scales = new Map(definition.scales.map((s) => [s.id, s]));
  const item = definition.items.map((it): QuestionnaireItem => {
    const scale = scales.get(it.scaleId);
    const out: QuestionnaireItem = {
      linkId: it.id,
      text: definition.licence.itemTextAllowed && it.text ? it.text : it.label,
      type: 'choice',
    };
    if (scale) {
      out.answerOption = scale.options.map((o) => ({
        valueCoding: {
          system: responseScaleSystem(definition.id, scale.id),
          code: String(o.value),
          display: o.label,
        },
      }));
    }
    return out;
  });
  const questionnaire: Questionnaire = {
    resourceType: 'Questionnaire',
    id: fhirId(`${definition.id}-${definition.version}`),
    url: questionnaireUrl(definition.id),
    // Encoded like the canonical's version, so `<url>|<version>` resolves to this resource.
    version: canonicalVersion(definition.version),
    title: definition.name,
    status: 'active',
    subjectType: ['Patient'],
    description: definition.construct,
    item,
  };
  if (definition.codes.length > 0) questionnaire.code = definition.codes.map(toFhirCoding);
  const copyright = definition.licence.notice ?? definition.licence.summary;
  if (copyright) questionnaire.copyright = copyright;
  return questionnaire;
}
