import * as z from 'zod/mini';
import { isTimeZone } from '../time/zone-name.js';
import { lazySchema } from './lazy-schema.js';
import { optionalOf } from './text.js';

/** A calendar date, `YYYY-MM-DD` (no time zone: a local date). */
export const IsoDateSchema = /* @__PURE__ */ lazySchema(() => z.iso.date());
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * An instant: an ISO-8601 date-time with seconds and `Z` or an offset, e.g.
 * `2026-10-25T09:30:00Z` or `2026-10-25T10:30:00+01:00`, on a real calendar date. Words
 * (`'yesterday'`), dates without a time, times without seconds or zone, and impossible dates
 * (`2026-02-30T10:00:00Z`) are refused.
 */
export const IsoInstantSchema = /* @__PURE__ */ lazySchema(() => z.iso.datetime({ offset: true }));
/** An instant, ISO-8601 date-time with `Z` or an offset. */
export type IsoInstant = z.infer<typeof IsoInstantSchema>;

/** A wall-clock time of day, `HH:MM`, interpreted in some IANA time zone. */
export const LocalTimeSchema = /* @__PURE__ */ lazySchema(() => z.iso.time({ precision: -1 }));
/** A wall-clock time of day, `HH:MM`. */
export type LocalTime = z.infer<typeof LocalTimeSchema>;

/** An IANA time-zone name such as `Europe/London`. */
export const TimeZoneSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(100),
      z.refine(isTimeZone, { message: 'not an IANA time zone (e.g. Europe/London)' }),
    ),
);
/** An IANA time-zone name such as `Europe/London`. */
export type TimeZone = z.infer<typeof TimeZoneSchema>;

/** A span of time; either end may be open. */
export const PeriodSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    start: optionalOf(IsoInstantSchema),
    end: optionalOf(IsoInstantSchema),
  }),
);
/** A span of time; either end may be open. */
export type Period = z.infer<typeof PeriodSchema>;
