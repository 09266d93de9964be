import type { IsoInstant } from '@livewell/core';
import type { PreparedSchedule } from '../schedule/occurs.js';
import type { RawSession } from '../schedule/session.js';
import type { SearchReason } from './hit.js';

/**
 * What a page writes of a shape's first session in the current window, kept beside it: its
 * start and end as instants, and its `next-session` reason for each of the three cases its
 * words depend on (see `nextSessionReason`), filled as pages ask.
 */
export interface SessionWords {
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  readonly reasons: (SearchReason | undefined)[];
}

/** What {@link ShapeWindows.start} gives when its copy cannot answer. */
export const UNANSWERED = Number.NEGATIVE_INFINITY;

/** Numbers per shape in {@link ShapeWindows.records} (one cache line; the first two spare). */
const RECORD = 8;
/** A shape's start in {@link ShapeWindows.starts} not yet worked out for the current window. */
export const UNKNOWN = Number.POSITIVE_INFINITY;
const FROM = 2;
const UNTIL = 3;
const SESSION_START = 4;
const SESSION_END = 5;
/** The record's holiday key, numbered (-1: no copy); 0 is the empty key. */
const KEY = 6;
/** 1 when the shape closes on bank holidays (its record depends on the holidays asked). */
const CLOSED = 7;

/**
 * Per schedule shape, the start worked out for it in the window queries currently ask about
 * (`starts`, kept until a query asks about another window), and one record
 * of eight numbers side by side in `records`: a copy of the first session the shape last
 * remembered for a query window (the `firstSessionMemo` record in its `WINDOW` slot), so a query
 * reads it without touching the prepared schedule, and answers exactly as that record would:
 * the remembered session while `from` is before its end, or "none" for a window inside the one
 * asked before.
 */
export class ShapeWindows {
  records = ShapeWindows.blank(256);
  /**
   * Per shape, the start of its first session in the current window (see
   * {@link windowGeneration}; NaN: none; {@link UNKNOWN}: not yet worked out), eight shapes to a
   * cache line, read for every candidate.
   */
  starts = new Float64Array(256).fill(UNKNOWN);
  /** Per shape, its first session in the window of generation `sessionMarks[shape]`. */
  readonly sessions: (RawSession | undefined)[] = [];
  sessionMarks = new Int32Array(256);
  /** Per shape, its schedule's time zone (set with its first session). */
  readonly zones: (string | undefined)[] = [];
  /** Per shape, its session's words (forgotten with the session: see {@link SessionWords}). */
  readonly words: (SessionWords | undefined)[] = [];
  private readonly keyNumbers = new Map<string, number>([['', 0]]);
  /** The window (and holiday key number) the current generation's marks in `starts` answer. */
  private windowFrom = Number.NaN;
  private windowUntil = Number.NaN;
  private windowKey = -1;
  private generation = 0;

  private static blank(shapes: number): Float64Array {
    const records = new Float64Array(shapes * RECORD);
    for (let s = 0; s < shapes; s += 1) records[s * RECORD + KEY] = -1;
    return records;
  }

  /** Makes room for `shapes` shapes. */
  ensure(shapes: number): void {
    const had = this.records.length / RECORD;
    if (shapes <= had) return;
    const records = ShapeWindows.blank(Math.max(shapes, had * 2));
    records.set(this.records);
    this.records = records;
    const starts = new Float64Array(records.length / RECORD).fill(UNKNOWN);
    starts.set(this.starts);
    this.starts = starts;
    const marks = new Int32Array(records.length / RECORD);
    marks.set(this.sessionMarks);
    this.sessionMarks = marks;
  }

  /** Forgets every query's marks (the generation counter started again). */
  clearMarks(): void {
    this.starts.fill(UNKNOWN);
    this.sessionMarks.fill(0);
  }

  /**
   * Makes a query window (`holidays`: its key number) the current one, and gives its generation
   * (marking the sessions worked out for it): while the window and holidays stay the same — a
   * shape's first session in a window depends on nothing else — queries read each shape's start
   * and session as worked out once; another window forgets them. Call it before reading `starts`.
   */
  windowGeneration(fromMs: number, untilMs: number, holidays: number): number {
    if (fromMs === this.windowFrom && untilMs === this.windowUntil && holidays === this.windowKey) {
      return this.generation;
    }
    this.windowFrom = fromMs;
    this.windowUntil = untilMs;
    this.windowKey = holidays;
    this.starts.fill(UNKNOWN);
    this.generation = (this.generation + 1) | 0;
    if (this.generation <= 0) {
      this.clearMarks();
      this.generation = 1;
    }
    return this.generation;
  }

  /** The number of a holiday key (see `QueryContext.holidayKey`). */
  keyNumber(holidayKey: string): number {
    let n = this.keyNumbers.get(holidayKey);
    if (n === undefined) {
      if (this.keyNumbers.size > 1024) {
        for (let i = KEY; i < this.records.length; i += RECORD) this.records[i] = -1;
        this.keyNumbers.clear();
        // Key numbers are handed out afresh: the current window's marks no longer say which.
        this.windowKey = -1;
        this.keyNumbers.set('', 0);
      }
      n = this.keyNumbers.size;
      this.keyNumbers.set(holidayKey, n);
    }
    return n;
  }

  /**
   * The start of a shape's first session in [fromMs, untilMs) (NaN: none), or
   * {@link UNANSWERED} when the copy does not settle it. `holidays` is the query's key number.
   */
  start(shape: number, fromMs: number, untilMs: number, holidays: number): number {
    const r = this.records;
    const b = shape * RECORD;
    const key = r[b + KEY] as number;
    if (key < 0 || key !== (r[b + CLOSED] === 1 ? holidays : 0)) return UNANSWERED;
    if (!(fromMs >= (r[b + FROM] as number))) return UNANSWERED;
    const start = r[b + SESSION_START] as number;
    if (!Number.isNaN(start)) {
      if (fromMs < (r[b + SESSION_END] as number)) return start < untilMs ? start : Number.NaN;
    } else if (untilMs <= (r[b + UNTIL] as number)) return Number.NaN;
    return UNANSWERED;
  }

  /** Copies the shape's remembered record from its `slot` (after the prepared schedule answered). */
  copy(shape: number, p: PreparedSchedule, slot: number): void {
    const m = p.firstSessions[slot];
    this.ensure(shape + 1);
    const r = this.records;
    const b = shape * RECORD;
    if (m === undefined) {
      r[b + KEY] = -1;
      return;
    }
    r[b + FROM] = m.fromMs;
    r[b + UNTIL] = m.untilMs;
    r[b + SESSION_START] = m.session?.startMs ?? Number.NaN;
    r[b + SESSION_END] = m.session?.endMs ?? Number.NaN;
    r[b + CLOSED] = p.schedule.bankHolidays === 'closed' ? 1 : 0;
    r[b + KEY] = this.keyNumber(m.holidayKey);
  }

  /** Drops a shape's copy (its number is free for another schedule). */
  forget(shape: number): void {
    if (shape * RECORD < this.records.length) this.records[shape * RECORD + KEY] = -1;
    if (shape < this.starts.length) this.starts[shape] = UNKNOWN;
    if (shape < this.sessionMarks.length) this.sessionMarks[shape] = 0;
    this.zones[shape] = undefined;
    this.words[shape] = undefined;
  }
}
