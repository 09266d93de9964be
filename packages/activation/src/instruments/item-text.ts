import {
  type DomainError,
  domainError,
  err,
  type InstrumentDefinition,
  ok,
  type Result,
} from '@livewell/core';

/** Why item wording could not be attached. */
export type ItemTextError = DomainError<
  'item-text-not-allowed' | 'unknown-item' | 'invalid-item-text'
>;

/** The caller's texts copied once: an object of item id → text, or none when it is not one. */
function readTexts(texts: unknown): Record<string, string> | undefined {
  if (texts === null || typeof texts !== 'object') return undefined;
  try {
    if (Array.isArray(texts)) return undefined;
    const copy: Record<string, string> = {};
    for (const [id, text] of Object.entries(texts)) {
      if (typeof text !== 'string') return undefined;
      copy[id] = text;
    }
    return copy;
  } catch {
    return undefined;
  }
}

/**
 * Returns a copy of a definition with the official item wording attached, for deployments
 * that hold it (from the instrument's own published form). Refused when the licence does not
 * allow reproducing the wording, for ids the instrument does not have, and (`invalid-item-text`)
 * for texts that are not an object of item id → text.
 */
export function withItemText(
  definition: InstrumentDefinition,
  texts: Readonly<Record<string, string>>,
): Result<InstrumentDefinition, ItemTextError> {
  if (!definition.licence.itemTextAllowed) {
    return err(
      domainError(
        'item-text-not-allowed',
        `The ${definition.shortName} licence does not allow item text here.`,
      ),
    );
  }
  const read = readTexts(texts);
  if (read === undefined) {
    return err(domainError('invalid-item-text', 'Item texts must be an object of item id → text.'));
  }
  const ids = new Set(definition.items.map((item) => item.id));
  const unknown = Object.keys(read).filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    return err(
      domainError('unknown-item', `Not items of ${definition.shortName}: ${unknown.join(', ')}`, {
        unknown,
      }),
    );
  }
  return ok({
    ...definition,
    items: definition.items.map((item) => {
      const text = read[item.id];
      return text === undefined ? item : { ...item, text };
    }),
  });
}

/**
 * SEMCD-6 paper-form rule: two adjacent numbers circled → code the lower; non-adjacent →
 * treat the item as unanswered (`null`).
 */
export function resolveCircledAnswers(a: number, b: number): number | null {
  if (a === b) return a;
  return Math.abs(a - b) === 1 ? Math.min(a, b) : null;
}
