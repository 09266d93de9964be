export * from './bank-holidays.js';
export * from './next-sessions.js';
export type { ScheduleOptions, Session } from './session.js';
