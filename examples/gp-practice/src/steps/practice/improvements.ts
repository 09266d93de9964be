/**
 * The practice's improvement log (`@livewell/practice`), with the worked example from the
 * sources: feedback from the skills programme's participants leads staff and patients to
 * co-design an agenda-setting leaflet mailed with appointment letters, and a reception check for
 * the sheet at arrival. Both go idea → trial → in routine use; a third idea is dropped. Patient
 * co-designers are held by link (`personId`) only.
 */
import type {
  CarePlan,
  CoDesigner,
  Improvement,
  ImprovementCommand,
  IsoInstant,
  RecordId,
} from '@livewell/core';
import { ok } from '@livewell/core';
import { type ImprovementProposal, proposeImprovement, transition } from '@livewell/practice';
import { count, type Sim } from '../../sim.js';
import { PRACTICE_ORGANISATION, type StaffMember, staff, staffMemberships } from '../../world.js';
import { listAll } from '../cohort.js';

/** The patients' skills course whose participants' feedback started the worked example. */
export const SKILLS_PROGRAMME_ID = 'prog-living-well-2027-01' as RecordId;

/** One scripted improvement: the proposal and its later commands, each by someone at a time. */
interface Script {
  readonly proposal: ImprovementProposal;
  readonly by: StaffMember;
  readonly at: IsoInstant;
  readonly steps: readonly {
    readonly cmd: ImprovementCommand;
    readonly at: IsoInstant;
    readonly by: StaffMember;
  }[];
}

const percent = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);

/** The worked example's scripts, with measures taken from the stored care plans. */
function scripts(plans: readonly CarePlan[], patients: readonly CoDesigner[]): Script[] {
  const arrived = plans.filter((p) => p.preparation?.arrival !== undefined);
  const withSheet = arrived.filter((p) => p.preparation?.arrival?.agendaSheetReceived).length;
  const reissued = arrived.filter((p) => p.preparation?.arrival?.sheetReissuedAt).length;
  const origin = {
    kind: 'programme-feedback',
    programmeId: SKILLS_PROGRAMME_ID,
    note: 'Participants said at the last workshop that they came to reviews unsure what they could raise.',
  } as const;
  return [
    {
      proposal: {
        practiceId: PRACTICE_ORGANISATION,
        title: 'Agenda-setting leaflet mailed with appointment letters',
        problem:
          'People arrive at their review unsure what they want to talk about; the agenda sheet alone does not explain why it matters.',
        origin,
        coDesigners: [
          { kind: 'staff', practitionerId: staff.nurse.actor.practitionerId },
          { kind: 'staff', practitionerId: staff.reception.actor.practitionerId },
          ...patients,
        ],
      },
      by: staff.nurse,
      at: '2027-02-24T12:00:00Z',
      steps: [
        {
          cmd: {
            type: 'record-measure',
            name: 'reviews where the person arrived with their agenda sheet (baseline)',
            value: percent(withSheet, arrived.length),
            unit: '%',
            note: `${withSheet} of ${arrived.length} arrivals recorded on the care plans`,
          },
          at: '2027-03-01T09:00:00Z',
          by: staff.nurse,
        },
        { cmd: { type: 'start-trial' }, at: '2027-04-06T09:00:00Z', by: staff.nurse },
        {
          cmd: {
            type: 'record-measure',
            name: 'leaflets mailed during the trial',
            value: 60,
            note: 'One month of appointment letters',
          },
          at: '2027-05-06T09:00:00Z',
          by: staff.reception,
        },
        { cmd: { type: 'adopt' }, at: '2027-07-05T09:00:00Z', by: staff.nurse },
      ],
    },
    {
      proposal: {
        practiceId: PRACTICE_ORGANISATION,
        title: 'Reception checks for the agenda sheet at arrival',
        problem:
          'Some people arrive without their sheet and the conversation starts without their agenda.',
        origin,
        coDesigners: [
          { kind: 'staff', practitionerId: staff.reception.actor.practitionerId },
          { kind: 'staff', practitionerId: staff.hca.actor.practitionerId },
          ...patients.slice(0, 1),
        ],
      },
      by: staff.reception,
      at: '2027-02-24T12:30:00Z',
      steps: [
        {
          cmd: {
            type: 'record-measure',
            name: 'sheets reissued at arrival (baseline)',
            value: reissued,
            note: `of ${arrived.length} arrivals recorded on the care plans`,
          },
          at: '2027-03-01T09:30:00Z',
          by: staff.reception,
        },
        { cmd: { type: 'start-trial' }, at: '2027-04-06T09:00:00Z', by: staff.reception },
        { cmd: { type: 'adopt' }, at: '2027-06-01T09:00:00Z', by: staff.reception },
      ],
    },
    {
      proposal: {
        practiceId: PRACTICE_ORGANISATION,
        title: 'Text reminder the day before with a link to the agenda sheet',
        problem: 'People forget to bring the sheet they were sent.',
        origin: { kind: 'staff-suggestion' },
        coDesigners: [{ kind: 'staff', practitionerId: staff.linkWorker.actor.practitionerId }],
      },
      by: staff.linkWorker,
      at: '2027-04-12T12:00:00Z',
      steps: [
        { cmd: { type: 'start-trial' }, at: '2027-05-03T09:00:00Z', by: staff.linkWorker },
        {
          cmd: {
            type: 'drop',
            reason:
              'It duplicated the recall system’s reminders; people found two messages confusing.',
          },
          at: '2027-06-14T09:00:00Z',
          by: staff.linkWorker,
        },
      ],
    },
  ];
}

/** Patients who completed the skills course, as co-designer links (at most two). */
async function patientCoDesigners(sim: Sim): Promise<CoDesigner[]> {
  const enrolments = await listAll((page) =>
    sim.practice.enrolments.listByProgramme(SKILLS_PROGRAMME_ID, page),
  );
  return enrolments
    .filter(({ record }) => record.status === 'completed')
    .slice(0, 2)
    .map(({ record }) => ({ kind: 'patient', personId: record.personId }));
}

/** Logs the improvements and moves them through their lifecycle; returns the final records. */
export async function runImprovements(sim: Sim): Promise<Improvement[]> {
  const plans = (await listAll((page) => sim.practice.carePlans.list(page))).map((v) => v.record);
  const context = (now: IsoInstant, by: StaffMember) => ({
    now,
    actor: by.actor,
    ids: sim.ids,
    memberships: staffMemberships,
    systems: [],
  });
  const out: Improvement[] = [];
  for (const script of scripts(plans, await patientCoDesigners(sim))) {
    const proposed = proposeImprovement(
      sim.practice.tenantId,
      script.proposal,
      context(script.at, script.by),
    );
    if (!proposed.ok) throw new Error(`demo: improvement refused: ${proposed.error.message}`);
    let improvement = proposed.value.improvement;
    await sim.practice.improvements.create(improvement, proposed.value.events);
    count(sim, 'improvements logged');
    for (const step of script.steps) {
      const r = await sim.practice.improvements.update(improvement.id, (current) => {
        const t = transition(current, step.cmd, context(step.at, step.by));
        return t.ok ? ok({ improvement: t.value.improvement, events: t.value.events }) : t;
      });
      if (!r.ok) throw new Error(`demo: improvement ${step.cmd.type} refused: ${r.error.message}`);
      improvement = r.value.improvement.record;
    }
    count(sim, `improvements ${improvement.status.replaceAll('-', ' ')}`);
    out.push(improvement);
  }
  return out;
}
