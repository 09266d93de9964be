/**
 * The whole story, step by step, on a real store. Returns the figures the report shows; every
 * figure is read back from storage or computed by the library from stored records.
 */
import { defaultCarePlanPolicy, sequentialIds } from '@livewell/core';
import type { Store } from '@livewell/storage';
import { seededRandom } from './random.js';
import { type Progress, progress as terminalProgress } from './report/terminal.js';
import type { Sim } from './sim.js';
import { runCarePlanning } from './steps/care-planning.js';
import { buildRegister, PRACTICE } from './world.js';

/** England and Wales bank holidays in the simulated period. */
export const BANK_HOLIDAYS = [
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-04-02',
  '2027-04-05',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
];

/** Options for {@link simulate}. */
export interface SimulationOptions {
  readonly seed?: number;
  readonly registerSize?: number;
  /** Progress indicator factory (silent in tests). */
  readonly progress?: (label: string, total: number) => Progress;
  readonly log?: (line: string) => void;
}

/** Runs the simulation against `store`. */
export async function simulate(store: Store, options: SimulationOptions = {}) {
  const random = seededRandom(options.seed ?? 20261129);
  const progress = options.progress ?? terminalProgress;
  const log = options.log ?? ((line: string) => console.log(line));
  const sim: Sim = {
    practice: store.forTenant(PRACTICE),
    random,
    ids: sequentialIds('rs'),
    policy: defaultCarePlanPolicy,
    timeZone: 'Europe/London',
    bankHolidays: BANK_HOLIDAYS,
    register: buildRegister(options.registerSize ?? 240, random),
    story: { counts: new Map(), highlights: [] },
  };

  log(`1. Register: ${sim.register.length} people with long-term conditions`);
  const adding = progress('registering', sim.register.length);
  for (const entry of sim.register) {
    await sim.practice.people.create(entry.person);
    adding.tick();
  }
  adding.done();

  log('2–4. Recall, preparation, arrival checks and care-planning conversations');
  const planned = await runCarePlanning(
    sim,
    sim.register,
    '2026-10-05',
    progress('care planning', sim.register.length),
  );
  return { sim, planned };
}
