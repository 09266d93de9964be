/** Starts the service on loopback (port 0) over PGlite and talks to it with real HTTP. */
import {
  type Actor,
  type IsoInstant,
  msToInstant,
  type PersonId,
  type PractitionerId,
  type PreparationLetter,
  type RecordId,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import type { FastifyInstance } from 'fastify';
import type { ServiceConfig } from '../src/config.js';
import { ACTOR_HEADER, IDEMPOTENCY_HEADER } from '../src/request.js';
import { buildServer } from '../src/server.js';
import { openPgliteServiceStore, type ServiceStore } from '../src/store.js';

export const tenant = 'northfield' as TenantId;
export const nurse = {
  kind: 'practitioner',
  practitionerId: 'nurse-1' as PractitionerId,
  role: 'nurse',
} as const satisfies Actor;
export const gp = {
  kind: 'practitioner',
  practitionerId: 'gp-1' as PractitionerId,
  role: 'gp',
} as const satisfies Actor;
export const hub: Actor = { kind: 'system', name: 'community-services-hub' };

/** A running service and a client for it. */
export interface Running {
  readonly app: FastifyInstance;
  readonly base: string;
  readonly opened: ServiceStore;
  /** Moves the service's clock. */
  setNow(now: IsoInstant): void;
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
  close(): Promise<void>;
}

/** One request's options. */
export interface CallOptions {
  readonly body?: unknown;
  /** Sent verbatim as the body (for unreadable JSON). */
  readonly raw?: string;
  readonly actor?: Actor | null;
  readonly key?: string;
  readonly contentType?: string;
}

/** One answer. */
export interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: test code reads arbitrary JSON answers
  readonly body: any;
}

/** Starts the service on 127.0.0.1, an ephemeral port. */
export async function start(extra: Partial<ServiceConfig> = {}): Promise<Running> {
  const opened = await openPgliteServiceStore();
  let now = '2026-11-02T09:00:00Z' as IsoInstant;
  const app = buildServer({
    store: opened.store,
    now: () => now,
    ids: sequentialIds('t'),
    memberships: [
      { practitionerId: gp.practitionerId, organisationId: 'org-practice' as RecordId },
      { practitionerId: nurse.practitionerId, organisationId: 'org-practice' as RecordId },
    ],
    systems: [
      {
        name: 'community-services-hub',
        organisationIds: ['org-walkers', 'org-cafe', 'org-practice'] as RecordId[],
      },
    ],
    ...extra,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const base = `http://127.0.0.1:${address.port}`;
  return {
    app,
    base,
    opened,
    setNow: (next) => {
      now = next;
    },
    async call(method, path, options = {}) {
      const headers: Record<string, string> = {};
      const actor = options.actor === undefined ? nurse : options.actor;
      if (actor !== null) headers[ACTOR_HEADER] = JSON.stringify(actor);
      if (options.key !== undefined) headers[IDEMPOTENCY_HEADER] = options.key;
      const body =
        options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
      const response = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        body: text === '' ? undefined : JSON.parse(text),
      };
    },
    async close() {
      await app.close();
      await opened.close();
    },
  };
}

/** `/tenants/northfield` + path. */
export const at = (path: string) => `/tenants/${tenant}${path}`;

/** A person as a practice would send it (the tenant comes from the path). */
export const personBody = (id: string) => ({
  schemaVersion: 1,
  id: id as PersonId,
  name: { given: 'Ada', family: 'Jones' },
  birthDate: '1956-03-14',
  conditions: [],
  communication: {
    format: 'standard',
    language: 'en',
    channel: 'letter',
    interpreterNeeded: false,
  },
  carers: [],
  consentToShare: true,
});

/** The plan's care team: the nurse coordinates. */
export const careTeam = {
  members: [{ practitionerId: nurse.practitionerId, role: 'nurse', isCoordinator: true }],
  carers: [],
};

/** The clock as an instant `ms` after the start. */
export const instant = (iso: string) => msToInstant(Date.parse(iso));

/** The preparation letter `send-preparation` carries: one result, the practice's sheet, the format. */
export const letter: PreparationLetter = {
  results: [{ name: 'Blood sugar (HbA1c)', value: '52 mmol/mol', plainWords: 'A little higher.' }],
  sheet: {
    title: 'Getting ready for your appointment',
    questions: [{ key: 'what-matters', prompt: 'What is important to you at the moment?' }],
    topicsPrompt: 'What would you like to talk about?',
  },
  format: { format: 'standard', language: 'en', channel: 'letter' },
};
