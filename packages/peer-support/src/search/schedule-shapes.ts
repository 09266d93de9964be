import type { Schedule } from '@livewell/core';
import { type PreparedSchedule, prepareSchedule } from '../schedule/occurs.js';

/**
 * A schedule's content without its id: equal content, equal sessions. Written as the schedule's
 * JSON less its leading `"id":…,` when the id comes first (as parsed records have it), else as
 * the JSON of a copy without the id: the same content gives the same key either way.
 */
function shapeKey(schedule: Schedule): string {
  const json = JSON.stringify(schedule);
  const head = `{"id":${JSON.stringify(schedule.id)},`;
  if (json.startsWith(head)) return `{${json.slice(head.length)}`;
  const { id: _id, ...content } = schedule;
  return JSON.stringify(content);
}

/**
 * Schedules interned by content. Directories repeat a few hundred patterns ("Tuesdays
 * 10:00–12:00 from January") across thousands of services, and a schedule's sessions depend on
 * its content only, so each pattern is prepared once and its remembered sessions serve every
 * service that has it. A shape is kept while some service holds it.
 */
export class ScheduleShapes {
  /** Prepared schedule per shape number (its `schedule.id` is the first holder's). */
  readonly prepared: (PreparedSchedule | undefined)[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly holders: number[] = [];
  private readonly free: number[] = [];

  /** The shape number of a schedule, held once more. */
  acquire(schedule: Schedule): number {
    const key = shapeKey(schedule);
    const known = this.byKey.get(key);
    if (known !== undefined) {
      this.holders[known] = (this.holders[known] ?? 0) + 1;
      return known;
    }
    const id = this.free.pop() ?? this.prepared.length;
    this.prepared[id] = prepareSchedule(schedule);
    this.keys[id] = key;
    this.holders[id] = 1;
    this.byKey.set(key, id);
    return id;
  }

  /** Lets go of one hold on a shape; the last hold forgets it. */
  release(id: number): void {
    const left = (this.holders[id] ?? 0) - 1;
    this.holders[id] = left;
    if (left > 0) return;
    this.byKey.delete(this.keys[id] ?? '');
    this.prepared[id] = undefined;
    this.keys[id] = '';
    this.free.push(id);
  }

  /** The shared prepared schedule for a schedule's content (prepared afresh if not held). */
  prepare(schedule: Schedule): PreparedSchedule {
    const id = this.byKey.get(shapeKey(schedule));
    return (id === undefined ? undefined : this.prepared[id]) ?? prepareSchedule(schedule);
  }

  /** Number of distinct shapes held. */
  get size(): number {
    return this.byKey.size;
  }
}
