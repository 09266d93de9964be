import type { Service } from '@livewell/core';
import type { Session } from '../schedule/session.js';

/** Why a service matched or how it ranked, in words a person can read. */
export interface SearchReason {
  readonly code:
    | 'term'
    | 'text'
    | 'distance'
    | 'remote'
    | 'next-session'
    | 'no-upcoming-session'
    | 'open-now'
    | 'places'
    | 'free'
    | 'stale';
  readonly text: string;
}

/** One search result: the service, its score and the reasons. */
export interface SearchHit {
  readonly service: Service;
  /** The ranking score in [0, 1] (see {@link SCORE_WEIGHTS}). */
  readonly score: number;
  /** Distance to the nearest location when the query gave a point. */
  readonly distanceKm?: number;
  /** The earliest session in the query window (or the next four weeks). */
  readonly nextSession?: Session;
  /** True when the service's details are older than the freshness limit (flagged, never hidden). */
  readonly stale: boolean;
  readonly reasons: readonly SearchReason[];
}

/** A page of hits; pass `nextCursor` to get the next page. */
export interface SearchPage {
  readonly hits: readonly SearchHit[];
  /** Total number of matching services across all pages. */
  readonly total: number;
  readonly nextCursor?: string;
}

/**
 * The score: `0.5 × relevance + 0.3 × proximity + 0.2 × soonness`, each part in [0, 1].
 * - relevance: the mean of the parts the query asks for — the share of query terms the service
 *   serves, and for free text each word scores 1 in the name or 0.5 in the description only;
 *   1 when the query has neither.
 * - proximity: `1 / (1 + km / 5)` to the nearest location (1 at the door, 0.5 at 5 km);
 *   0 for a remote service admitted by `includeRemote`; 1 when the query gives no point.
 * - soonness: `1 / (1 + days until the next session starts)`; 1 for a session under way;
 *   0 when there is none in the window.
 * Ties are ordered by tenant and id, so pages are stable.
 */
export const SCORE_WEIGHTS = { relevance: 0.5, proximity: 0.3, soonness: 0.2 } as const;
