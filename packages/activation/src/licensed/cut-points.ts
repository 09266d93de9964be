import type { ActivationLevel, SourceCitation } from '@livewell/core';

/** Identifies one of the two published PAM cut-point sets. */
export type PamCutPointSetId = 'hibbard-era' | 'current';

/** A published set of PAM level cut points (inclusive bounds, one decimal). */
export interface PamCutPointSet {
  readonly id: PamCutPointSetId;
  readonly label: string;
  readonly levels: readonly {
    readonly level: ActivationLevel;
    readonly min: number;
    readonly max: number;
  }[];
  readonly source: SourceCitation;
}

/**
 * The two published PAM cut-point sets, as data. They differ at the level 3/4 boundary
 * (67.0/67.1 vs 72.4/72.5). Used only to warn when a licensed scorer’s level disagrees;
 * a stored level is always the scorer’s own.
 */
export const pamCutPointSets: Readonly<Record<PamCutPointSetId, PamCutPointSet>> = {
  'hibbard-era': {
    id: 'hibbard-era',
    label: 'Older published cut points (level 4 from 67.1)',
    levels: [
      { level: 1, min: 0, max: 47 },
      { level: 2, min: 47.1, max: 55.1 },
      { level: 3, min: 55.2, max: 67 },
      { level: 4, min: 67.1, max: 100 },
    ],
    source: { citation: 'J Am Geriatr Soc 2010;58(8):1496, Table 2 footnote (PMC2955177).' },
  },
  current: {
    id: 'current',
    label: 'Current published cut points (level 4 from 72.5)',
    levels: [
      { level: 1, min: 0, max: 47 },
      { level: 2, min: 47.1, max: 55.1 },
      { level: 3, min: 55.2, max: 72.4 },
      { level: 4, min: 72.5, max: 100 },
    ],
    source: {
      citation:
        'Shirley Ryan AbilityLab (sralab.org) Rehabilitation Measures Database: Patient Activation Measure page.',
    },
  },
};

/**
 * The level a cut-point set would give a score — for consistency checks only. Never store
 * it: the stored level is the licensed scorer’s. Scores are compared at one decimal.
 */
export function levelUnderCutPoints(score: number, set: PamCutPointSet): ActivationLevel {
  const tenths = Math.round(score * 10);
  for (const band of set.levels) {
    if (tenths <= Math.round(band.max * 10)) return band.level;
  }
  return 4;
}
