/** The self-contained HTML report: tables and inline SVG charts, no external assets. */
import type { ClosingReport } from '../steps/cohort.js';
import type { PracticeYear } from '../steps/practice-year.js';
import { practiceSection } from './practice-html.js';
import { type Bar, barChart, escapeHtml, funnelChart } from './svg.js';
import { inWords } from './words.js';

const levelColours = ['#c53030', '#dd6b20', '#2b6cb0', '#2f855a'];

const rows = (pairs: readonly (readonly [string, string | number])[]) =>
  pairs
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(String(v))}</td></tr>`)
    .join('');

/** A chart's data as a table, so screen readers (and anyone) can read the figures. */
const chartTable = (caption: string, heading: string, bars: readonly Bar[]) =>
  `<table class="chart-data"><caption>${escapeHtml(caption)}</caption><tr><th scope="col">${escapeHtml(heading)}</th><th scope="col">people</th></tr>${bars
    .map((b) => `<tr><th scope="row">${escapeHtml(b.label)}</th><td>${b.value}</td></tr>`)
    .join('')}</table>`;

/** Object entries with their keys in plain words. */
const worded = (record: Readonly<Record<string, number>>) =>
  Object.entries(record).map(([key, n]) => [inWords(key), n] as const);

/** Renders the closing report, the story's counters and highlights as one HTML page. */
export function renderHtml(
  report: ClosingReport,
  story: { counts: ReadonlyMap<string, number>; highlights: readonly string[] },
  backend: string,
  practiceYear?: PracticeYear,
): string {
  const levels: Bar[] = report.activation.distribution.map((d) => ({
    label: `Level ${d.level}`,
    value: d.count,
    colour: levelColours[d.level - 1] ?? '#2b6cb0',
  }));
  const stages: Bar[] = report.referralFunnel.map((f) => ({
    label: inWords(f.stage),
    value: f.count,
  }));
  const distribution = `<figure>${barChart(levels, {
    title: 'Activation level distribution (latest PAM, synthetic)',
  })}${chartTable('Activation level distribution: the chart as a table', 'activation level', levels)}</figure>`;
  const funnel = `<figure>${funnelChart(stages, { title: 'Referral funnel' })}${chartTable(
    'Referral funnel: the chart as a table',
    'stage',
    stages,
  )}</figure>`;
  const utilisation = report.activation.utilisation?.outcomes
    .map(
      (o) =>
        `<tr><th>${escapeHtml(inWords(o.outcome))}</th>${o.byLevel.map((l) => `<td>${l.rate ?? '–'}</td>`).join('')}<td>${o.level4VsLevel1 ? `${o.level4VsLevel1.ratio} (${o.level4VsLevel1.lower}–${o.level4VsLevel1.upper})` : '–'}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>livewell demo — Riverside Surgery</title>
<style>
body{font-family:system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#1a202c}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #cbd5e0;padding:.3rem .6rem;text-align:left}
th{background:#edf2f7}caption{text-align:left;font-weight:bold;padding:.3rem 0}figure{margin:0}.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.note{color:#4a5568;font-size:.9rem}
</style></head><body>
<h1>Riverside Surgery — supported self-management</h1>
<p class="note">A deterministic simulation by the livewell demo on ${escapeHtml(backend)}. All people and all questionnaire
answers are synthetic; PAM figures are synthetic stand-ins for a licensed scorer's output — livewell never computes PAM.
Report date ${escapeHtml(report.at)}.</p>
<div class="charts">${distribution}${funnel}</div>
<h2>Cohort</h2>
<table>${rows([
    ['People on the register', report.people],
    ['People with an activation level', report.activation.people],
    ['Share at levels 1–2', `${report.activation.shareAtLevels1And2}%`],
    [
      'Mean activation score (SD)',
      report.activation.score
        ? `${report.activation.score.mean} (${report.activation.score.sd})`
        : '–',
    ],
    ['Plans due for review', report.plansDueForReview],
    ['Safety flags raised / still open', `${report.safetyFlagsRaised} / ${report.safetyFlagsOpen}`],
    ['Worklist tasks overdue', report.overdueTasks.length],
  ])}</table>
<h2>Overdue worklist tasks</h2>
<table><tr><th>task</th><th>priority</th><th>due</th><th>escalation</th></tr>
${report.overdueTasks.map((t) => `<tr><td>${escapeHtml(t.title)}</td><td>${t.priority}</td><td>${t.dueAt}</td><td>${t.escalation}</td></tr>`).join('')}</table>
<h2>Care and support plans by state</h2><table>${rows(worded(report.plansByState))}</table>
<h2>Meaningful change</h2>
<table><tr><th>instrument</th><th>compared</th><th>meaningful improvement</th><th>reliable deterioration</th></tr>
${report.changes.map((c) => `<tr><td>${c.instrument}</td><td>${c.compared}</td><td>${c.meaningfulImprovement}</td><td>${c.reliableDeterioration}</td></tr>`).join('')}</table>
<h2>Referrals by status</h2><table>${rows(worded(report.referralsByStatus))}</table>
${utilisation ? `<h2>Service use by level (synthetic, crude rates per person-year)</h2><table><tr><th>outcome</th><th>L1</th><th>L2</th><th>L3</th><th>L4</th><th>L4 vs L1 (95% CI)</th></tr>${utilisation}</table>` : ''}
${practiceYear ? practiceSection(practiceYear) : ''}
<h2>What happened</h2><table>${rows(
    [...story.counts.entries()].map(([key, n]) => [inWords(key), n] as const).sort(),
  )}</table>
<h2>Moments</h2><ul>${story.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>
</body></html>
`;
}
