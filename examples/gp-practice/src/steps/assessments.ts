/**
 * Steps 5–6 of the story: SEMCD-6 and PHQ-9 scored by `@livewell/activation` and stored; one
 * PHQ-9 raises the item-9 safety flag, which becomes a clinician task; PAM results imported
 * exactly as a licensed scorer returned them; support tailored to each activation level.
 */
import {
  assessmentFromScored,
  PHQ9_ITEM9_FLAG,
  pam13,
  phq9,
  recordLicensedResult,
  score,
  semcd6,
  tailorSupport,
} from '@livewell/activation';
import type { ActivationLevel, IsoInstant, ItemResponse, ScoredAssessment } from '@livewell/core';
import { instantToMs, msToInstant } from '@livewell/core';
import { tasksFromAssessment } from '@livewell/worklist';
import type { Progress } from '../report/terminal.js';
import { count, type Sim } from '../sim.js';
import { staff } from '../world.js';
import type { PlannedPerson } from './care-planning.js';
import { handleUrgentTasks, storeWithTasks, worklistPolicy } from './worklist.js';

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Synthetic SEMCD-6 answers (1–10) that follow the person's engagement. */
function semcdAnswers(sim: Sim, engagement: number): ItemResponse[] {
  return semcd6.items.map((item) => ({
    itemId: item.id,
    value: clamp(Math.round(sim.random.normal(3 + engagement * 6, 1.3)), 1, 10),
  }));
}

/** Synthetic PHQ-9 answers (0–3); item 9 stays 0 unless `item9` is given. */
function phqAnswers(sim: Sim, severity: number, item9 = 0): ItemResponse[] {
  return phq9.items.map((item, i) => ({
    itemId: item.id,
    value:
      i === 8
        ? item9
        : i === 9
          ? clamp(Math.round(severity * 2), 0, 3)
          : clamp(Math.round(sim.random.normal(severity * 2.2, 0.7)), 0, 3),
  }));
}

/**
 * A SYNTHETIC stand-in for a licensed PAM scoring platform's export. livewell never computes
 * PAM: these numbers are invented for the demo from each person's synthetic engagement, and the
 * level is what this pretend platform "returned". Real deployments import their licensed
 * scorer's output the same way.
 */
export function syntheticPamExport(
  sim: Sim,
  planned: readonly PlannedPerson[],
  at: (p: PlannedPerson) => IsoInstant,
  shift = 0,
) {
  let olderBanding = shift !== 0;
  return planned.map((p) => {
    const value =
      Math.round(clamp(sim.random.normal(38 + p.entry.engagement * 38 + shift, 6), 20, 98) * 10) /
      10;
    // The pretend platform's own banding (current published cut points), standing in for the licensed software.
    let level: ActivationLevel = value <= 47 ? 1 : value <= 55.1 ? 2 : value <= 72.4 ? 3 : 4;
    // One record comes from an older installation that still bands with the earlier cut points
    // (level 4 from 67.1): livewell keeps the level as returned and warns.
    if (!olderBanding && value > 67 && value <= 72.4) {
      olderBanding = true;
      level = 4;
    }
    return {
      personId: p.entry.person.id,
      result: {
        kind: 'activation',
        instrument: { id: 'pam-13', version: 'PAM-13 (synthetic demo data)' },
        scorer: {
          id: 'synthetic-pam-platform',
          name: 'SYNTHETIC demo scorer — not PAM software',
          version: 'demo',
        },
        licenceReference: 'DEMO-NO-LICENCE-SYNTHETIC-DATA',
        scoredAt: at(p),
        score: value,
        level,
      },
    };
  });
}

/** Stores a PAM export; returns the stored assessments by person. */
export async function importPam(
  sim: Sim,
  rows: ReturnType<typeof syntheticPamExport>,
  completedAt: (personId: string) => IsoInstant,
) {
  const stored = new Map<string, ScoredAssessment>();
  for (const row of rows) {
    const recorded = recordLicensedResult(pam13, row.result, {
      id: sim.ids('assessment'),
      tenantId: sim.practice.tenantId,
      personId: row.personId,
      completedAt: completedAt(row.personId),
      recordedBy: staff.coach.actor,
    });
    if (!recorded.ok) throw new Error(`demo: PAM import refused: ${recorded.error.message}`);
    for (const warning of recorded.value.warnings) {
      count(sim, 'PAM level warnings');
      if (sim.story.highlights.length < 8)
        sim.story.highlights.push(
          `PAM import warning (level kept as returned): ${warning.message}`,
        );
    }
    await sim.practice.assessments.append(recorded.value.assessment);
    stored.set(row.personId, recorded.value.assessment);
    count(sim, 'PAM results imported');
  }
  return stored;
}

async function storeScored(
  sim: Sim,
  p: PlannedPerson,
  instrument: typeof phq9,
  responses: ItemResponse[],
  completedAt: IsoInstant,
) {
  const scored = score(instrument, responses);
  if (!scored.ok) throw new Error(`demo: ${instrument.id} unscorable: ${scored.error.message}`);
  const assessment = assessmentFromScored(scored.value, {
    id: sim.ids('assessment'),
    tenantId: sim.practice.tenantId,
    personId: p.entry.person.id,
    completedAt,
    responses,
    recordedBy: staff.nurse.actor,
  });
  if (!assessment.ok) throw new Error(`demo: assessment rejected: ${assessment.error.message}`);
  // The library's path: the assessment and a task for each urgent/review flag, in one transaction.
  await storeWithTasks(sim, assessment.value);
  return assessment.value;
}

/** What the assessment steps stored. */
export interface AssessedPeople {
  readonly semcd: Map<string, ScoredAssessment>;
  readonly phq: Map<string, ScoredAssessment>;
  readonly pam: Map<string, ScoredAssessment>;
  readonly offers: Map<ActivationLevel, Map<string, number>>;
}

/** Runs steps 5 and 6 for everyone with an agreed plan. */
export async function runAssessments(
  sim: Sim,
  planned: readonly PlannedPerson[],
  progress: Progress,
): Promise<AssessedPeople> {
  const semcd = new Map<string, ScoredAssessment>();
  const phq = new Map<string, ScoredAssessment>();
  const flaggedIndex = Math.min(11, planned.length - 1);
  for (const [i, p] of planned.entries()) {
    const at = msToInstant(instantToMs(p.conversationAt) - 20 * 60_000);
    semcd.set(
      p.entry.person.id,
      await storeScored(sim, p, semcd6, semcdAnswers(sim, p.entry.engagement), at),
    );
    count(sim, 'SEMCD-6 scored');
    const hasDepression = p.entry.person.conditions.some((c) => c.code === '35489007');
    if (hasDepression || i === flaggedIndex || sim.random.chance(0.35)) {
      const severity = clamp(sim.random.normal(hasDepression ? 1.05 : 0.45, 0.3), 0, 1.4);
      const assessment = await storeScored(
        sim,
        p,
        phq9,
        phqAnswers(sim, severity, i === flaggedIndex ? 1 : 0),
        at,
      );
      phq.set(p.entry.person.id, assessment);
      count(sim, 'PHQ-9 scored');
      if (assessment.flags.some((f) => f.code === PHQ9_ITEM9_FLAG)) {
        count(sim, 'PHQ-9 item-9 safety flags');
        sim.story.highlights.push(
          `${p.entry.person.name.given} ${p.entry.person.name.family}: PHQ-9 total ${assessment.scores.total}, item 9 answered above 0 — safety flag raised; the urgent worklist task was acknowledged and closed by ${staff.gp.name}.`,
        );
        const tasks = tasksFromAssessment(assessment, worklistPolicy).map((o) => o.task);
        await handleUrgentTasks(sim, tasks, at);
      }
    }
    progress.tick();
  }
  progress.done();

  const pam = await importPam(
    sim,
    syntheticPamExport(sim, planned, (p) => p.conversationAt),
    (personId) => planned.find((p) => p.entry.person.id === personId)!.conversationAt,
  );

  // 6. Support tailored to activation level.
  const offers = new Map<ActivationLevel, Map<string, number>>();
  for (const p of planned) {
    const level = pam.get(p.entry.person.id)?.level;
    if (level === undefined) continue;
    const phqTotal = phq.get(p.entry.person.id)?.scores.total ?? 0;
    const offer = tailorSupport(level, {
      informationFormat: p.entry.person.communication.format,
      mentalHealthNeed: phqTotal >= 10,
    });
    const byKind = offers.get(level) ?? new Map<string, number>();
    const first = offer.items[0];
    if (first) byKind.set(first.kind, (byKind.get(first.kind) ?? 0) + 1);
    byKind.set(
      `information: ${offer.information}`,
      (byKind.get(`information: ${offer.information}`) ?? 0) + 1,
    );
    offers.set(level, byKind);
  }
  return { semcd, phq, pam, offers };
}
