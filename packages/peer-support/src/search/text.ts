/** Lower-cases, strips accents and splits text into word tokens (letters and digits). */
export function tokenize(text: string): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  const plain = /^[\x00-\x7f]*$/.test(text);
  const folded = plain
    ? text.toLowerCase()
    : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.split(plain ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/** True when some token in `tokens` starts with `prefix`. */
export function hasPrefix(tokens: ReadonlySet<string>, prefix: string): boolean {
  if (tokens.has(prefix)) return true;
  for (const t of tokens) if (t.startsWith(prefix)) return true;
  return false;
}
