/** @livewell/activation: Questionnaire scoring (open instruments shipped, licensed ones bridged), activation levels, tailoring, change and cohort reports, with a reusable law suite. */
export {};
