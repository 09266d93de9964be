/**
 * CS-PAM before and after the development programme, through the licensed-scorer bridge with a
 * practitioner subject (`recordPractitionerResult`). CS-PAM is licensed (Insignia Health):
 * livewell ships no items and no scoring, and neither does this demo — the scores below are
 * SYNTHETIC, invented for the demo, standing in for a licensed scoring platform's export.
 */
import { csPam, recordPractitionerResult } from '@livewell/activation';
import type { IsoInstant, PractitionerAssessment, PractitionerPlace } from '@livewell/core';
import type { Random } from '../../random.js';
import { count, type Sim } from '../../sim.js';
import { programmeCoordinator } from './team.js';

/** Before the first workshop, and a month after the programme ended. */
export const CS_PAM_BEFORE: IsoInstant = '2027-02-15T12:00:00Z';
export const CS_PAM_AFTER: IsoInstant = '2027-07-07T12:00:00Z';

/**
 * A SYNTHETIC stand-in for a licensed CS-PAM platform's export: a score (0–100, one decimal) per
 * practitioner, clearly labelled as demo data with no licence. Not CS-PAM software.
 */
export function syntheticCsPamExport(
  random: Random,
  practitionerIds: readonly string[],
  scoredAt: IsoInstant,
  shift = 0,
) {
  return practitionerIds.map((practitionerId) => ({
    practitionerId,
    result: {
      kind: 'scale',
      instrument: { id: 'cs-pam', version: 'CS-PAM (synthetic demo data)' },
      scorer: {
        id: 'synthetic-cs-pam-platform',
        name: 'SYNTHETIC demo scorer — not CS-PAM software',
        version: 'demo',
      },
      licenceReference: 'DEMO-NO-LICENCE-SYNTHETIC-DATA',
      scoredAt,
      score: Math.round(Math.max(0, Math.min(100, random.normal(58 + shift, 6))) * 10) / 10,
    },
  }));
}

/** Stores one round of CS-PAM results as practitioner assessments (never a patient's). */
async function importRound(
  sim: Sim,
  rows: ReturnType<typeof syntheticCsPamExport>,
  completedAt: IsoInstant,
): Promise<PractitionerAssessment[]> {
  const stored: PractitionerAssessment[] = [];
  for (const row of rows) {
    const r = recordPractitionerResult(csPam, row.result, {
      id: sim.ids('cs-pam'),
      tenantId: sim.practice.tenantId,
      practitionerId: row.practitionerId,
      completedAt,
      recordedBy: programmeCoordinator.actor,
    });
    if (!r.ok) throw new Error(`demo: CS-PAM import refused: ${r.error.message}`);
    stored.push(await sim.practice.practitionerAssessments.append(r.value));
    count(sim, 'CS-PAM results imported');
  }
  return stored;
}

/**
 * CS-PAM for everyone offered a place, before the programme; after it, for those who completed
 * (the member who withdrew is not asked again).
 */
export async function runCsPam(
  sim: Sim,
  random: Random,
  places: readonly PractitionerPlace[],
): Promise<PractitionerAssessment[]> {
  const everyone = places.map((p) => p.practitionerId);
  const completed = places.filter((p) => p.status === 'completed').map((p) => p.practitionerId);
  return [
    ...(await importRound(
      sim,
      syntheticCsPamExport(random, everyone, CS_PAM_BEFORE),
      CS_PAM_BEFORE,
    )),
    ...(await importRound(
      sim,
      syntheticCsPamExport(random, completed, CS_PAM_AFTER, 7),
      CS_PAM_AFTER,
    )),
  ];
}
