/**
 * Step 10 (issue 16): the practice's own year, beside its patients' — readiness reviewed at the
 * start, middle and end; the clinical team's development programme; CS-PAM before and after
 * (synthetic licensed-scorer data); the improvement log's worked example; and the practice's own
 * report over all of it, read back from storage.
 */
import type { PracticeReport } from '@livewell/activation';
import type { Improvement, PracticeAssessment, PractitionerAssessment } from '@livewell/core';
import { seededRandom } from '../random.js';
import type { Sim } from '../sim.js';
import { runCsPam } from './practice/cs-pam.js';
import { type DevelopmentYear, runDevelopment } from './practice/development.js';
import { runImprovements } from './practice/improvements.js';
import { assessReadiness } from './practice/readiness.js';
import { practiceReportFromStore } from './practice/report.js';

/** What the practice's year stored, and its report. */
export interface PracticeYear extends DevelopmentYear {
  readonly readiness: readonly PracticeAssessment[];
  readonly csPam: readonly PractitionerAssessment[];
  readonly improvements: readonly Improvement[];
  readonly report: PracticeReport;
}

/**
 * Runs the practice's year on the store. It draws from its own seeded stream (`seed`), so the
 * patients' story is the same with or without it.
 */
export async function runPracticeYear(sim: Sim, seed: number): Promise<PracticeYear> {
  const random = seededRandom(seed);
  const readiness = await assessReadiness(sim, random);
  const development = await runDevelopment(sim);
  const csPam = await runCsPam(sim, random, development.places);
  const improvements = await runImprovements(sim);
  const report = await practiceReportFromStore(sim.practice);
  return { ...development, readiness, csPam, improvements, report };
}
