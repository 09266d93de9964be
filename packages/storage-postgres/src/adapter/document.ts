import { CorruptRecordError, InvalidRequestError } from '@livewell/storage';

/**
 * A JSON document as stored: `jsonb` is always set (what queries and indexes see); `exact` is
 * set only when the document holds something `jsonb` cannot (U+0000 or an unpaired surrogate)
 * and keeps the exact JSON text, so every string round-trips verbatim.
 */
export interface EncodedDocument {
  readonly jsonb: string;
  readonly exact: string | null;
}

/**
 * An escape `jsonb` rejects, preceded by an even run of backslashes (so `\\u0000`, an escaped
 * backslash followed by "u0000", is left alone). `JSON.stringify` escapes U+0000 and unpaired
 * surrogates and writes paired surrogates raw, so every `\ud800`–`\udfff` escape is unpaired.
 */
const UNSTORABLE = /(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/gi;

/** Encodes a document for the `doc` / `doc_exact` columns. */
export function encodeDocument(value: unknown): EncodedDocument {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (cause) {
    throw new InvalidRequestError('The record cannot be serialised as JSON.', { cause });
  }
  if (json === undefined) throw new InvalidRequestError('The record is not a JSON value.');
  // Most documents hold no `\u` escape at all: skip the regular expression for them.
  const jsonb = json.includes('\\u') ? json.replace(UNSTORABLE, '$1\\ufffd') : json;
  return { jsonb, exact: jsonb === json ? null : json };
}

/** Decodes stored JSON text (`doc_exact`, or `doc` from a client that leaves `jsonb` as text). */
export function decodeDocument(text: string, where: { kind: string; id: string }): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new CorruptRecordError(`Stored ${where.kind} ${where.id} is not valid JSON.`, {
      ...where,
      cause,
    });
  }
}

/**
 * Reads a document from a read's `doc` and `doc_exact` columns: the exact text when it is set;
 * otherwise `doc` — parsed already, unless the executor's client leaves `jsonb` as JSON text
 * (`jsonbAsText`), when a string is that text. From a client that parses `jsonb`, a string is a
 * stored JSON string and stays one (the store then reports the row corrupt).
 */
export function readDocument(
  doc: unknown,
  exact: string | null,
  jsonbAsText: boolean,
  where: { kind: string; id: string },
): unknown {
  if (exact !== null) return decodeDocument(exact, where);
  return jsonbAsText && typeof doc === 'string' ? decodeDocument(doc, where) : doc;
}
