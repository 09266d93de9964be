/**
 * The practice's own section of the HTML report (issue 16): readiness over time, development
 * completion, CS-PAM before and after, improvements in routine use, and patients' activation
 * change by whether their care team had completed development — each chart with its data as a
 * table, and the caveats in words. Descriptive only.
 */

import type { Interval } from '@livewell/activation';
import { type ActivationGroup, practiceReadinessDomains } from '@livewell/activation';
import type { Improvement } from '@livewell/core';
import { READINESS_REVIEWS } from '../steps/practice/readiness.js';
import type { PracticeYear } from '../steps/practice-year.js';
import { staff } from '../world.js';
import { intervalChart, pairChart } from './interval-svg.js';
import { type Bar, barChart, escapeHtml } from './svg.js';
import { inWords } from './words.js';

const e = (v: string | number) => escapeHtml(String(v));
const names = new Map<string, string>(
  Object.values(staff).map((m) => [m.actor.practitionerId, m.name]),
);
const nameOf = (practitionerId: string) => names.get(practitionerId) ?? 'Another practitioner';
const day = (instant: string | undefined) => (instant === undefined ? '–' : instant.slice(0, 10));
const interval = (i: Interval | null, unit = '') =>
  i === null ? '–' : `${i.estimate}${unit} (${i.lower} to ${i.upper})`;

/** A table with a caption, column headings and rows (the first cell is the row's heading). */
function dataTable(
  caption: string,
  headings: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const head = headings.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows
    .map(
      ([first, ...rest]) =>
        `<tr><th scope="row">${e(first ?? '')}</th>${rest.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="chart-data"><caption>${e(caption)}</caption><tr>${head}</tr>${body}</table>`;
}

const shortWords: Record<ActivationGroup['group'], string> = {
  'care-team-completed-development': 'Completed',
  'care-team-not-completed': 'Not yet completed',
};

const groupWords: Record<ActivationGroup['group'], string> = {
  'care-team-completed-development': 'Care team had completed development',
  'care-team-not-completed': 'Care team had not yet completed development',
};

function readiness(year: PracticeYear): string {
  const trend = year.report.readiness[0];
  const bars: Bar[] = (trend?.points ?? []).map((p, i) => ({
    label: `${READINESS_REVIEWS[i]?.label ?? 'review'} (${day(p.completedAt)})`,
    value: p.total,
  }));
  const domains = practiceReadinessDomains.map((d) => [
    d.label,
    ...year.readiness.map((a) => a.scores.subscales.find((s) => s.id === d.id)?.score ?? '–'),
  ]);
  const change = trend?.change;
  return `<h3>Readiness over time</h3>
<p class="note">livewell's practice readiness assessment (its own wording, not the PCRS-UK tool): the team's self-rating of 13 statements, 0 not started to 3 in place; the score is the mean.${
    change
      ? ` From ${change.baseline} to ${change.followUp} (${change.difference > 0 ? '+' : ''}${change.difference}): ${change.meaningfulImprovement ? 'a rise beyond livewell’s working threshold of half a rating step' : 'within livewell’s working threshold of half a rating step'} (a threshold for a team’s self-rating, not a validated one).`
      : ''
  }</p>
<figure>${barChart(bars, { title: 'Practice readiness (mean rating, 0–3)' })}${dataTable(
    'Practice readiness: the chart as a table',
    ['review', 'mean rating (0–3)'],
    bars.map((b) => [b.label, b.value]),
  )}</figure>
${dataTable(
  'Readiness by domain (mean rating, 0–3)',
  ['domain', ...READINESS_REVIEWS.map((r) => `${r.label} (${day(r.at)})`)],
  domains,
)}`;
}

function development(year: PracticeYear): string {
  const byStatus = new Map<string, number>();
  for (const p of year.places) byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
  const bars: Bar[] = [...byStatus.entries()].map(([status, n]) => ({
    label: inWords(status),
    value: n,
    colour: status === 'completed' ? '#2f855a' : '#a0aec0',
  }));
  const rows = year.report.development.map((d) => {
    const place = year.places.find((p) => p.practitionerId === d.practitionerId);
    return [
      nameOf(d.practitionerId),
      place ? inWords(place.status) : '–',
      place?.attendance.filter((a) => a.status === 'attended').length ?? 0,
      day(d.completedAt),
      d.skills.map((s) => inWords(s).toLowerCase()).join(', ') || '–',
    ];
  });
  const pairs = year.report.development.flatMap((d) =>
    d.csPam && d.completedAt
      ? [{ label: nameOf(d.practitionerId), before: d.csPam.first, after: d.csPam.latest }]
      : [],
  );
  const csRows = year.report.development.map((d) => [
    nameOf(d.practitionerId),
    d.csPam?.first ?? '–',
    d.csPam && d.completedAt ? d.csPam.latest : '–',
    d.csPam && d.completedAt ? `${d.csPam.difference > 0 ? '+' : ''}${d.csPam.difference}` : '–',
  ]);
  return `<h3>Practitioner development</h3>
<p class="note">The clinical team's programme at the practice: two workshops, two action learning set meetings and 1-2-1 support; a place is completed with 4 sessions attended, the first workshop among them.</p>
<figure>${barChart(bars, { title: 'Development places by outcome' })}${dataTable(
    'Development places by outcome: the chart as a table',
    ['outcome', 'places'],
    bars.map((b) => [b.label, b.value]),
  )}</figure>
${dataTable('Each practitioner’s development', ['practitioner', 'place', 'sessions attended', 'completed on', 'skills built'], rows)}
<h3>CS-PAM before and after</h3>
<p class="note">CS-PAM is licensed (Insignia Health): livewell stores the score a licensed scorer returns and never computes it. These scores are <strong>synthetic demo data</strong> from a pretend scorer. No published threshold for meaningful change: the difference only.</p>
<figure>${pairChart(pairs, { title: 'CS-PAM score (0–100), before and after development (synthetic)', min: 0, max: 100 })}${dataTable(
    'CS-PAM before and after: the chart as a table',
    ['practitioner', 'before', 'after', 'difference'],
    csRows,
  )}</figure>`;
}

function improvements(year: PracticeYear): string {
  const bars: Bar[] = Object.entries(year.report.improvementsByStatus).map(([status, n]) => ({
    label: inWords(status),
    value: n,
    colour: status === 'in-routine-use' ? '#2f855a' : '#2b6cb0',
  }));
  const origin = (i: Improvement) =>
    i.origin.kind === 'programme-feedback'
      ? 'Feedback from skills-programme participants'
      : inWords(i.origin.kind);
  const since = (i: Improvement, status: Improvement['status']) =>
    day(i.history.find((h) => h.status === status)?.at);
  const rows = year.report.improvementsInRoutineUse.map((i) => [
    i.title,
    origin(i),
    `${i.coDesigners.filter((c) => c.kind === 'staff').length} staff, ${i.coDesigners.filter((c) => c.kind === 'patient').length} patients`,
    since(i, 'trial'),
    since(i, 'in-routine-use'),
    i.measures.map((m) => `${m.name}: ${m.value}${m.unit ?? ''}`).join('; ') || '–',
  ]);
  return `<h3>Improvements to systems and processes</h3>
<figure>${barChart(bars, { title: 'Improvement log by status' })}${dataTable(
    'Improvement log by status: the chart as a table',
    ['status', 'improvements'],
    bars.map((b) => [b.label, b.value]),
  )}</figure>
${dataTable(
  'Improvements in routine use',
  [
    'improvement',
    'where the idea came from',
    'co-designed by',
    'trial from',
    'in routine use from',
    'measured',
  ],
  rows,
)}
<p class="note">Patients who co-designed a change are held as a link to their record only; erasing a patient removes the link.</p>`;
}

function activation(year: PracticeYear): string {
  const groups = year.report.activation;
  const withMean = groups.flatMap((g) =>
    g.meanChange ? [{ label: `${shortWords[g.group]} (n=${g.n})`, ...g.meanChange }] : [],
  );
  return `<h3>Patients' activation change, by their care team's development</h3>
<p class="note">Change in PAM score (synthetic licensed-scorer data) from each patient's first to latest result. <strong>Descriptive only</strong> — read with the caveats below. In this demo every patient's care team is the whole practice team, so the groups differ only in whether the patient's follow-up came before or after the team completed development (${e(day(year.report.development.find((d) => d.completedAt)?.completedAt))}).</p>
<figure>${intervalChart(withMean, { title: 'Mean change in PAM score, with 95% intervals' })}${dataTable(
    "Patients' activation change by group: the chart as a table",
    [
      'group',
      'patients',
      'mean change (95% interval)',
      'meaningful improvement',
      'share improved, % (95% interval)',
    ],
    groups.map((g) => [
      groupWords[g.group],
      g.n,
      interval(g.meanChange),
      g.improved,
      interval(g.improvedShare, '%'),
    ]),
  )}</figure>
<h4>Caveats</h4>
<ul>${year.report.caveats.map((c) => `<li>${e(c)}</li>`).join('')}</ul>`;
}

/** The practice's own section of the report: charts, their tables, and the caveats. */
export function practiceSection(year: PracticeYear): string {
  return `<h2>The practice's year</h2>
${readiness(year)}
${development(year)}
${improvements(year)}
${activation(year)}`;
}
