export { chunkContent, chunkWords } from './chunk-content.js';
export type { LevelGuidance } from './level-guidance.js';
export { levelGuidance } from './level-guidance.js';
export type { SmallerStep, StepChange } from './smaller-step.js';
export {
  DEFAULT_STEP_FACTOR,
  stepFactorByLevel,
  suggestSmallerStep,
} from './smaller-step.js';
export type {
  InformationStyle,
  SupportOffer,
  SupportOfferItem,
  SupportOfferKind,
} from './support-offer.js';
export type { TailoringContext } from './tailor-support.js';
export { tailorSupport } from './tailor-support.js';
