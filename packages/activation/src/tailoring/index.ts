export type { LevelGuidance } from './level-guidance.js';
export { levelGuidance } from './level-guidance.js';
export type {
  InformationStyle,
  SupportOffer,
  SupportOfferItem,
  SupportOfferKind,
} from './support-offer.js';
export type { TailoringContext } from './tailor-support.js';
export { tailorSupport } from './tailor-support.js';
