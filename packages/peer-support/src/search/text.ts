/** Lower-cases, strips accents and splits text into word tokens (letters and digits). */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** True when some token in `tokens` starts with `prefix`. */
export function hasPrefix(tokens: ReadonlySet<string>, prefix: string): boolean {
  if (tokens.has(prefix)) return true;
  for (const t of tokens) if (t.startsWith(prefix)) return true;
  return false;
}
