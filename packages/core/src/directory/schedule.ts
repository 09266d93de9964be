import * as z from 'zod/mini';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf, textUpTo } from '../shared/text.js';
import { IsoDateSchema, LocalTimeSchema, TimeZoneSchema } from '../shared/time-values.js';

/** ISO weekday: Monday = 1 … Sunday = 7. */
export const WeekdaySchema = /* @__PURE__ */ lazySchema(() =>
  z.number().check(z.int(), z.gte(1), z.lte(7)),
);
/** ISO weekday: Monday = 1 … Sunday = 7. */
export type Weekday = z.infer<typeof WeekdaySchema>;

/** A weekday's place in its month: 1 = first … 5 = fifth, -1 = last … -5 = fifth from last. */
export const WeekdayOrdinalSchema = /* @__PURE__ */ lazySchema(() =>
  z.number().check(
    z.int(),
    z.gte(-5),
    z.lte(5),
    z.refine((n) => n !== 0, 'ordinal is 1…5 or -1…-5'),
  ),
);

const intervalSchema = /* @__PURE__ */ lazySchema(() =>
  z.number().check(z.int(), z.gte(1), z.lte(52)),
);
const distinct = (values: readonly unknown[]) => new Set(values).size === values.length;

/**
 * How a schedule repeats. `interval` counts periods from the schedule's `validFrom`
 * (days, ISO weeks or calendar months): weekly with `interval: 2` is fortnightly.
 * Monthly rules name weekday ordinals: `{ weekday: 2, ordinal: 2 }` is the second Tuesday,
 * `{ weekday: 5, ordinal: -1 }` the last Friday.
 */
export const RecurrenceSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('freq', [
    z.object({ freq: z.literal('daily'), interval: intervalSchema }),
    z.object({
      freq: z.literal('weekly'),
      interval: intervalSchema,
      weekdays: z
        .array(WeekdaySchema)
        .check(z.minLength(1), z.maxLength(7), z.refine(distinct, 'weekdays repeat')),
    }),
    z.object({
      freq: z.literal('monthly'),
      interval: intervalSchema,
      days: z.array(z.object({ weekday: WeekdaySchema, ordinal: WeekdayOrdinalSchema })).check(
        z.minLength(1),
        z.maxLength(10),
        z.refine(
          (days) => distinct(days.map((d) => `${d.ordinal}:${d.weekday}`)),
          'monthly days repeat',
        ),
      ),
    }),
  ]),
);
/** How a schedule repeats. */
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/**
 * A change to the regular pattern: a closure (no session starts on the dates from `from` to
 * `to` inclusive) or a one-off extra session on `date`.
 */
export const ScheduleExceptionSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('closed'),
        from: IsoDateSchema,
        to: IsoDateSchema,
        reason: optionalOf(textUpTo(500)),
      })
      .check(
        z.refine((c) => c.from <= c.to, { message: 'closure ends before it starts', path: ['to'] }),
      ),
    z
      .object({
        kind: z.literal('extra'),
        date: IsoDateSchema,
        opensAt: LocalTimeSchema,
        closesAt: LocalTimeSchema,
        note: optionalOf(textUpTo(500)),
      })
      .check(
        z.refine((e) => e.opensAt !== e.closesAt, {
          message: 'a session cannot close when it opens',
          path: ['closesAt'],
        }),
      ),
  ]),
);
/** A closure or a one-off extra session. */
export type ScheduleException = z.infer<typeof ScheduleExceptionSchema>;

/**
 * When a service runs: a recurrence of sessions opening and closing at local wall-clock
 * times in an IANA zone (default `Europe/London`). When `closesAt` is not after `opensAt`
 * the session runs past midnight and closes the next day (22:00–02:00).
 * `bankHolidays: 'closed'` drops sessions on the bank-holiday dates the caller supplies.
 */
export const ScheduleSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      id: RecordIdSchema,
      timeZone: z._default(TimeZoneSchema, 'Europe/London'),
      recurrence: RecurrenceSchema,
      opensAt: LocalTimeSchema,
      closesAt: LocalTimeSchema,
      /** First local date sessions may start; also the anchor for `interval`. */
      validFrom: IsoDateSchema,
      /** Last local date a session may start (inclusive). */
      validTo: optionalOf(IsoDateSchema),
      bankHolidays: z._default(z.enum(['open', 'closed']), 'open'),
      exceptions: z._default(z.array(ScheduleExceptionSchema).check(z.maxLength(200)), []),
      description: optionalOf(textUpTo(1000)),
    })
    .check(
      z.refine((s) => s.opensAt !== s.closesAt, {
        message: 'a session cannot close when it opens',
        path: ['closesAt'],
      }),
      z.refine((s) => s.validTo === undefined || s.validFrom <= s.validTo, {
        message: 'validTo is before validFrom',
        path: ['validTo'],
      }),
    ),
);
/** When a service runs. */
export type Schedule = z.infer<typeof ScheduleSchema>;
