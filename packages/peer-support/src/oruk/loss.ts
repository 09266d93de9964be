/** Something our model holds that the HSDS 3.0 payload cannot, reported by export or import. */
export interface OrukNote {
  /** Where, e.g. `schedules[0]` or `service.capacity`. */
  readonly path: string;
  readonly code:
    | 'daily-interval'
    | 'bank-holidays-unknown'
    | 'capacity'
    | 'address-lines'
    | 'verification-date'
    | 'cost-unknown'
    | 'unsupported-rule'
    | 'unsupported-offset'
    | 'unreadable-time'
    | 'missing-date'
    | 'unknown-value'
    | 'defaulted'
    | 'derived'
    | 'timetable-unknown'
    | 'unsupported-zone'
    | 'not-in-profile';
  readonly message: string;
}
