import type { SupportOfferItem } from './support-offer.js';

/** The fixed guidance for one level, written for livewell from the domain brief §3.8. */
export interface LevelGuidance {
  readonly aim: string;
  readonly coachingFocus: string;
  readonly items: readonly SupportOfferItem[];
}

/** Guidance per activation level, in priority order. */
export const levelGuidance: Readonly<Record<1 | 2 | 3 | 4, LevelGuidance>> = {
  1: {
    aim: 'Notice how everyday habits and symptoms are linked, and feel that taking part is worthwhile.',
    coachingFocus:
      'Build awareness and confidence: connect symptoms to behaviours, let the person pick where to start, and agree one very small step that is almost certain to succeed.',
    items: [
      {
        kind: 'health-coaching',
        offer: 'One-to-one health coaching, at a pace the person sets.',
        rationale:
          'People at this level often feel overwhelmed; a coach helps choose a first small, winnable step.',
      },
      {
        kind: 'information',
        offer: 'Short, simple information, one topic at a time.',
        rationale: 'Too much at once can discourage; small chunks are easier to act on.',
      },
      {
        kind: 'peer-support',
        offer: 'An informal, low-demand peer contact (a buddy or drop-in group).',
        rationale: 'Hearing from someone with the same condition can make change feel possible.',
      },
    ],
  },
  2: {
    aim: 'Build the knowledge, skills and confidence for new self-management tasks.',
    coachingFocus:
      'Teach simple monitoring of symptoms and habits, and spot what tends to knock goals off course.',
    items: [
      {
        kind: 'health-coaching',
        offer: 'Health coaching focused on skills and self-monitoring.',
        rationale: 'Confidence grows as people learn to track their own symptoms and behaviours.',
      },
      {
        kind: 'self-management-education',
        offer: 'A structured self-management course for the condition.',
        rationale: 'Learning alongside others builds knowledge and skills in a supported way.',
      },
      {
        kind: 'peer-support',
        offer: 'A peer-support group for the condition.',
        rationale: 'Practical tips from peers help turn knowledge into habits.',
      },
      {
        kind: 'information',
        offer: 'Short, simple information that builds step by step.',
        rationale: 'Small chunks remain easier to absorb while confidence is still growing.',
      },
    ],
  },
  3: {
    aim: 'Start new health behaviours and get better at monitoring and adjusting them.',
    coachingFocus:
      'Encourage and problem-solve: review what worked, adjust or add goals, and celebrate successes.',
    items: [
      {
        kind: 'self-management-education',
        offer: 'Self-management education or a course to deepen skills.',
        rationale: 'People taking action benefit from detailed, practical methods.',
      },
      {
        kind: 'peer-support',
        offer: 'Peer support or an activity group to keep momentum.',
        rationale: 'Others doing the same thing help sustain new behaviours.',
      },
      {
        kind: 'health-coaching',
        offer: 'Lighter-touch coaching for problem-solving when goals stall.',
        rationale: 'Occasional support to adjust goals is enough at this level.',
      },
      {
        kind: 'information',
        offer: 'Detailed, actionable information and tools.',
        rationale: 'People at this level can use fuller information to refine what they do.',
      },
    ],
  },
  4: {
    aim: 'Keep healthy behaviours going, including through difficult times.',
    coachingFocus:
      'Plan ahead for situations that could derail the plan (illness, stress, life changes) and how to get back on track.',
    items: [
      {
        kind: 'relapse-prevention-planning',
        offer: 'A brief review to plan for setbacks and keep going.',
        rationale: 'The main risk now is losing hard-won habits when things get difficult.',
      },
      {
        kind: 'peer-support',
        offer: 'Peer support, including the option to support others as a volunteer.',
        rationale: 'Helping others reinforces one’s own self-management.',
      },
      {
        kind: 'information',
        offer: 'Detailed information on request.',
        rationale: 'People at this level seek out and use information themselves.',
      },
    ],
  },
};
