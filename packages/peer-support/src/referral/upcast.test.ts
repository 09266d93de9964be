import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay } from './transition.js';
import { upcastReferral, upcastReferralEvent } from './upcast.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

describe('stored v1 referrals stay readable', () => {
  it('reads the v1 referral and its events, and the events replay to it', () => {
    const referral = upcastReferral(fixture('referral.v1.json'));
    if (!referral.ok) throw new Error(referral.error.message);
    expect(referral.value.status).toBe('paused');
    expect(referral.value.pausedFrom).toBe('attending');
    const events = (fixture('referral-events.v1.json') as unknown[]).map((e) => {
      const r = upcastReferralEvent(e);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    expect(replay(events)).toEqual({ ok: true, value: referral.value });
  });

  it('refuses an unknown schema version and invalid input without throwing', () => {
    const future = { ...(fixture('referral.v1.json') as object), schemaVersion: 2 };
    const r = upcastReferral(future);
    expect(r.ok ? 'ok' : r.error.code).toBe('unsupported-schema-version');
    const bad = upcastReferralEvent({ type: 'referral.made' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-input');
    const hostile = {
      get schemaVersion(): number {
        throw new Error('boom');
      },
    };
    expect(upcastReferral(hostile).ok).toBe(false);
  });
});
