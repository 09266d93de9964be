/** The first stack frame in livewell's own source (`packages/…/file.ts:line`), if any. */
export function livewellFrame(error: unknown): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  for (const line of stack?.split('\n') ?? []) {
    const m = line.match(/(packages\/[^\s():]+):(\d+)(?::\d+)?/);
    if (m && !line.includes('node_modules')) return `${m[1]}:${m[2]}`;
  }
  return undefined;
}

/** The very first stack frame, whoever's code it is. */
export function topFrame(error: unknown): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  const line = stack?.split('\n').find((l) => l.trim().startsWith('at '));
  return line?.trim().replace(/^at /, '');
}

/** `TypeError: x is not iterable`, or a description of a thrown non-error. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
  try {
    return `a thrown ${typeof thrown}: ${String(thrown)}`;
  } catch {
    return `a thrown ${typeof thrown}`;
  }
}
