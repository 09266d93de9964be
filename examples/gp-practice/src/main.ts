/**
 * `pnpm demo`: a GP practice running supported self-management with livewell, end to end, on
 * embedded PGlite (or PostgreSQL when DATABASE_URL is set). Prints terminal tables and writes a
 * self-contained HTML report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderHtml } from './report/html.js';
import { practiceTables } from './report/practice-terminal.js';
import { table } from './report/terminal.js';
import { inWords } from './report/words.js';
import { simulate } from './simulate.js';
import { LEVELS } from './steps/cohort.js';
import { writeFhirBundles } from './steps/fhir-export.js';
import { openDemoStore } from './store.js';

const started = performance.now();
const demo = await openDemoStore();
console.log(`livewell demo — Riverside Surgery — storage: ${demo.backend}\n`);
try {
  const { report, story, offers, practiceYear } = await simulate(demo.store);
  const a = report.activation;
  console.log();
  console.log(
    table(
      [...story.counts.entries()]
        .map(([key, n]) => ({ what: inWords(key), n }))
        .sort((x, y) => x.what.localeCompare(y.what)),
      'What happened',
    ),
  );
  console.log(story.highlights.map((h) => `  • ${h}`).join('\n'));
  console.log();
  console.log(
    table(
      a.distribution.map((d) => ({ level: `Level ${d.level}`, people: d.count, '%': d.percent })),
      `Activation (latest PAM — synthetic licensed-scorer data), ${a.people} people; share at levels 1–2: ${a.shareAtLevels1And2}%`,
    ),
  );
  console.log(
    table(
      LEVELS.map((level) => ({
        level: `Level ${level}`,
        'first offer / information style': [...(offers.get(level)?.entries() ?? [])]
          .map(([k, n]) => `${k} ×${n}`)
          .join(', '),
      })),
      'Support tailored to activation level',
    ),
  );
  console.log(
    table(
      report.changes.map((c) => ({
        instrument: c.instrument,
        compared: c.compared,
        'meaningful improvement': c.meaningfulImprovement,
        'reliable deterioration': c.reliableDeterioration,
      })),
      'Meaningful change',
    ),
  );
  console.log(
    table(
      Object.entries(report.referralsByStatus).map(([status, n]) => ({
        status: inWords(status),
        referrals: n,
      })),
      'Referrals by status',
    ),
  );
  console.log(
    table(
      Object.entries(report.plansByState).map(([state, n]) => ({
        state: inWords(state),
        plans: n,
      })),
      'Care and support plans by state',
    ),
  );
  console.log(
    table(
      [
        { figure: 'plans due for review', value: report.plansDueForReview },
        { figure: 'safety flags raised', value: report.safetyFlagsRaised },
        { figure: 'safety flags still open', value: report.safetyFlagsOpen },
        { figure: 'worklist tasks overdue', value: report.overdueTasks.length },
      ],
      `At ${report.at}`,
    ),
  );
  console.log(table([...report.overdueTasks], 'Overdue worklist tasks (most urgent first)'));
  const outDir = fileURLToPath(new URL('../out/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const path = `${outDir}report.html`;
  console.log(practiceTables(practiceYear));
  writeFileSync(path, renderHtml(report, story, demo.backend, practiceYear));
  console.log(`HTML report: ${path}`);
  console.log(`FHIR bundles: ${await writeFhirBundles(demo.store, `${outDir}fhir/`)}`);
} finally {
  await demo.close();
}
console.log(`finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
