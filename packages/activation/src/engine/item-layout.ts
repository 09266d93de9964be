// The layout of `ItemTables.packed`: the per-item facts the compiled reader needs, interleaved so
// one item's facts sit together. Item i's slot k is `packed[i * STRIDE + k]`.

/** Slots per item in `ItemTables.packed`. */
export const STRIDE = 8;
/** Lowest option value. */
export const SLOT_LOW = 0;
/** Highest option value. */
export const SLOT_HIGH = 1;
/** 1 when every integer from low to high is an option (no `valid` table read needed). */
export const SLOT_DENSE = 2;
/** Added to `SLOT_SIGN × value` to give the item score: low + high if reversed, else 0. */
export const SLOT_BASE = 3;
/** -1 if reversed, else 1. */
export const SLOT_SIGN = 4;
/** Weight in the total (0 for unscored items). */
export const SLOT_WEIGHT = 5;
/** 1 for scored items, else 0. */
export const SLOT_SCORED = 6;
