import type { PreparedSchedule } from '../schedule/occurs.js';

/** What {@link ShapeWindows.start} gives when its copy cannot answer. */
export const UNANSWERED = Number.NEGATIVE_INFINITY;

/**
 * Per schedule shape, a copy in typed arrays of the first session it last remembered for a query
 * window (the `firstSessionMemo` record in its `WINDOW` slot), so a query reads it without
 * touching the prepared schedule, and answers exactly as that record would: the remembered
 * session while `from` is before its end, or "none" for a window inside the one asked before.
 */
export class ShapeWindows {
  private from = new Float64Array(256);
  private until = new Float64Array(256);
  private starts = new Float64Array(256);
  private ends = new Float64Array(256);
  /** The record's holiday key, numbered (-1: no copy); 0 is the empty key. */
  private keys = new Int32Array(256).fill(-1);
  /** 1 when the shape closes on bank holidays (its record depends on the holidays asked). */
  private closed = new Uint8Array(256);
  private readonly keyNumbers = new Map<string, number>([['', 0]]);

  /** The number of a holiday key (see `QueryContext.holidayKey`). */
  keyNumber(holidayKey: string): number {
    let n = this.keyNumbers.get(holidayKey);
    if (n === undefined) {
      if (this.keyNumbers.size > 1024) this.forgetAll();
      n = this.keyNumbers.size;
      this.keyNumbers.set(holidayKey, n);
    }
    return n;
  }

  private forgetAll(): void {
    this.keys.fill(-1);
    this.keyNumbers.clear();
    this.keyNumbers.set('', 0);
  }

  /**
   * The start of a shape's first session in [fromMs, untilMs) (NaN: none), or
   * {@link UNANSWERED} when the copy does not settle it. `holidays` is the query's key number.
   */
  start(shape: number, fromMs: number, untilMs: number, holidays: number): number {
    const key = this.keys[shape];
    if (key === undefined || key < 0) return UNANSWERED;
    if (key !== (this.closed[shape] === 1 ? holidays : 0)) return UNANSWERED;
    if (!(fromMs >= (this.from[shape] as number))) return UNANSWERED;
    const start = this.starts[shape] as number;
    if (!Number.isNaN(start)) {
      if (fromMs < (this.ends[shape] as number)) return start < untilMs ? start : Number.NaN;
    } else if (untilMs <= (this.until[shape] as number)) return Number.NaN;
    return UNANSWERED;
  }

  /** Copies the shape's remembered record from its `slot` (after the prepared schedule answered). */
  copy(shape: number, p: PreparedSchedule, slot: number): void {
    const m = p.firstSessions[slot];
    if (shape >= this.keys.length) this.grow(shape + 1);
    if (m === undefined) {
      this.keys[shape] = -1;
      return;
    }
    this.from[shape] = m.fromMs;
    this.until[shape] = m.untilMs;
    this.starts[shape] = m.session?.startMs ?? Number.NaN;
    this.ends[shape] = m.session?.endMs ?? Number.NaN;
    this.closed[shape] = p.schedule.bankHolidays === 'closed' ? 1 : 0;
    this.keys[shape] = this.keyNumber(m.holidayKey);
  }

  /** Drops a shape's copy (its number is free for another schedule). */
  forget(shape: number): void {
    if (shape < this.keys.length) this.keys[shape] = -1;
  }

  private grow(size: number): void {
    const n = Math.max(size, this.keys.length * 2);
    const widen = <A extends Float64Array | Int32Array | Uint8Array>(a: A, b: A): A => {
      b.set(a);
      return b;
    };
    this.from = widen(this.from, new Float64Array(n));
    this.until = widen(this.until, new Float64Array(n));
    this.starts = widen(this.starts, new Float64Array(n));
    this.ends = widen(this.ends, new Float64Array(n));
    this.keys = widen(this.keys, new Int32Array(n).fill(-1));
    this.closed = widen(this.closed, new Uint8Array(n));
  }
}
