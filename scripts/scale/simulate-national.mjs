#!/usr/bin/env node
/**
 * A national deployment's load, simulated from stated assumptions (issue 18, item 8) and set
 * against measured per-node figures. docs/scaling.md quotes this script's output; change an
 * assumption here (or pass --key=value) and re-run `pnpm scale:simulate`, not the arithmetic
 * in the doc.
 *
 * The model: every person with a care and support plan has one live plan. A year of it is one
 * care-planning cycle (invite → information gathering → preparation → conversation → agreed →
 * review → revised: the 16 commands of the care-plan bench's path), check-ins by the person,
 * support contacts and assessments by the practice. Every command is one write unit (save the
 * plan snapshot + append its events, one transaction). Practice-side commands happen in working
 * hours, the person's check-ins from morning to late evening; peak is a multiple of the mean
 * rate over those hours.
 */

/** Assumptions, each with where it comes from. Override any with --name=value. */
const assumptions = {
  peopleWithLtc: {
    value: 15_000_000,
    source:
      'People in England with at least one long-term condition (Department of Health, Long Term Conditions Compendium of Information, 3rd ed., 2012: ~15 million).',
  },
  plannedShare: {
    value: 1,
    source:
      'Share of them with a live plan. 1 = everyone (upper bound); the NHS Long Term Plan aimed at 2.5 million people in the personalised care model (shared/reference/domain-brief.md), i.e. 0.17.',
  },
  lifecycleCommandsPerYear: {
    value: 16,
    source: 'One annual cycle = the care-plan bench path (16 transitions: start … revise).',
  },
  checkInsPerYear: {
    value: 52,
    source:
      'Busy scenario: a weekly check-in by the person (assumption; monthly = 12 is the quiet one).',
  },
  supportContactsPerYear: {
    value: 12,
    source:
      'A monthly support contact (call, text, coaching) recorded by the practice (assumption).',
  },
  assessmentsPerYear: {
    value: 2,
    source:
      'Activation / wellbeing measured twice a year (assumption; PAM guidance is 6–12 monthly).',
  },
  eventsPerCommand: {
    value: 1.2,
    source:
      'Events appended per command (check-ins and contacts append one; some lifecycle steps two or three).',
  },
  practiceDays: { value: 250, source: 'Working days a year.' },
  practiceHours: { value: 10, source: 'Practice hours a working day (08:00–18:00).' },
  personDays: { value: 365, source: 'People check in any day.' },
  personHours: { value: 14, source: 'People check in 08:00–22:00.' },
  peakFactor: {
    value: 3,
    source:
      'Peak hour ÷ mean over active hours (assumption: Monday-morning clinics, reminder batches; 2–4 is usual for daytime services).',
  },
  eventBytes: {
    value: 382,
    source: 'Mean JSON bytes of a care-plan event (pnpm scale:curves sizes).',
  },
  snapshotBytes: {
    value: 15_642,
    source:
      'JSON bytes of a plan snapshot after 100 events, ~1 year of the busy scenario (pnpm scale:curves sizes); every save rewrites it.',
  },
  practices: {
    value: 6_300,
    source:
      'GP practices in England, about 6,300 (NHS Digital, Patients Registered at a GP Practice, 2024).',
  },
  integratedCareSystems: {
    value: 42,
    source: 'Integrated care systems in England (42 since July 2022).',
  },
  nodeSavesPerSecond: {
    value: 1_096,
    source:
      'Measured: adapter saves/s (plan + 3 events), 32 writers over 16 tenants, the lowest of three runs (1,096, 1,149, 1,291) of the writers bench, 4 December 2026, on PostgreSQL 15 sharing 2 cores with the client (docs/scaling.md, writers curve): a floor, not a dedicated server. The bench plan is 3.2 KB of JSON; a year-old 15.6 KB plan costs more per save (not measured).',
  },
  oneTenantSavesPerSecond: {
    value: 1_017,
    source:
      'Measured: adapter saves/s, 32 writers in ONE tenant, the lowest of the same three runs (1,017, 1,134, 1,079); no hot row since migration 3.',
  },
  targetUtilisation: {
    value: 0.5,
    source:
      'Plan nodes to run at most half their measured capacity at peak (headroom for failover and vacuum).',
  },
};

for (const arg of process.argv.slice(2)) {
  const [key, raw] = arg.replace(/^--/, '').split('=');
  if (key === undefined || raw === undefined || !(key in assumptions)) {
    console.error(`unknown option ${arg}; known: ${Object.keys(assumptions).join(', ')}`);
    process.exit(2);
  }
  assumptions[key].value = Number(raw);
}
const a = Object.fromEntries(Object.entries(assumptions).map(([k, v]) => [k, v.value]));

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** One scenario's load. */
function simulate(name, people, checkIns) {
  const plans = people;
  const practicePerPlan =
    a.lifecycleCommandsPerYear + a.supportContactsPerYear + a.assessmentsPerYear;
  const practiceWrites = plans * practicePerPlan;
  const personWrites = plans * checkIns;
  const practiceSeconds = a.practiceDays * a.practiceHours * 3600;
  const personSeconds = a.personDays * a.personHours * 3600;
  const mean = practiceWrites / practiceSeconds + personWrites / personSeconds;
  const peak = mean * a.peakFactor;
  // Plan saves rewrite the snapshot and append events; assessments are one appended row each.
  const saves = plans * (a.lifecycleCommandsPerYear + a.supportContactsPerYear + checkIns);
  const assessments = plans * a.assessmentsPerYear;
  const commands = saves + assessments;
  const eventRows = saves * a.eventsPerCommand + assessments;
  const storedGb = (plans * a.snapshotBytes + eventRows * a.eventBytes) / 1e9;
  // WAL: each save logs its snapshot and events once (before TOAST compression and full-page writes).
  const walGbPerDay =
    (saves * (a.snapshotBytes + a.eventsPerCommand * a.eventBytes) + assessments * a.eventBytes) /
    365 /
    1e9;
  const nodes = Math.ceil(peak / (a.nodeSavesPerSecond * a.targetUtilisation));
  const perPractice = peak / a.practices;
  const perIcs = peak / a.integratedCareSystems;
  return {
    name,
    people,
    plans,
    commands,
    eventRows,
    mean,
    peak,
    storedGb,
    walGbPerDay,
    nodes,
    perPractice,
    perIcs,
  };
}

const scenarios = [
  simulate('Long Term Plan reach, quiet (2.5 M, monthly check-ins)', 2_500_000, 12),
  simulate('Long Term Plan reach, busy (2.5 M, weekly check-ins)', 2_500_000, a.checkInsPerYear),
  simulate(
    `Every person with an LTC, quiet (${fmt((a.peopleWithLtc * a.plannedShare) / 1e6, 1)} M, monthly)`,
    a.peopleWithLtc * a.plannedShare,
    12,
  ),
  simulate(
    `Every person with an LTC, busy (${fmt((a.peopleWithLtc * a.plannedShare) / 1e6, 1)} M, weekly)`,
    a.peopleWithLtc * a.plannedShare,
    a.checkInsPerYear,
  ),
];

console.log('## Simulated national load (scripts/scale/simulate-national.mjs)\n');
console.log(
  '| Scenario | Plans | Write units / year | Mean writes/s (active hours) | Peak writes/s | Per practice at peak | Per ICS at peak | Appended rows / year | Stored after a year | WAL / day | Nodes at measured capacity |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const s of scenarios) {
  console.log(
    `| ${s.name} | ${fmt(s.plans / 1e6, 1)} M | ${fmt(s.commands / 1e6, 0)} M | ${fmt(s.mean, 1)} | ${fmt(s.peak, 0)} | ${fmt(s.perPractice, 3)} | ${fmt(s.perIcs, 1)} | ${fmt(s.eventRows / 1e6, 0)} M | ${fmt(s.storedGb, 0)} GB | ${fmt(s.walGbPerDay, 1)} GB | ${s.nodes} |`,
  );
}
const busiest = scenarios[scenarios.length - 1];
console.log(
  `\nAgainst the measured node (${a.nodeSavesPerSecond} saves/s over 16 tenants, ${a.oneTenantSavesPerSecond} in one tenant, run at ${a.targetUtilisation * 100}%):`,
);
console.log(
  `- busiest scenario peak ${fmt(busiest.peak, 0)} writes/s = ${fmt(busiest.peak / a.nodeSavesPerSecond, 2)}× one measured node; ` +
    `the largest ICS (say 3× the mean of ${a.integratedCareSystems}) needs ${fmt((3 * busiest.perIcs) / a.oneTenantSavesPerSecond, 2)}× the one-tenant figure if it is one tenant.`,
);
console.log(
  `- one practice at peak writes ${fmt(busiest.perPractice, 3)}/s: tenants are tiny; what fills a node is the number of tenants on it, not any one of them.`,
);
console.log('\nAssumptions:\n');
for (const [key, { value, source }] of Object.entries(assumptions)) {
  console.log(`- \`${key}\` = ${fmt(value, value % 1 === 0 ? 0 : 2)}: ${source}`);
}
