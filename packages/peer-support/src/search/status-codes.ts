import type { ServiceStatus } from '@livewell/core';

/** Statuses as small codes (bit positions in a query's status mask). */
export const STATUS_CODES: readonly ServiceStatus[] = [
  'active',
  'inactive',
  'defunct',
  'temporarily-closed',
];
