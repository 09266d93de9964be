import type { InstrumentDefinition } from '@livewell/core';
import { gad2 } from './gad2.js';
import { gad7 } from './gad7.js';
import { ons4 } from './ons4.js';
import { pacic } from './pacic.js';
import { phq2 } from './phq2.js';
import { phq9 } from './phq9.js';
import { practiceReadiness } from './practice-readiness.js';
import { semcd6 } from './semcd6.js';
import { yocPracticeChecklist } from './yoc-checklist.js';

/** Every instrument livewell ships with full scoring, by instrument id. */
export const shippedInstruments: Readonly<Record<string, InstrumentDefinition>> = {
  [semcd6.id]: semcd6,
  [phq9.id]: phq9,
  [phq2.id]: phq2,
  [gad7.id]: gad7,
  [gad2.id]: gad2,
  [pacic.id]: pacic,
  [yocPracticeChecklist.id]: yocPracticeChecklist,
  [practiceReadiness.id]: practiceReadiness,
  [ons4.id]: ons4,
};
