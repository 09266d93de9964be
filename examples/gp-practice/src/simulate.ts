/**
 * The whole story, step by step, on a real store. Returns the closing report; every figure in
 * it is read back from storage and computed by the library from stored records.
 */
import { defaultCarePlanPolicy, type IsoInstant, sequentialIds } from '@livewell/core';
import { englandAndWalesBankHolidays } from '@livewell/peer-support';
import type { Store } from '@livewell/storage';
import { seededRandom } from './random.js';
import { type Progress, progress as terminalProgress } from './report/terminal.js';
import type { Sim, Story } from './sim.js';
import { runAssessments } from './steps/assessments.js';
import { runCarePlanning } from './steps/care-planning.js';
import { type ClosingReport, closingReport } from './steps/cohort.js';
import { type JourneyResult, runJourney } from './steps/journey.js';
import { publishDirectory } from './steps/local-directory.js';
import { type PracticeYear, runPracticeYear } from './steps/practice-year.js';
import { runProgramme } from './steps/programme.js';
import { runReferrals } from './steps/referrals.js';
import { runFollowUps, runReviews, runSupportBetweenAppointments } from './steps/time-passes.js';
import { sweepReferrals, sweepReviews } from './steps/worklist.js';
import { buildRegister, PRACTICE, recallSystem } from './world.js';

/** England and Wales bank holidays in the simulated period (from the directory package's calendar). */
export const BANK_HOLIDAYS = [2026, 2027, 2028].flatMap((year) =>
  englandAndWalesBankHolidays(year),
);

/** When the closing report is taken: a year after the first conversations. */
export const REPORT_AT: IsoInstant = '2027-10-20T17:00:00Z';
/** When the demo's worklist sweep runs (the morning of the report day). */
export const WORKLIST_SWEEP_AT: IsoInstant = '2027-10-20T07:00:00Z';

/** Options for {@link simulate}. */
export interface SimulationOptions {
  readonly seed?: number;
  readonly registerSize?: number;
  /** How many due reviews the nurse holds before the report (the rest stay due). */
  readonly reviews?: number;
  /** Progress indicator factory (silent in tests). */
  readonly progress?: (label: string, total: number) => Progress;
  readonly log?: (line: string) => void;
}

/** What a run produced. */
export interface SimulationResult {
  readonly report: ClosingReport;
  readonly story: Story;
  readonly offers: Awaited<ReturnType<typeof runAssessments>>['offers'];
  /** The person's journey, deeper (issue 17): see `steps/journey.ts`. */
  readonly journey: JourneyResult;
  /** The practice's own year (issue 16): see `steps/practice-year.ts`. */
  readonly practiceYear: PracticeYear;
}

/** Runs the simulation against `store` (which should be empty). */
export async function simulate(
  store: Store,
  options: SimulationOptions = {},
): Promise<SimulationResult> {
  const random = seededRandom(options.seed ?? 20261129);
  const progress = options.progress ?? terminalProgress;
  const log = options.log ?? ((line: string) => console.log(line));
  const sim: Sim = {
    practice: store.forTenant(PRACTICE),
    random,
    ids: sequentialIds('rs'),
    // The practice names its recall job as the one system trusted to act on care plans.
    policy: {
      ...defaultCarePlanPolicy,
      systemActors: recallSystem.kind === 'system' ? [recallSystem.name] : [],
    },
    timeZone: 'Europe/London',
    bankHolidays: BANK_HOLIDAYS,
    register: buildRegister(options.registerSize ?? 240, random),
    story: { counts: new Map(), highlights: [] },
  };

  log(`1. A long-term-conditions register of ${sim.register.length} synthetic people`);
  await sim.practice.transaction(async (tx) => {
    for (const entry of sim.register) await tx.people.create(entry.person);
  });

  log('2–4. Recall, preparation letters, arrival checks and care-planning conversations');
  const planned = await runCarePlanning(
    sim,
    sim.register,
    '2026-10-05',
    progress('conversations', sim.register.length),
  );

  log(
    '5–6. Questionnaires scored, PAM imported from a (synthetic) licensed scorer, support tailored',
  );
  const assessed = await runAssessments(sim, planned, progress('assessments', planned.length));

  log('7. Local directory, matching, referrals and the skills programme');
  const { index, services } = await publishDirectory(sim);
  await runReferrals(sim, planned, index, services, progress('matching', planned.length));
  await runProgramme(sim, planned);

  log('8. Time passes: support between appointments, follow-ups, reviews a year on');
  await runSupportBetweenAppointments(sim, planned, progress('support contacts', planned.length));
  await runFollowUps(sim, planned, assessed);
  await runReviews(sim, planned, '2027-10-12T08:00:00Z', options.reviews ?? 12);
  log('8b. A COPD plan from a template, a SMART goal, and the café referral with ONS4');
  const journey = await runJourney(sim, services, '2027-07-05T08:00:00Z');

  log('9. Closing cohort report');
  // The worklist sweep a scheduled job would run: follow-ups and reviews become tasks.
  await sweepReferrals(sim, WORKLIST_SWEEP_AT);
  await sweepReviews(sim, WORKLIST_SWEEP_AT);
  const report = await closingReport(sim.practice, REPORT_AT, random);
  log("10. The practice's year: readiness, development, CS-PAM, improvements, its own report");
  const practiceYear = await runPracticeYear(sim, (options.seed ?? 20261129) + 16);
  return { report, story: sim.story, offers: assessed.offers, journey, practiceYear };
}
