export type {
  Booking,
  BookingSource,
  CapacityError,
  CapacityEvent,
  CapacityLedger,
  SessionPlaces,
  SessionRef,
} from './ledger.js';
export { applyCapacityEvent, placesFree, placesTaken, sessionKey } from './ledger.js';
