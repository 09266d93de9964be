/** @livewell/care-plan: The care and support planning lifecycle as a pure state machine: plans, goals, action plans, reviews, events and replay. */
export {};
