/** @livewell/fhir: FHIR R4 export and import of livewell care plans, goals, assessments, referrals and directory records. */
export {};
