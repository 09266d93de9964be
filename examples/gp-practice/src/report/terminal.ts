/** Terminal output for the demo: aligned tables and a progress indicator for long steps. */

/** A row of already-formatted cells, keyed by column heading. */
export type Row = Record<string, string | number>;

const width = (text: string) => [...text].length;

/** Renders rows as a boxed table with right-aligned numbers. */
export function table(rows: readonly Row[], title?: string): string {
  if (rows.length === 0) return title ? `${title}\n  (none)\n` : '  (none)\n';
  const headings = Object.keys(rows[0] as Row);
  const cells = rows.map((row) => headings.map((h) => String(row[h] ?? '')));
  const widths = headings.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ''))));
  const numeric = headings.map((_, i) =>
    rows.every((row) => typeof row[headings[i] as string] === 'number'),
  );
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat((widths[i] ?? 0) - width(text));
    return numeric[i] ? gap + text : text + gap;
  };
  const line = (l: string, m: string, r: string) =>
    l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const out = [
    ...(title ? [title] : []),
    line('┌', '┬', '┐'),
    `│ ${headings.map((h, i) => pad(h, i)).join(' │ ')} │`,
    line('├', '┼', '┤'),
    ...cells.map((c) => `│ ${c.map((text, i) => pad(text, i)).join(' │ ')} │`),
    line('└', '┴', '┘'),
  ];
  return `${out.join('\n')}\n`;
}

/** A progress indicator: a bar on a TTY, occasional lines otherwise (CI logs stay short). */
export interface Progress {
  tick(count?: number): void;
  done(): void;
}

/** Starts a progress indicator for `total` units of work labelled `label`. */
export function progress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stdout,
): Progress {
  let current = 0;
  let lastShown = -1;
  const render = () => {
    const pct = total === 0 ? 100 : Math.floor((current / total) * 100);
    if (stream.isTTY) {
      const filled = Math.round(pct / 5);
      stream.write(
        `\r  ${label} [${'█'.repeat(filled)}${'░'.repeat(20 - filled)}] ${current}/${total}`,
      );
    } else if (pct >= lastShown + 25 || current === total) {
      lastShown = pct;
      stream.write(`  ${label}: ${current}/${total}\n`);
    }
  };
  return {
    tick(count = 1) {
      current = Math.min(total, current + count);
      render();
    },
    done() {
      if (current !== total) {
        current = total;
        render();
      }
      if (stream.isTTY) stream.write('\n');
    },
  };
}
