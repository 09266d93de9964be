import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  apiInfo,
  getService,
  getTaxonomyTerm,
  listServices,
  listTaxonomies,
  listTaxonomyTerms,
  type OrukApiDirectory,
  type OrukApiError,
  readServiceQuery,
} from '@livewell/peer-support/oruk';

const STATUS: Record<OrukApiError['code'], number> = {
  'invalid-query': 400,
  'unsupported-filter': 400,
  'not-found': 404,
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Answers one request from the directory `current()` returns (read per request). */
export function handle(current: () => OrukApiDirectory, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET') return send(res, 405, { message: 'GET only' });
  const fail = (e: OrukApiError) => send(res, STATUS[e.code], { code: e.code, message: e.message });
  const dir = current();
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const paging = () => {
    const q = readServiceQuery({
      ...(url.searchParams.get('page') ? { page: url.searchParams.get('page') ?? '' } : {}),
      ...(url.searchParams.get('per_page')
        ? { per_page: url.searchParams.get('per_page') ?? '' }
        : {}),
    });
    return q;
  };
  if (path === '/') return send(res, 200, apiInfo(`${url.origin}/openapi.json`));
  if (path === '/services') {
    const q = readServiceQuery(url.searchParams);
    if (!q.ok) return fail(q.error);
    const r = listServices(dir, q.value);
    return r.ok ? send(res, 200, r.value) : fail(r.error);
  }
  const one = /^\/services\/([^/]+)$/.exec(path);
  if (one) {
    const r = getService(dir, decodeURIComponent(one[1] ?? ''));
    return r.ok ? send(res, 200, r.value) : fail(r.error);
  }
  if (path === '/taxonomies') {
    const q = paging();
    return q.ok ? send(res, 200, listTaxonomies(dir, q.value)) : fail(q.error);
  }
  if (path === '/taxonomy_terms') {
    const q = paging();
    const taxonomyId = url.searchParams.get('taxonomy_id') ?? undefined;
    return q.ok
      ? send(
          res,
          200,
          listTaxonomyTerms(dir, { ...q.value, ...(taxonomyId ? { taxonomyId } : {}) }),
        )
      : fail(q.error);
  }
  const term = /^\/taxonomy_terms\/([^/]+)$/.exec(path);
  if (term) {
    const r = getTaxonomyTerm(dir, decodeURIComponent(term[1] ?? ''));
    return r.ok ? send(res, 200, r.value) : fail(r.error);
  }
  return send(res, 404, { code: 'not-found', message: `no route ${path}` });
}

/** An HTTP server answering ORUK API v3 requests from `current()`. */
export function createOrukServer(current: () => OrukApiDirectory): Server {
  return createServer((req, res) => {
    try {
      handle(current, req, res);
    } catch (e) {
      send(res, 500, { message: e instanceof Error ? e.message : String(e) });
    }
  });
}
