import { err, type ItemResponse, ok, type Result } from '@livewell/core';
import { score } from '../engine/score.js';
import type { Unscorable } from '../engine/types.js';
import { READINESS_CRACKED, readinessDomains, yocPracticeChecklist } from './yoc-checklist.js';

/** One domain of a readiness report. */
export interface ReadinessDomainReport {
  readonly id: string;
  readonly label: string;
  readonly cracked: number;
  readonly nearlyThere: number;
  readonly needsWork: number;
  readonly unrated: number;
  /** Share of the domain's anchors rated "cracked it", 0–100, one decimal. */
  readonly percentCracked: number;
}

/** Per-domain counts for the practice readiness checklist. */
export interface ReadinessReport {
  readonly domains: readonly ReadinessDomainReport[];
  readonly percentCracked: number;
}

const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

/**
 * The valid answers by item (items not in `missing`), or `undefined` if the list cannot be read
 * again (a list whose getters changed their minds after scoring).
 */
function answersOf(
  missing: readonly string[],
  responses: unknown,
): Map<string, unknown> | undefined {
  try {
    const list = Array.isArray(responses)
      ? responses
      : (responses as { responses?: unknown } | null)?.responses;
    if (!Array.isArray(list)) return undefined;
    const skip = new Set(missing);
    const values = new Map<string, unknown>();
    for (const r of list as readonly ItemResponse[]) {
      if (!skip.has(r.itemId) && !values.has(r.itemId)) values.set(r.itemId, r.value);
    }
    return values;
  } catch {
    return undefined;
  }
}

/** The outcome when the list cannot be read again after scoring. */
const unreadable = (): Unscorable => ({
  code: 'malformed-responses',
  message: 'The responses could not be read.',
  instrumentId: yocPracticeChecklist.id,
  instrument: { id: yocPracticeChecklist.id, version: yocPracticeChecklist.version },
  flags: [],
  answered: 0,
  missingItems: yocPracticeChecklist.items.map((i) => i.id),
});

/**
 * Reports a practice's readiness checklist per domain: anchors cracked / nearly there / needing
 * work / not yet rated, and the share cracked. Partly completed checklists are reported;
 * invalid answers give the same {@link Unscorable} as `score`.
 */
export function readinessReport(
  responses: readonly ItemResponse[],
): Result<ReadinessReport, Unscorable> {
  const scored = score(yocPracticeChecklist, responses);
  if (!scored.ok && scored.error.code !== 'too-many-missing') return err(scored.error);
  const values = answersOf(
    scored.ok ? scored.value.missingItems : scored.error.missingItems,
    responses,
  );
  if (!values) return err(unreadable());
  let cracked = 0;
  let total = 0;
  const domains = readinessDomains.map((d) => {
    const counts = { cracked: 0, nearlyThere: 0, needsWork: 0, unrated: 0 };
    d.anchors.forEach((_, k) => {
      const v = values.get(`${d.id}-${k + 1}`);
      if (v === READINESS_CRACKED) counts.cracked += 1;
      else if (v === 1) counts.nearlyThere += 1;
      else if (v === 0) counts.needsWork += 1;
      else counts.unrated += 1;
    });
    cracked += counts.cracked;
    total += d.anchors.length;
    return {
      id: d.id,
      label: d.label,
      ...counts,
      percentCracked: percent(counts.cracked, d.anchors.length),
    };
  });
  return ok({ domains, percentCracked: percent(cracked, total) });
}
