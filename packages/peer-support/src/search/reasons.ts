import { describeDistance } from './describe.js';
import type { SearchReason } from './hit.js';

/** Reasons kept per memo before it starts afresh. */
const MAX_REASONS = 4096;

const reason = (code: SearchReason['code'], text: string): SearchReason =>
  Object.freeze({ code, text });

/** The `free` reason (one shared, frozen object). */
export const FREE_REASON = reason('free', 'free');
/** The `open-now` reason. */
export const OPEN_NOW_REASON = reason('open-now', 'open now');
/** The `no-upcoming-session` reason. */
export const NO_SESSION_REASON = reason('no-upcoming-session', 'no session in the next four weeks');
/** The `stale` reason of a service never verified. */
export const NEVER_VERIFIED_REASON = reason(
  'stale',
  'details never verified — check before referring',
);

const terms = new Map<string, SearchReason>();
const places = new Map<number, SearchReason>();
const distances = new Map<number, SearchReason>();
const ages = new Map<number, SearchReason>();

/** Small whole-number keys are remembered in arrays: one read, where a map hashes and chains. */
const DENSE = 4096;
const placesDense: (SearchReason | undefined)[] = new Array(DENSE);
const distancesDense: (SearchReason | undefined)[] = new Array(DENSE);
const agesDense: (SearchReason | undefined)[] = new Array(DENSE);

/** {@link remembered}, in `dense` at index `at` when that is a small whole number. */
function rememberedAt(
  dense: (SearchReason | undefined)[],
  at: number,
  memo: Map<number, SearchReason>,
  key: number,
  make: () => SearchReason,
): SearchReason {
  if (!(Number.isInteger(at) && at >= 0 && at < DENSE)) return remembered(memo, key, make);
  const known = dense[at];
  if (known !== undefined) return known;
  const made = make();
  dense[at] = made;
  return made;
}

function remembered<K>(memo: Map<K, SearchReason>, key: K, make: () => SearchReason): SearchReason {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MAX_REASONS) memo.clear();
  const made = make();
  memo.set(key, made);
  return made;
}

/**
 * Reasons a page writes again and again, remembered and shared between hits (each a frozen
 * object, equal to the one written afresh): a page's hits repeat terms, distances to the
 * tenth of a kilometre, places and verification ages.
 */
export const reasons = {
  /** `serves '…'` for a term's display (or code). */
  term: (shown: string): SearchReason =>
    remembered(terms, shown, () => reason('term', `serves '${shown}'`)),
  /** `… places available`. */
  places: (available: number): SearchReason =>
    rememberedAt(placesDense, available, places, available, () =>
      reason('places', `${available} places available`),
    ),
  /** `… away`, in {@link describeDistance}'s words (remembered by the value those words round). */
  distance: (km: number): SearchReason => {
    // describeDistance's three cases, each keyed by the number it writes (and the case).
    const key =
      km < 1 ? Math.round(km * 100) : km < 10 ? 1e6 + Math.round(km * 10) : 2e6 + Math.round(km);
    if (!Number.isFinite(key) || key > 3e6) {
      return reason('distance', `${describeDistance(km)} away`);
    }
    // The three cases' keys side by side in one array (the first two hold at most 101 each).
    const at = key < 1e6 ? key : key < 2e6 ? 200 + (key - 1e6) : 400 + (key - 2e6);
    return rememberedAt(distancesDense, at, distances, key, () =>
      reason('distance', `${describeDistance(km)} away`),
    );
  },
  /** `details last verified … days ago — check before referring`. */
  stale: (ageDays: number): SearchReason =>
    rememberedAt(agesDense, ageDays, ages, ageDays, () =>
      reason('stale', `details last verified ${ageDays} days ago — check before referring`),
    ),
};
