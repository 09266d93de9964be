import { shippedInstruments } from '@livewell/activation';
import type { Assessment, InstrumentDefinition } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { expectMustSupport, ukCoreMustSupport } from '../../test/uk-core.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirAssessment } from './export-assessment.js';
import { fromFhirAssessment } from './import-assessment.js';
import { toFhirQuestionnaire } from './questionnaire.js';

const phq9 = shippedInstruments['phq-9'] as InstrumentDefinition;
const values = [2, 1, 2, 1, 1, 0, 1, 0, 0];
const phqAssessment = {
  schemaVersion: 1,
  id: 'assessment-1',
  tenantId: 'practice-1',
  personId: 'person-1',
  instrument: { id: 'phq-9', version: phq9.version },
  completedAt: '2026-03-01T09:10:00Z',
  responses: [
    ...values.map((value, i) => ({ itemId: `phq9-${i + 1}`, value })),
    { itemId: 'phq9-10', value: null },
  ],
  scores: { total: 8, subscales: [] },
  band: { code: 'mild', label: 'Mild' },
  flags: [],
  provenance: { kind: 'engine', engine: '@livewell/activation', instrumentVersion: phq9.version },
  mode: 'self-completed',
  recordedBy: { kind: 'person', personId: 'person-1' },
} as unknown as Assessment;

describe('toFhirAssessment (PHQ-9)', () => {
  const out = toFhirAssessment(phqAssessment, phq9);

  it('answers by linkId with the scale coding and label, leaving unanswered items empty', () => {
    expectValidFhir(out.questionnaireResponse);
    const items = out.questionnaireResponse.item ?? [];
    expect(items[0]?.answer?.[0]?.valueCoding).toMatchObject({ code: '2' });
    expect(items[0]?.answer?.[0]?.valueCoding?.display).toBeTruthy();
    expect(items[9]).toEqual({ linkId: 'phq9-10' });
  });

  it('writes the total as LOINC 44261-6 and SNOMED CT 720433000 with the band', () => {
    const [total] = out.observations;
    expectValidFhir(total as never);
    expect(total?.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '44261-6' });
    expect(total?.code.coding?.[1]).toMatchObject({
      system: 'http://snomed.info/sct',
      code: '720433000',
      display: 'Patient Health Questionnaire Nine Item score (observable entity)',
    });
    expect(total?.valueQuantity?.value).toBe(8);
    expect(total?.interpretation?.[0]?.text).toBe('Mild');
    expect(total?.derivedFrom?.[0]?.reference).toBe('QuestionnaireResponse/assessment-1');
  });

  it('populates UK Core must-support elements of QuestionnaireResponse and Observation', () => {
    expectMustSupport(
      out.questionnaireResponse,
      ukCoreMustSupport.QuestionnaireResponse.filter((p) => p !== 'item.answer'),
    );
    expectMustSupport(out.observations[0] as never, [
      'status',
      'category',
      'code',
      'subject',
      'effective[x]',
      'performer',
      'value[x]',
    ]);
  });

  it('reads the coded answers back', () => {
    expect(
      fromFhirAssessment(JSON.parse(JSON.stringify(out)), { tenantId: phqAssessment.tenantId }),
    ).toEqual({
      ok: true,
      value: phqAssessment,
    });
  });

  it('refuses answers it cannot hold and scores of another instrument', () => {
    const qr = JSON.parse(JSON.stringify(out.questionnaireResponse));
    qr.item[0].answer = [{ valueString: 'often' }];
    const r = fromFhirAssessment(
      { questionnaireResponse: qr, observations: [] },
      { tenantId: phqAssessment.tenantId },
    );
    expect(r.ok ? [] : r.error.issues.map((i) => i.code)).toEqual(['unrepresentable']);
    const foreign = {
      ...out.questionnaireResponse,
      questionnaire: 'http://example.org/Questionnaire/x|1',
    };
    const r2 = fromFhirAssessment(
      { questionnaireResponse: foreign, observations: out.observations },
      { tenantId: phqAssessment.tenantId },
    );
    expect(r2.ok ? [] : r2.error.issues.map((i) => i.code)).toContain('unrepresentable');
  });
});

describe('licensed activation result', () => {
  it('writes the scorer’s level with the SNOMED PAM level code', () => {
    const pam = {
      ...phqAssessment,
      instrument: { id: 'pam-13', version: '13' },
      responses: [],
      scores: { total: 55.6, subscales: [] },
      level: 2,
      provenance: {
        kind: 'licensed-scorer',
        scorer: { id: 'insignia', name: 'Licensed scorer' },
        licenceReference: 'L-1',
        instrumentVersion: '13',
        scoredAt: '2026-03-01T09:11:00Z',
      },
    } as unknown as Assessment;
    const { observations } = toFhirAssessment(pam);
    const level = observations.at(-1);
    expectValidFhir(level as never);
    expect(level).toMatchObject({
      valueInteger: 2,
      code: { coding: [{ code: '962851000000103' }, {}] },
    });
  });
});

describe('a scorer version with spaces (issue 13)', () => {
  const version = 'PAM-13 (synthetic demo data)';
  const pam = {
    ...phqAssessment,
    instrument: { id: 'pam-13', version },
    responses: [],
    scores: { total: 55.6, subscales: [] },
    band: undefined,
    level: 2,
    provenance: {
      kind: 'licensed-scorer',
      scorer: { id: 'demo', name: 'Demo scorer' },
      licenceReference: 'L-1',
      instrumentVersion: version,
      scoredAt: '2026-03-01T09:11:00Z',
    },
  } as unknown as Assessment;
  const { band: _band, ...withoutBand } = pam as Assessment & { band?: unknown };

  it('makes a valid canonical (no whitespace) that reads back to the same version', () => {
    const out = toFhirAssessment(withoutBand as Assessment);
    expect(out.questionnaireResponse.questionnaire).toBe(
      'https://fhir.livewell.dev/Questionnaire/pam-13|PAM-13%20(synthetic%20demo%20data)',
    );
    expect(out.questionnaireResponse.questionnaire).not.toMatch(/\s/);
    expectValidFhir(out.questionnaireResponse);
    const back = fromFhirAssessment(JSON.parse(JSON.stringify(out)), {
      tenantId: pam.tenantId,
    });
    expect(back).toEqual({ ok: true, value: withoutBand });
  });

  it('resolves to the Questionnaire written for a definition with that version', () => {
    const q = toFhirQuestionnaire({ ...phq9, version });
    const qr = toFhirAssessment({ ...phqAssessment, instrument: { id: 'phq-9', version } });
    expect(`${q.url}|${q.version}`).toBe(qr.questionnaireResponse.questionnaire);
    expect(toFhirQuestionnaire(phq9).version).toBe(phq9.version);
  });

  it('reports a canonical version that is not valid percent-encoding', () => {
    const out = JSON.parse(JSON.stringify(toFhirAssessment(phqAssessment, phq9)));
    out.questionnaireResponse.questionnaire = 'https://fhir.livewell.dev/Questionnaire/phq-9|50%';
    const r = fromFhirAssessment(out, { tenantId: phqAssessment.tenantId });
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toContain(
      'QuestionnaireResponse.questionnaire',
    );
  });
});

describe('toFhirQuestionnaire', () => {
  it.each(Object.values(shippedInstruments).map((d) => [d.id, d] as const))(
    '%s becomes a valid active Questionnaire',
    (_id, definition) => {
      const q = toFhirQuestionnaire(definition);
      expectValidFhir(q);
      expect(q.status).toBe('active');
      expect(q.item?.map((i) => i.linkId)).toEqual(definition.items.map((i) => i.id));
    },
  );
});
