/**
 * Inline SVG charts for figures with a direction and an uncertainty: estimates with their 95%
 * intervals about a zero line, and before → after pairs. Dependency-free, like `svg.ts`.
 */
import { escapeHtml } from './svg.js';

/** One row of an interval chart: an estimate and its 95% interval. */
export interface IntervalRow {
  readonly label: string;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/** One row of a before → after chart. */
export interface PairRow {
  readonly label: string;
  readonly before: number;
  readonly after: number;
}

const W = 560;
const LEFT = 200;
const RIGHT = 40;
const ROW = 34;

/** Maps values in [min, max] to x between the label column and the right margin. */
const scale = (min: number, max: number) => (v: number) =>
  LEFT + ((v - min) / (max - min || 1)) * (W - LEFT - RIGHT);

const frame = (title: string, h: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${escapeHtml(title)}">
<text x="${W / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${escapeHtml(title)}</text>
${body}
</svg>`;

/** Estimates as dots with 95% interval whiskers, and a dashed line at zero. */
export function intervalChart(rows: readonly IntervalRow[], options: { title: string }): string {
  const values = rows.flatMap((r) => [r.lower, r.upper, 0]);
  const pad = Math.max(1, (Math.max(...values) - Math.min(...values)) * 0.1);
  const x = scale(Math.min(...values) - pad, Math.max(...values) + pad);
  const h = 56 + rows.length * ROW;
  const body = rows
    .map((r, i) => {
      const y = 44 + i * ROW + ROW / 2;
      return [
        `<text x="${LEFT - 10}" y="${y + 4}" text-anchor="end" font-size="12">${escapeHtml(r.label)}</text>`,
        `<line x1="${x(r.lower).toFixed(1)}" y1="${y}" x2="${x(r.upper).toFixed(1)}" y2="${y}" stroke="#2b6cb0" stroke-width="2"/>`,
        `<circle cx="${x(r.estimate).toFixed(1)}" cy="${y}" r="5" fill="#2b6cb0"><title>${escapeHtml(r.label)}: ${r.estimate} (95% interval ${r.lower} to ${r.upper})</title></circle>`,
        `<text x="${x(r.estimate).toFixed(1)}" y="${y - 9}" text-anchor="middle" font-size="11">${r.estimate}</text>`,
      ].join('');
    })
    .join('\n');
  const zero = `<line x1="${x(0).toFixed(1)}" y1="36" x2="${x(0).toFixed(1)}" y2="${h - 12}" stroke="#718096" stroke-dasharray="4 3"/><text x="${x(0).toFixed(1)}" y="${h - 2}" text-anchor="middle" font-size="11">0</text>`;
  return frame(options.title, h, `${zero}\n${body}`);
}

/** Before → after pairs as two dots joined by an arrow-less line, on a shared scale. */
export function pairChart(
  rows: readonly PairRow[],
  options: { title: string; min: number; max: number },
): string {
  const x = scale(options.min, options.max);
  const h = 56 + rows.length * ROW;
  const body = rows
    .map((r, i) => {
      const y = 44 + i * ROW + ROW / 2;
      return [
        `<text x="${LEFT - 10}" y="${y + 4}" text-anchor="end" font-size="12">${escapeHtml(r.label)}</text>`,
        `<line x1="${x(r.before).toFixed(1)}" y1="${y}" x2="${x(r.after).toFixed(1)}" y2="${y}" stroke="#a0aec0" stroke-width="3"/>`,
        `<circle cx="${x(r.before).toFixed(1)}" cy="${y}" r="5" fill="#a0aec0"><title>${escapeHtml(r.label)} before: ${r.before}</title></circle>`,
        `<circle cx="${x(r.after).toFixed(1)}" cy="${y}" r="5" fill="#2f855a"><title>${escapeHtml(r.label)} after: ${r.after}</title></circle>`,
      ].join('');
    })
    .join('\n');
  const axis = [options.min, (options.min + options.max) / 2, options.max]
    .map(
      (v) =>
        `<text x="${x(v).toFixed(1)}" y="${h - 2}" text-anchor="middle" font-size="11">${v}</text>`,
    )
    .join('');
  const legend = `<circle cx="${LEFT}" cy="34" r="4" fill="#a0aec0"/><text x="${LEFT + 8}" y="38" font-size="11">before</text><circle cx="${LEFT + 70}" cy="34" r="4" fill="#2f855a"/><text x="${LEFT + 78}" y="38" font-size="11">after</text>`;
  return frame(options.title, h, `${legend}\n${body}\n${axis}`);
}
