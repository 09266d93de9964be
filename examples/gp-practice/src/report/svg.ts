/** Tiny, dependency-free SVG charts for the self-contained HTML report. */

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A labelled value for a chart. */
export interface Bar {
  label: string;
  value: number;
  colour?: string;
}

/** A vertical bar chart (e.g. the activation level distribution). */
export function barChart(bars: readonly Bar[], options: { title: string; unit?: string }): string {
  const w = 480;
  const h = 260;
  const top = 36;
  const bottom = 40;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (w - 40) / Math.max(1, bars.length);
  const body = bars
    .map((bar, i) => {
      const barH = ((h - top - bottom) * bar.value) / max;
      const x = 20 + i * slot + slot * 0.15;
      const y = h - bottom - barH;
      const bw = slot * 0.7;
      return [
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bw.toFixed(1)}" height="${barH.toFixed(1)}" fill="${bar.colour ?? '#2b6cb0'}"><title>${escapeHtml(bar.label)}: ${bar.value}</title></rect>`,
        `<text x="${(x + bw / 2).toFixed(1)}" y="${(y - 6).toFixed(1)}" text-anchor="middle" font-size="12">${bar.value}${options.unit ?? ''}</text>`,
        `<text x="${(x + bw / 2).toFixed(1)}" y="${h - bottom + 18}" text-anchor="middle" font-size="12">${escapeHtml(bar.label)}</text>`,
      ].join('');
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(options.title)}">
<text x="${w / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${escapeHtml(options.title)}</text>
${body}
<line x1="16" y1="${h - bottom}" x2="${w - 16}" y2="${h - bottom}" stroke="#444"/>
</svg>`;
}

/** A funnel: horizontal bars narrowing stage by stage (e.g. referrals made → completed). */
export function funnelChart(stages: readonly Bar[], options: { title: string }): string {
  const w = 520;
  const rowH = 34;
  const h = 40 + stages.length * rowH;
  const max = Math.max(1, ...stages.map((s) => s.value));
  const body = stages
    .map((stage, i) => {
      const bw = Math.max(2, ((w - 220) * stage.value) / max);
      const x = 150 + (w - 220 - bw) / 2;
      const y = 32 + i * rowH;
      return [
        `<text x="140" y="${y + 20}" text-anchor="end" font-size="12">${escapeHtml(stage.label)}</text>`,
        `<rect x="${x.toFixed(1)}" y="${y}" width="${bw.toFixed(1)}" height="${rowH - 8}" fill="${stage.colour ?? '#38a169'}"><title>${escapeHtml(stage.label)}: ${stage.value}</title></rect>`,
        `<text x="${w - 12}" y="${y + 20}" text-anchor="end" font-size="12">${stage.value}</text>`,
      ].join('');
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(options.title)}">
<text x="${w / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${escapeHtml(options.title)}</text>
${body}
</svg>`;
}
