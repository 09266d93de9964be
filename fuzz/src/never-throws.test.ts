import { afterAll, describe, it } from 'vitest';
import { entryId, type Family } from './catalogue/entry.js';
import { catalogue } from './catalogue/index.js';
import { knownThrowing } from './catalogue/known-throwing.js';
import { fuzzEntry, timeLimitMs } from './run/property.js';
import { runsPerEntry, settings } from './run/settings.js';
import { startWatchdog } from './run/watchdog.js';

const families = new Map<Family, typeof catalogue>();
const chosen = catalogue.filter(
  (e) =>
    (!settings.only || entryId(e).includes(settings.only)) &&
    (!settings.families || settings.families.includes(e.family)),
);
for (const e of chosen) families.set(e.family, [...(families.get(e.family) ?? []), e]);
const known = new Set(knownThrowing.map((k) => k.entry));
const watchdog = startWatchdog(settings.caseLimitMs);
afterAll(() => watchdog.stop());

console.info(
  `fuzz: FUZZ_RUNS=${settings.runsPerFamily} per family, FUZZ_SEED=${settings.seed}` +
    ' (set FUZZ_SEED to replay this run)',
);

/**
 * The boundary promise, for every catalogued entry point: whatever it is given, it returns
 * (or resolves to) a value or its typed error — never a throw — leaves its arguments as they
 * were, and a refusal changes no state.
 */
for (const [family, entries] of families) {
  const runs = runsPerEntry(entries.length);
  describe(`${family} (${runs} inputs each, seed ${settings.seed})`, () => {
    for (const entry of entries) {
      const id = entryId(entry);
      const test = known.has(id) ? it.skip : it;
      test(
        `${id} never throws, never mutates its input`,
        async () => {
          const started = performance.now();
          const done = await fuzzEntry(entry, runs, watchdog);
          // One line per entry point: the progress of a long run, and its figures.
          console.info(
            `fuzz: done ${id} ${done.runs} inputs in ${Math.round(performance.now() - started)} ms`,
          );
          if (done.interrupted) {
            console.warn(
              `fuzz: ${id} reached its time budget after ${done.runs} of ${runs} inputs`,
            );
          }
        },
        timeLimitMs(runs),
      );
    }
  });
}
