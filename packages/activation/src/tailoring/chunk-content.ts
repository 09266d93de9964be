import type { InformationStyle } from './support-offer.js';

/** How big a chunk may be, in words, for each information style. */
export const chunkWords: Readonly<Record<InformationStyle, number>> = {
  'small-chunks': 30,
  detailed: 150,
};

/**
 * Splits text into chunks for an information style (from `tailorSupport(...).information`):
 * whole sentences, at most `chunkWords[style]` words a chunk (a longer sentence is a chunk of its
 * own), in order, nothing dropped. The directory's service descriptions and the agenda sheet use
 * it to show low-activation readers one small piece at a time.
 *
 * @example
 * chunkContent(service.description ?? '', tailorSupport(1).information);
 */
export function chunkContent(text: string, style: InformationStyle): string[] {
  const limit = chunkWords[style];
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.length > 0);
  const chunks: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const n = sentence.split(' ').length;
    if (current.length > 0 && words + n > limit) {
      chunks.push(current.join(' '));
      current = [];
      words = 0;
    }
    current.push(sentence);
    words += n;
  }
  if (current.length > 0) chunks.push(current.join(' '));
  return chunks;
}
