/**
 * The layout of one row of a grid cell in the `CellArena`: 48 bytes, read as two floats
 * (latitude, longitude) then, past them, int32s (slot, shape, tenant, status code, the row's terms).
 */
/** Bytes per entry: six 8-byte numbers, read as two floats then ten int32s. */
export const ENTRY_BYTES = 48;
/** Float64 numbers per entry (latitude and longitude come first). */
export const ENTRY_F = ENTRY_BYTES / 8;
/** Int32 numbers per entry (the first four overlay the latitude and longitude). */
export const ENTRY_I = ENTRY_BYTES / 4;
/** Float offset of the latitude. */
export const F_LAT = 0;
/** Float offset of the longitude. */
export const F_LON = 1;
/** Int offset of the slot in the slot table. */
export const I_SLOT = 4;
/** Int offset of the schedule shape (as the slot table's `shape` column). */
export const I_SHAPE = 5;
/** Int offset of the tenant number. */
export const I_TENANT = 6;
/** Int offset of the status code (index in `STATUS_CODES`, or {@link BY_MATCHER}). */
export const I_CODE = 7;
/** Int offset of the number of terms the row holds (above {@link ROW_TERMS}: ask the slot table). */
export const I_TERM_COUNT = 8;
/** Int offset of the row's first term number (then the next {@link ROW_TERMS} − 1). */
export const I_TERMS = 9;
/** Term numbers kept in an entry; a row holding more is read from the slot table. */
export const ROW_TERMS = 3;
/** The term number of an unused term place (never a term's number, nor an unknown one's -1). */
export const NO_TERM = -2;
/** The code of a row its numbers cannot decide (several points, a status this release does not know). */
export const BY_MATCHER = -1;
