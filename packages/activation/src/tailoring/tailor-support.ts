import type { ActivationLevel, CommunicationPreferences } from '@livewell/core';
import { levelGuidance } from './level-guidance.js';
import type { InformationStyle, SupportOffer, SupportOfferItem } from './support-offer.js';

/** What else is known about the person when tailoring support. */
export interface TailoringContext {
  /** Preferred format; easy read and similar keep information in small chunks at any level. */
  readonly informationFormat?: CommunicationPreferences['format'];
  /** `false` when the person has said they do not want peer support. */
  readonly wantsPeerSupport?: boolean;
  /** A recent screen suggests a mental-health need (e.g. PHQ-9 ≥ 10 or GAD-7 ≥ 8, or an urgent flag). */
  readonly mentalHealthNeed?: boolean;
}

const simpleFormats = new Set(['easy-read', 'audio', 'bsl-video']);

const mentalHealthCheck: SupportOfferItem = {
  kind: 'mental-health-check',
  offer: 'A conversation with a clinician about mood or anxiety, and talking therapies if wanted.',
  rationale: 'Low mood or anxiety makes self-management harder and needs attention first.',
};

/**
 * Tailors support to an activation level: the aim, coaching focus, how to pitch information,
 * and an ordered list of what to offer (health coaching, information, peer support,
 * self-management education), each with a rationale. Pure.
 *
 * @example
 * tailorSupport(1, { informationFormat: 'easy-read' }).items[0]?.kind; // 'health-coaching'
 */
export function tailorSupport(
  level: ActivationLevel,
  context: TailoringContext = {},
): SupportOffer {
  const guidance = levelGuidance[level];
  let items = guidance.items;
  if (context.wantsPeerSupport === false) items = items.filter((i) => i.kind !== 'peer-support');
  if (context.mentalHealthNeed) items = [mentalHealthCheck, ...items];
  const simple =
    context.informationFormat !== undefined && simpleFormats.has(context.informationFormat);
  const information: InformationStyle = level <= 2 || simple ? 'small-chunks' : 'detailed';
  return {
    level,
    aim: guidance.aim,
    coachingFocus: guidance.coachingFocus,
    information,
    items,
    shareScoreWithPerson: level >= 3,
  };
}
