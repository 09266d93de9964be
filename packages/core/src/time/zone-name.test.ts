import { describe, expect, it } from 'vitest';
import { isTimeZone } from './zone-name.js';

describe('isTimeZone', () => {
  it('knows IANA names and refuses anything else', () => {
    for (const name of ['Europe/London', 'America/New_York', 'UTC', 'Etc/GMT-2', 'Europe/London']) {
      expect(isTimeZone(name)).toBe(true);
    }
    for (const name of ['Mars/Olympus', '', 'x'.repeat(101), 42, null, undefined, {}, 'abc+12']) {
      expect(isTimeZone(name)).toBe(false);
    }
  });
});
