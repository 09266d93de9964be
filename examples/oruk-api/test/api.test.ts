import type { TenantId } from '@livewell/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../../packages/peer-support/test/fixtures/oruk/examples.js';
import { validatorFor } from '../../../packages/peer-support/test/fixtures/oruk/strict-schema.js';
import { gpPracticeDirectory } from '../src/directory.js';
import { listen } from './listen.js';

const dir = gpPracticeDirectory('leeds-practice' as TenantId);
const openapi = fixture('uk-profile/openapi.json') as {
  components: { schemas: { Page: Record<string, unknown> } };
};
const termSchema = fixture('uk-profile/taxonomy_term.schema.json');
/** A published page schema: the OpenAPI `Page` plus `contents` items of `item`. */
const pageOf = (item: unknown, referenced: Record<string, unknown> = {}) =>
  validatorFor(
    {
      ...openapi.components.schemas.Page,
      required: [
        'total_items',
        'total_pages',
        'page_number',
        'size',
        'first_page',
        'last_page',
        'empty',
        'contents',
      ],
      properties: {
        ...(openapi.components.schemas.Page.properties as Record<string, unknown>),
        contents: { type: 'array', items: item },
      },
    },
    true,
    referenced,
  );
const servicePage = pageOf(fixture('uk-profile/service_list.schema.json'));
const service = validatorFor(fixture('uk-profile/service.schema.json'));
const taxonomyPage = pageOf(fixture('uk-profile/taxonomy.schema.json'), {
  'taxonomy_term.json': termSchema,
});
const termPage = pageOf(termSchema);
const term = validatorFor(termSchema);

let api: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  api = await listen(() => dir);
});
afterAll(() => api.close());

const get = async (path: string) => {
  const res = await fetch(`${api.base}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const valid = (v: ReturnType<typeof validatorFor>, body: unknown) => {
  v(body);
  return v.errors ?? [];
};

describe('the ORUK API v3 over the example directory, on loopback HTTP', () => {
  it('GET /services pages validate against the published service_list schema (closed)', async () => {
    const first = await get('/services?per_page=2');
    expect(first.status).toBe(200);
    expect(valid(servicePage, first.body)).toEqual([]);
    expect(first.body.total_items).toBe(dir.entries.length);
    const pages = first.body.total_pages as number;
    const ids = new Set<string>();
    for (let p = 1; p <= pages; p += 1) {
      const page = await get(`/services?per_page=2&page=${p}`);
      expect(valid(servicePage, page.body)).toEqual([]);
      for (const s of page.body.contents as { id: string }[]) ids.add(s.id);
      expect(page.body.last_page).toBe(p === pages);
    }
    expect(ids.size).toBe(dir.entries.length);
    const past = await get(`/services?per_page=2&page=${pages + 1}`);
    expect(past.body.size).toBe(0);
  });

  it('GET /services/{id} validates against the published service schema (closed)', async () => {
    for (const e of dir.entries) {
      const r = await get(`/services/${e.oruk.id}`);
      expect(r.status).toBe(200);
      expect(valid(service, r.body)).toEqual([]);
    }
    expect((await get('/services/nope')).status).toBe(404);
  });

  it('taxonomies and terms validate against the published schemas', async () => {
    const t = await get('/taxonomies');
    expect(valid(taxonomyPage, t.body)).toEqual([]);
    expect((t.body.contents as unknown[]).length).toBeGreaterThan(0);
    const terms = await get('/taxonomy_terms?per_page=500');
    expect(valid(termPage, terms.body)).toEqual([]);
    const first = (terms.body.contents as { id: string }[])[0];
    const one = await get(`/taxonomy_terms/${first?.id}`);
    expect(valid(term, one.body)).toEqual([]);
  });

  it('filters: text, taxonomy term, age, day and time; bad queries are 400s', async () => {
    const walking = dir.entries.find((e) => /walk/i.test(e.oruk.name));
    if (!walking) throw new Error('the example directory has a walking group');
    const text = await get('/services?search=WALK');
    expect((text.body.contents as { id: string }[]).map((s) => s.id)).toContain(walking.oruk.id);
    const termId = walking.oruk.attributes?.[0]?.taxonomy_term?.id;
    const byTerm = await get(`/services?taxonomy_term_id=${termId}`);
    expect((byTerm.body.contents as { id: string }[]).map((s) => s.id)).toContain(walking.oruk.id);
    const nobody = await get('/services?day=SU&start_time=23:00');
    expect(valid(servicePage, nobody.body)).toEqual([]);
    for (const bad of [
      'per_page=0',
      'page=x',
      'day=Funday',
      'start_time=25:00',
      'modified_after=2024-01-01',
    ])
      expect((await get(`/services?${bad}`)).status).toBe(400);
  });
});
