/**
 * The practice assesses its readiness for supported self-management at the start, middle and
 * end of its year with livewell's own readiness instrument (`practiceReadiness`, not the PCRS-UK
 * tool): the team's self-ratings, 0 not started … 3 in place, stored as practice assessments.
 */
import { assessPractice, practiceReadiness, practiceReadinessDomains } from '@livewell/activation';
import type { IsoInstant, ItemResponse, PracticeAssessment } from '@livewell/core';
import type { Random } from '../../random.js';
import { count, type Sim } from '../../sim.js';
import { PRACTICE_ORGANISATION } from '../../world.js';
import { selfManagementLead } from './team.js';

/** When the practice reviews its readiness: start, middle and end of the year. */
export const READINESS_REVIEWS: readonly { label: string; at: IsoInstant }[] = [
  { label: 'start', at: '2026-10-01T13:00:00Z' },
  { label: 'middle', at: '2027-04-01T13:00:00Z' },
  { label: 'end', at: '2027-10-01T13:00:00Z' },
];

/**
 * The team's typical rating for a domain at review `phase` (0, 1, 2): skills rise after the
 * development programme, systems after the improvements, the rest more slowly.
 */
const typical: Readonly<Record<string, readonly [number, number, number]>> = {
  'finding-people': [1.5, 2, 2.5],
  'preparing-people': [1, 1.5, 2.8],
  'practitioner-skills': [0.5, 1.5, 2.6],
  'systems-and-processes': [0.5, 1.5, 2.5],
  'community-links': [1, 1.5, 2],
  leadership: [1, 2, 2.5],
};

/** Synthetic answers for one review: each statement near its domain's typical rating. */
function answers(random: Random, phase: 0 | 1 | 2): ItemResponse[] {
  return practiceReadinessDomains.flatMap((domain) =>
    domain.statements.map((_, k) => ({
      itemId: `${domain.id}-${k + 1}`,
      value: Math.max(
        0,
        Math.min(3, Math.round(random.normal(typical[domain.id]?.[phase] ?? 1, 0.45))),
      ),
    })),
  );
}

/** Scores and stores the three readiness reviews; returns them oldest first. */
export async function assessReadiness(sim: Sim, random: Random): Promise<PracticeAssessment[]> {
  const stored: PracticeAssessment[] = [];
  for (const [phase, review] of READINESS_REVIEWS.entries()) {
    const r = assessPractice(practiceReadiness, answers(random, phase as 0 | 1 | 2), {
      id: sim.ids('readiness'),
      tenantId: sim.practice.tenantId,
      practiceId: PRACTICE_ORGANISATION,
      completedAt: review.at,
      recordedBy: selfManagementLead.actor,
    });
    if (!r.ok) throw new Error(`demo: readiness review refused: ${r.error.message}`);
    stored.push(await sim.practice.practiceAssessments.append(r.value));
    count(sim, 'practice readiness reviews');
  }
  return stored;
}
