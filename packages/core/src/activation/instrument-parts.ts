import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText, optionalBoundedText, optionalOf } from '../shared/text.js';

const slug = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(80),
      z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, ".", "_" and "-"'),
    ),
);

/** Identifies an instrument, e.g. `phq-9`, `semcd-6`, `pam-13`. Stable across versions. */
export const InstrumentIdSchema = /* @__PURE__ */ lazySchema(() => slug);
/** Identifies an instrument, e.g. `phq-9`. */
export type InstrumentId = z.infer<typeof InstrumentIdSchema>;

/** Identifies an item within an instrument, e.g. `phq9-9`. */
export const ItemIdSchema = /* @__PURE__ */ lazySchema(() => slug);
/** Identifies an item within an instrument. */
export type ItemId = z.infer<typeof ItemIdSchema>;

/** Short human text (labels, names). */
export const InstrumentLabelSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.minLength(1), z.maxLength(200)),
);

/** One answer a respondent may give, with the integer value it codes to. */
export const ResponseOptionSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    value: z.int().check(z.gte(-1000), z.lte(1000)),
    label: InstrumentLabelSchema,
  }),
);
/** One answer a respondent may give, with the integer value it codes to. */
export type ResponseOption = z.infer<typeof ResponseOptionSchema>;

/** A named set of response options shared by several items (e.g. "0–3 frequency"). */
export const ResponseScaleSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: slug,
    options: z.array(ResponseOptionSchema).check(z.minLength(2), z.maxLength(50)),
  }),
);
/** A named set of response options shared by several items. */
export type ResponseScale = z.infer<typeof ResponseScaleSchema>;

/**
 * One question. `label` is a short neutral label we wrote; `text` is the instrument's own
 * wording and is present only when the licence allows it to be reproduced.
 */
export const InstrumentItemSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: ItemIdSchema,
    label: InstrumentLabelSchema,
    text: optionalBoundedText(2000),
    scaleId: slug,
    /** Scored as (lowest + highest option value) − value. */
    reverse: z.boolean(),
    /** False for items recorded but not counted (e.g. PHQ-9's functional question). */
    scored: z.boolean(),
  }),
);
/** One question of an instrument. */
export type InstrumentItem = z.infer<typeof InstrumentItemSchema>;

/**
 * When a response set may still be scored with items missing. `prorate` scales a sum up to the
 * full item count (only where the source allows it); means are always over answered items.
 */
export const MissingDataRuleSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all-required') }),
    z.object({
      kind: z.literal('min-answered'),
      minAnswered: z.int().check(z.gte(1)),
      prorate: z.boolean(),
    }),
    z.object({
      kind: z.literal('max-missing'),
      maxMissing: z.int().check(z.gte(0)),
      prorate: z.boolean(),
    }),
  ]),
);
/** When a response set may still be scored with items missing. */
export type MissingDataRule = z.infer<typeof MissingDataRuleSchema>;

/** An interpretation band over the total score, inclusive at both ends. */
export const BandSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    code: slug,
    label: InstrumentLabelSchema,
    min: z.number(),
    max: z.number(),
  }),
);
/** An interpretation band over the total score (inclusive). */
export type Band = z.infer<typeof BandSchema>;

/** How urgently a raised flag needs a person to act. */
export const FlagSeveritySchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['urgent', 'review', 'info']),
);
/** How urgently a raised flag needs a person to act. */
export type FlagSeverity = z.infer<typeof FlagSeveritySchema>;

/**
 * A rule that raises a flag: when one item's coded value, or the total, is at least `atLeast`;
 * or, for a safety item, when that item has no valid answer (`unanswered`). Item and
 * unanswered flags are raised whatever the total and even when the set is unscorable.
 * `defineInstrument` refuses a threshold the scale can never reach.
 */
export const FlagRuleSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    code: slug,
    severity: FlagSeveritySchema,
    message: boundedText(1000),
    when: z.discriminatedUnion('source', [
      z.object({ source: z.literal('item'), itemId: ItemIdSchema, atLeast: z.number() }),
      z.object({ source: z.literal('unanswered'), itemId: ItemIdSchema }),
      z.object({ source: z.literal('total'), atLeast: z.number() }),
    ]),
  }),
);
/** A rule that raises a flag from an item value or the total. */
export type FlagRule = z.infer<typeof FlagRuleSchema>;

/**
 * A flag raised by scoring (or by a licensed scorer), stored on the assessment. With the
 * assessment's instrument, `code` identifies the rule (stable across releases); `itemId` is the
 * item that raised it (absent for total flags).
 */
export const RaisedFlagSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    code: slug,
    severity: FlagSeveritySchema,
    message: boundedText(1000),
    itemId: optionalOf(ItemIdSchema),
  }),
);
/** A flag raised on an assessment; callers must act on `urgent` flags. */
export type RaisedFlag = z.infer<typeof RaisedFlagSchema>;

/** The terms under which an instrument is used. */
export const InstrumentLicenceSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    kind: z.enum(['public-domain', 'free', 'free-with-notice', 'licensed', 'unknown']),
    holder: optionalBoundedText(300),
    /** A notice that must accompany the instrument, e.g. a copyright line. */
    notice: optionalBoundedText(1000),
    /** Whether the item wording may be reproduced by this library. */
    itemTextAllowed: z.boolean(),
    summary: boundedText(1000),
  }),
);
/** The terms under which an instrument is used. */
export type InstrumentLicence = z.infer<typeof InstrumentLicenceSchema>;

/** A citation for the instrument or its scoring rule. */
export const SourceCitationSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    citation: boundedText(1000),
    url: optionalBoundedText(1000),
  }),
);
/** A citation for the instrument or its scoring rule. */
export type SourceCitation = z.infer<typeof SourceCitationSchema>;
