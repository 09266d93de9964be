export type {
  CapacityError,
  CapacityEvent,
  CapacityLedger,
  SessionEvent,
} from './ledger.js';
export {
  applyCapacityEvent,
  applyToSession,
  openSession,
  openSessionPlaces,
  placesFree,
  placesTaken,
  sessionKey,
} from './ledger.js';
