/**
 * @livewell/fhir — FHIR R4 export and import of livewell care plans, goals, assessments,
 * referrals, worklist tasks and directory records. Exports are plain FHIR JSON (typed with
 * `@medplum/fhirtypes` when installed); imports parse untrusted JSON and return typed errors.
 *
 * @packageDocumentation
 */
export * from './assessment/index.js';
export * from './bundle/index.js';
export * from './care-plan/index.js';
export * from './directory/index.js';
export * from './person/index.js';
export * from './referral/index.js';
export * from './shared/index.js';
export * from './task/index.js';
