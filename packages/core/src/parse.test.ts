import { describe, expect, it } from 'vitest';
import { parseAuditEvent } from './audit/index.js';
import { parsePerson } from './people/index.js';

describe('parseX at the boundary', () => {
  it('addresses each issue by its path in the input', () => {
    const result = parsePerson({ schemaVersion: 1, id: 'p1', tenantId: 't1', name: { given: '' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.schema).toBe('Person');
    const paths = result.error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('name.given');
    expect(paths).toContain('birthDate');
  });

  it('turns unreadable input into an error instead of throwing', () => {
    const hostile = {
      get schemaVersion() {
        throw new Error('boom');
      },
    };
    const result = parsePerson(hostile);
    expect(result.ok).toBe(false);
  });

  it('rejects ids with spaces or leading punctuation', () => {
    const base = {
      schemaVersion: 1,
      tenantId: 't1',
      name: { given: 'Ada', family: 'Lovelace' },
      birthDate: '1950-02-03',
      conditions: [],
      communication: {
        format: 'standard',
        language: 'en',
        channel: 'letter',
        interpreterNeeded: false,
      },
      carers: [],
      consentToShare: true,
    };
    expect(parsePerson({ ...base, id: 'p 1' }).ok).toBe(false);
    expect(parsePerson({ ...base, id: '-p1' }).ok).toBe(false);
    expect(parsePerson({ ...base, id: 'p-1' }).ok).toBe(true);
  });
});

describe('audit details', () => {
  it('drops a "__proto__" key without polluting any prototype', () => {
    const event = JSON.parse(
      '{"schemaVersion":1,"id":"a1","tenantId":"t1","at":"2026-11-29T10:00:00Z","actor":{"kind":"system","name":"job"},"action":"person.erased","subject":{"kind":"person","id":"p1"},"details":{"__proto__":{"polluted":true}}}',
    );
    const result = parseAuditEvent(event);
    expect(result.ok && result.value.details).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile input (issue 11)', () => {
  const hostiles: [string, () => unknown][] = [
    [
      'a proxy whose get trap throws',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('get');
            },
          },
        ),
    ],
    [
      'a proxy whose ownKeys trap throws',
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('keys');
            },
          },
        ),
    ],
    [
      'a revoked proxy',
      () => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      },
    ],
    [
      'a thrown proxy whose prototype lookup throws',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Proxy(
                {},
                {
                  getPrototypeOf: () => {
                    throw new Error('proto');
                  },
                },
              );
            },
          },
        ),
    ],
    [
      'a cycle',
      () => {
        const o: Record<string, unknown> = { schemaVersion: 1 };
        o.name = o;
        return o;
      },
    ],
    ['a null prototype', () => Object.assign(Object.create(null), { schemaVersion: 1, id: 'p1' })],
  ];
  it.each(hostiles)('parsePerson refuses %s with a typed error', (_label, make) => {
    const r = parsePerson(make());
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-input');
  });
});
