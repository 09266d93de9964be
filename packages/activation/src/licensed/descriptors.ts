import type {
  AssessmentSubjectKind,
  InstrumentLicence,
  ScoreRange,
  SourceCitation,
} from '@livewell/core';

/**
 * A licensed instrument livewell can record results for but never embeds: no item text, no
 * response layouts, no scoring algorithm or table. A licensed scorer produces the result.
 * `S` is whom it assesses: a person unless `subject` says otherwise (CS-PAM: a practitioner),
 * so passing CS-PAM where a patient's instrument is expected is a type error.
 */
export interface LicensedInstrumentDescriptor<S extends AssessmentSubjectKind = 'person'> {
  /** Whom the instrument assesses; absent means a person. */
  readonly subject?: S;
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly construct: string;
  /** Number of items, `null` where not confirmed from a public source. */
  readonly itemCount: number | null;
  /** `activation`: a 0–100 score plus a level 1–4; `scale`: a score only. */
  readonly resultKind: 'activation' | 'scale';
  readonly scoreRange: ScoreRange;
  /** Most decimal places a supplied score may have. */
  readonly scoreDecimals: number;
  readonly higherIs: 'better' | 'worse';
  readonly licence: InstrumentLicence;
  readonly sources: readonly SourceCitation[];
}

const insignia: InstrumentLicence = {
  kind: 'licensed',
  holder: 'Insignia Health, a Phreesia company',
  itemTextAllowed: false,
  summary:
    'Use needs a licence from the owner (per person). livewell stores results from a licensed scorer only: no item text, translations, response layouts or scoring. PAM® and Patient Activation Measure® are the owner’s marks; livewell is not endorsed by the owner.',
};

const pamSources: readonly SourceCitation[] = [
  {
    citation:
      'Hibbard JH, Stockard J, Mahoney ER, Tusler M. Development of the Patient Activation Measure (PAM). Health Serv Res 2004;39(4 Pt 1):1005–1026.',
  },
  {
    citation:
      'Hibbard JH, Mahoney ER, Stockard J, Tusler M. Development and testing of a short form of the Patient Activation Measure. Health Serv Res 2005;40(6 Pt 1):1918–1930.',
  },
];

/** PAM-13: 13 statements, scored by the owner’s proprietary algorithm to 0–100 and level 1–4. */
export const pam13: LicensedInstrumentDescriptor = {
  id: 'pam-13',
  name: 'Patient Activation Measure, 13-item short form',
  shortName: 'PAM-13',
  construct: 'Knowledge, skills and confidence to manage one’s own health and health care.',
  itemCount: 13,
  resultKind: 'activation',
  scoreRange: { min: 0, max: 100 },
  scoreDecimals: 1,
  higherIs: 'better',
  licence: insignia,
  sources: pamSources,
};

/** PAM-10: the 10-item form; results as PAM-13 (0–100 and level 1–4 from the licensed scorer). */
export const pam10: LicensedInstrumentDescriptor = {
  ...pam13,
  id: 'pam-10',
  name: 'Patient Activation Measure, 10-item form',
  shortName: 'PAM-10',
  itemCount: 10,
};

/**
 * CS-PAM (Clinician Support for Patient Activation Measure): clinicians’ beliefs about the
 * patient’s role in self-management; 0–100 metric. Item count and levels not confirmed
 * publicly, so results are recorded as a score only.
 */
export const csPam: LicensedInstrumentDescriptor<'practitioner'> = {
  subject: 'practitioner',
  id: 'cs-pam',
  name: 'Clinician Support for Patient Activation Measure',
  shortName: 'CS-PAM',
  construct: 'How far a clinician supports patients taking an active role in their own care.',
  itemCount: null,
  resultKind: 'scale',
  scoreRange: { min: 0, max: 100 },
  scoreDecimals: 1,
  higherIs: 'better',
  licence: insignia,
  sources: [
    {
      citation:
        'Hibbard JH, Collins PA, Mahoney E, Baker LH. The development and testing of a measure assessing clinician beliefs about patient self-management. Health Expect 2010;13(1):65–72.',
    },
  ],
};

/**
 * SWEMWBS (Short Warwick-Edinburgh Mental Wellbeing Scale): 7 items; the raw sum is converted
 * to a metric score (7–35) with the owners’ conversion table, which livewell does not ship.
 */
export const swemwbs: LicensedInstrumentDescriptor = {
  id: 'swemwbs',
  name: 'Short Warwick-Edinburgh Mental Wellbeing Scale',
  shortName: 'SWEMWBS',
  construct: 'Mental wellbeing over the last two weeks.',
  itemCount: 7,
  resultKind: 'scale',
  scoreRange: { min: 7, max: 35 },
  scoreDecimals: 2,
  higherIs: 'better',
  licence: {
    kind: 'licensed',
    holder: 'NHS Health Scotland, University of Warwick and University of Edinburgh',
    itemTextAllowed: false,
    summary:
      'Licence needed for any use (free registration for non-commercial organisations; paid for commercial use; the scale may not be passed on). livewell ships no items and no conversion table.',
  },
  sources: [
    {
      citation: 'University of Warwick: WEMWBS — using the scales and how to score them.',
      url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using',
    },
  ],
};

/** Every licensed instrument livewell can record results for, by id. */
export const licensedInstruments: Readonly<
  Record<string, LicensedInstrumentDescriptor | LicensedInstrumentDescriptor<'practitioner'>>
> = {
  [pam13.id]: pam13,
  [pam10.id]: pam10,
  [csPam.id]: csPam,
  [swemwbs.id]: swemwbs,
};
