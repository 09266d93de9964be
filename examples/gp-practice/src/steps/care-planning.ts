/**
 * Steps 2–4 of the story: recall and information gathering, preparation letters dated by the
 * preparation timeline, arrival checks at reception, and care-planning conversations that end
 * in agreed plans — all through `@livewell/care-plan` commands saved by storage.
 */
import { type PreparationStep, planPreparation, startCarePlan } from '@livewell/care-plan';
import {
  addCalendarDays,
  addWorkingDays,
  type GoalDomain,
  type IsoDate,
  type IsoInstant,
  instantToMs,
  localDateOf,
  msToInstant,
  type RecordId,
  zonedInstant,
} from '@livewell/core';
import type { Progress } from '../report/terminal.js';
import {
  command,
  contextAt,
  count,
  mustCommand,
  mustSession,
  type SessionStep,
  type Sim,
  session,
} from '../sim.js';
import { personActor, type RegisteredPerson, recallSystem, staff } from '../world.js';
import { agendaFor, markTopics, preparationLetterFor } from './agenda.js';

/** The care-planning script for one person, in the person's own words. */
interface Conversation {
  readonly whatMatters: string;
  readonly goals: readonly { text: string; domain: GoalDomain }[];
  readonly action: {
    what: string;
    howMuch: string;
    when: string;
    howOften: string;
    smaller: string;
  };
}

const whatMatters = [
  'Being well enough to look after my grandchildren on Fridays',
  'Staying independent in my own home',
  'Getting back to work without feeling wiped out',
  'Not ending up in hospital again this winter',
  'Being able to get out and see people again',
];

const goalsByCondition: Record<string, { text: string; domain: GoalDomain }> = {
  '44054006': { text: 'Lose weight so my sugars come down', domain: 'biological' },
  '13645005': { text: 'Walk to the shops without stopping for breath', domain: 'biological' },
  '84114007': { text: 'Keep my ankles from swelling by watching my fluids', domain: 'biological' },
  '38341003': { text: 'Get my blood pressure down by walking more', domain: 'biological' },
  '195967001': { text: 'Use my inhaler properly and get through the winter', domain: 'biological' },
  '35489007': { text: 'Feel less low and sleep better', domain: 'psychological' },
};

const otherGoals: readonly { text: string; domain: GoalDomain }[] = [
  { text: 'Worry less about my health and feel less stressed', domain: 'psychological' },
  { text: 'Meet people — I have been lonely since I retired', domain: 'social' },
  { text: 'Cook healthier meals for the family', domain: 'social' },
  { text: 'Make new friends who understand what living with this is like', domain: 'social' },
];

const actions = [
  {
    what: 'Walk round the park',
    howMuch: '20 minutes',
    when: 'after breakfast',
    howOften: '4 mornings a week',
    smaller: '10 minutes',
  },
  {
    what: 'Cook a meal from scratch',
    howMuch: 'one meal',
    when: 'Sunday evening',
    howOften: 'once a week',
    smaller: 'one simple meal',
  },
  {
    what: 'Do the breathing exercises from rehab',
    howMuch: '10 minutes',
    when: 'before bed',
    howOften: 'every day',
    smaller: '5 minutes',
  },
  {
    what: 'Phone a friend or go to a group',
    howMuch: 'one call or visit',
    when: 'in the afternoon',
    howOften: 'twice a week',
    smaller: 'one call',
  },
];

function scriptFor(entry: RegisteredPerson, sim: Sim): Conversation {
  const main =
    goalsByCondition[entry.person.conditions[0]?.code ?? ''] ??
    (otherGoals[0] as Conversation['goals'][number]);
  const second = sim.random.pick(otherGoals);
  return {
    whatMatters: sim.random.pick(whatMatters),
    goals: second.text === main.text ? [main] : [main, second],
    action: sim.random.pick(actions),
  };
}

/** Conversation slots: working days from `firstDay`, eight 30-minute slots a day, local time. */
export function conversationSlots(sim: Sim, firstDay: IsoDate, count: number): IsoInstant[] {
  const times = ['09:00', '09:30', '10:00', '10:30', '11:30', '14:00', '14:30', '15:30'];
  const slots: IsoInstant[] = [];
  let day =
    addWorkingDays(firstDay, 0, sim.bankHolidays) === firstDay
      ? firstDay
      : addWorkingDays(firstDay, 1, sim.bankHolidays);
  while (slots.length < count) {
    for (const time of times)
      if (slots.length < count) slots.push(zonedInstant(day, time, sim.timeZone));
    day = addWorkingDays(day, 1, sim.bankHolidays);
  }
  return slots;
}

const stepAt = (steps: readonly PreparationStep[], kind: PreparationStep['kind']) =>
  steps.find((s) => s.kind === kind)?.at;

const minutesAfter = (at: IsoInstant, minutes: number) =>
  msToInstant(instantToMs(at) + minutes * 60_000);

/** What the care-planning steps produced, for later steps. */
export interface PlannedPerson {
  readonly entry: RegisteredPerson;
  readonly planId: RecordId;
  readonly conversationAt: IsoInstant;
  readonly goals: readonly string[];
}

/**
 * Runs recall → preparation → arrival → conversation → agreement for every person. One
 * person's letter goes out late (the lead-time rule refuses the conversation until a reason is
 * recorded); some people did not get the agenda sheet; low-confidence action plans are revised.
 */
export async function runCarePlanning(
  sim: Sim,
  people: readonly RegisteredPerson[],
  firstConversationDay: IsoDate,
  progress: Progress,
): Promise<PlannedPerson[]> {
  const slots = conversationSlots(sim, firstConversationDay, people.length);
  const planned: PlannedPerson[] = [];
  for (const [i, entry] of people.entries()) {
    const conversationAt = slots[i] as IsoInstant;
    const personId = entry.person.id;
    const steps = planPreparation(conversationAt, sim.policy, sim.timeZone, sim.bankHolidays);
    const testsAt = stepAt(steps, 'information-gathering') as IsoInstant;
    const letterAt = stepAt(steps, 'results-and-agenda-letter') as IsoInstant;
    const arrivalAt = stepAt(steps, 'arrival-check') as IsoInstant;
    const inviteAt = zonedInstant(
      addCalendarDays(localDateOf(testsAt, sim.timeZone), -14),
      '08:00',
      sim.timeZone,
    );

    // 2. Recall and information gathering.
    const started = startCarePlan(
      { tenantId: entry.person.tenantId, personId, careTeam: entry.careTeam },
      contextAt(sim, inviteAt, recallSystem),
    );
    if (!started.ok) throw new Error(`demo script: start rejected: ${started.error.message}`);
    const planId = started.value.plan.id;
    await sim.practice.carePlans.create(started.value.plan, started.value.events);
    count(sim, 'plans started');
    const booking = minutesAfter(inviteAt, 60);
    await mustSession(sim, planId, [
      {
        cmd: { type: 'book-information-gathering', start: testsAt },
        now: booking,
        actor: staff.reception.actor,
      },
      {
        cmd: { type: 'book-conversation', start: conversationAt },
        now: booking,
        actor: staff.reception.actor,
      },
    ]);

    // Preparation: results and the agenda-setting sheet, dated by the timeline (one goes late).
    const lateLetter = i === 7;
    const sentAt = lateLetter ? minutesAfter(conversationAt, -3 * 24 * 60) : letterAt;
    const letter = preparationLetterFor(entry.person);
    await mustCommand(
      sim,
      planId,
      { type: 'send-preparation', letter },
      sentAt,
      staff.reception.actor,
    );
    count(sim, 'preparation letters sent');
    if (letter.format.format !== 'standard') count(sim, `letters in ${letter.format.format}`);
    if (steps.some((s) => s.kind === 'reminder')) count(sim, 'reminders sent');

    // 3. The sheet handed in (online, before the day) and the arrival check at reception: some
    // people did not bring it; help is offered, and those who take it fill it in at reception.
    const sheetReceived = !sim.random.chance(0.12);
    const script = scriptFor(entry, sim);
    const agenda = agendaFor(i, script.whatMatters);
    const helpTaken = sheetReceived ? undefined : i % 2 === 0;
    if (sheetReceived) {
      await mustCommand(
        sim,
        planId,
        { type: 'record-agenda', agenda },
        minutesAfter(sentAt, 3 * 24 * 60),
        personActor(personId),
      );
    }
    await mustCommand(
      sim,
      planId,
      {
        type: 'record-arrival',
        agendaSheetReceived: sheetReceived,
        ...(helpTaken !== undefined && { helpTaken }),
      },
      arrivalAt,
      staff.reception.actor,
    );
    if (helpTaken) {
      await mustCommand(
        sim,
        planId,
        { type: 'record-agenda', agenda },
        arrivalAt,
        staff.reception.actor,
      );
    }
    if (!sheetReceived) count(sim, 'agenda sheets reissued with help offered');
    if (helpTaken) count(sim, 'help taken to fill in the agenda sheet');
    const topics = sheetReceived || helpTaken ? agenda.topics.length : 0;
    count(sim, 'agenda topics raised', topics);

    // 4. The conversation, recorded as one session: what matters, goals, an action plan.
    const clinician = i % 3 === 0 ? staff.gp.actor : staff.nurse.actor;
    const talk = minutesAfter(conversationAt, 5);
    const plan15 = minutesAfter(conversationAt, 15);
    const confidence = Math.max(
      3,
      Math.min(10, Math.round(sim.random.normal(6.8 + entry.engagement * 2, 1.4))),
    );
    const needsContingency = entry.person.conditions.some(
      (c) => c.code === '13645005' || c.code === '84114007',
    );
    const conversation = (leadTimeOverrideReason?: string): SessionStep[] => [
      {
        cmd: leadTimeOverrideReason
          ? { type: 'start-conversation', leadTimeOverrideReason }
          : { type: 'start-conversation' },
        now: conversationAt,
        actor: clinician,
      },
      {
        cmd: { type: 'record-what-matters', text: script.whatMatters, inOwnWords: true },
        now: talk,
        actor: clinician,
      },
      ...script.goals.map(
        (goal): SessionStep => ({
          cmd: { type: 'set-goal', description: goal.text, domain: goal.domain, owner: 'person' },
          now: talk,
          actor: personActor(personId),
        }),
      ),
      // The person's topics from their sheet, each marked (one becomes their goal).
      ...markTopics(i, topics, talk, clinician),
      {
        cmd: (plan) => ({
          type: 'draft-action-plan',
          goalId: plan.goals[0]!.id,
          what: script.action.what,
          howMuch: script.action.howMuch,
          when: script.action.when,
          howOften: script.action.howOften,
          owner: personActor(personId),
          confidence,
          supportNeeded: [
            { kind: 'motivation', text: 'A check-in call from the health coach after two weeks' },
          ],
        }),
        now: plan15,
        actor: clinician,
      },
      ...(needsContingency
        ? [
            {
              cmd: {
                type: 'record-contingency-plan',
                warningSigns: ['More breathless than usual', 'Ankles swelling'],
                whatToDo: ['Start the rescue pack as agreed', 'Rest and keep warm'],
                whomToCall: [
                  { name: 'Practice nurse', role: 'weekdays 08:00–18:30', phone: '0113 496 0000' },
                  { name: 'NHS 111', role: 'evenings and weekends', phone: '111' },
                ],
              },
              now: plan15,
              actor: clinician,
            } satisfies SessionStep,
          ]
        : []),
    ];
    const opened = await session(sim, planId, conversation());
    if (!opened.ok) {
      if (opened.code !== 'results-lead-time')
        throw new Error(`demo script: conversation refused: ${opened.message}`);
      sim.story.highlights.push(
        `${entry.person.name.given} ${entry.person.name.family}: conversation refused (${opened.code}) — results went out 3 days ahead; the nurse recorded why they went ahead.`,
      );
      await mustSession(
        sim,
        planId,
        conversation('Person chose to go ahead; results talked through in the appointment.'),
      );
      count(sim, 'lead-time overrides recorded');
    }
    for (const goal of script.goals) count(sim, `goals:${goal.domain}`);

    // Agreement: a plan rated below 7 is refused until it is revised.
    const agreeAt = minutesAfter(conversationAt, 25);
    const reviewDate = addCalendarDays(localDateOf(conversationAt, sim.timeZone), 365);
    const agreed = await command(
      sim,
      planId,
      { type: 'agree-plan', reviewDate },
      agreeAt,
      clinician,
    );
    if (!agreed.ok) {
      if (agreed.code !== 'low-confidence-needs-reason')
        throw new Error(`demo script: agree refused: ${agreed.message}`);
      await mustSession(sim, planId, [
        {
          cmd: (plan) => ({
            type: 'revise-action-plan',
            actionPlanId: plan.actionPlans[0]!.id,
            changes: { howMuch: script.action.smaller, confidence: Math.max(7, confidence + 2) },
          }),
          now: agreeAt,
          actor: clinician,
        },
        { cmd: { type: 'agree-plan', reviewDate }, now: agreeAt, actor: clinician },
      ]);
      count(sim, 'action plans revised for confidence before agreement');
      if (sim.story.highlights.length < 3) {
        sim.story.highlights.push(
          `${entry.person.name.given} ${entry.person.name.family}: rated "${script.action.what}, ${script.action.howMuch}" ${confidence}/10 — agreement refused; revised to ${script.action.smaller} before agreeing.`,
        );
      }
    }
    count(sim, 'plans agreed');
    planned.push({ entry, planId, conversationAt, goals: script.goals.map((g) => g.text) });
    progress.tick();
  }
  progress.done();
  return planned;
}
