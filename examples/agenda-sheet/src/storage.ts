/**
 * Keeping the sheet in this browser: localStorage (small, synchronous, survives reloads and
 * works offline). See the README for why not PGlite.
 */
import type { CarePlanCommandOf } from '@livewell/core';
import type { Draft } from './sheet.js';

const draftKey = (planId: string) => `agenda-sheet:draft:${planId}`;
const pendingKey = 'agenda-sheet:pending';

/** A sheet handed in but not yet received by the practice. */
export interface Pending {
  readonly planId: string;
  readonly command: CarePlanCommandOf<'record-agenda'>;
}

const read = (key: string): unknown => {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
};

/** The draft saved for this plan, if any. */
export function loadDraft(planId: string): Draft | undefined {
  const value = read(draftKey(planId));
  if (typeof value !== 'object' || value === null) return undefined;
  const { answers, topics } = value as Partial<Draft>;
  return typeof topics === 'string' && typeof answers === 'object' && answers !== null
    ? { answers, topics }
    : undefined;
}

/** Saves the draft for this plan. */
export const saveDraft = (planId: string, draft: Draft) =>
  localStorage.setItem(draftKey(planId), JSON.stringify(draft));

/** The sheet waiting to be sent, if any. */
export const loadPending = (): Pending | undefined => read(pendingKey) as Pending | undefined;
/** Keeps the sheet until the practice has it. */
export const savePending = (pending: Pending) =>
  localStorage.setItem(pendingKey, JSON.stringify(pending));
/** Forgets the sheet once sent. */
export const clearPending = () => localStorage.removeItem(pendingKey);
