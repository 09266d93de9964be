// Issue 16: every figure of the practice's own report, checked against the stored records. The
// expected figures are counted here from storage, not taken from the report. Called from
// demo.test.ts so the simulation runs once.
import { compareAssessments } from '@livewell/activation';
import {
  type CareTeamMember,
  instantToMs,
  isScoredAssessment,
  type PractitionerPlace,
  type ScoredAssessment,
} from '@livewell/core';
import { programme } from '@livewell/peer-support';
import { replay } from '@livewell/practice';
import type { TenantStore } from '@livewell/storage';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html.js';
import type { SimulationResult } from '../src/simulate.js';
import { listAll } from '../src/steps/cohort.js';
import { DEVELOPMENT_PROGRAMME_ID } from '../src/steps/practice/development.js';
import { SKILLS_PROGRAMME_ID } from '../src/steps/practice/improvements.js';
import { PRACTICE_ORGANISATION } from '../src/world.js';

const byTime = <T extends { completedAt: string }>(a: T, b: T) =>
  instantToMs(a.completedAt) - instantToMs(b.completedAt);
const r2 = (x: number) => Math.round(x * 100) / 100;
const Z = 1.959964;

/** Mean and its normal 95% interval, computed here (not by the library). */
function expectedMean(values: readonly number[]) {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const half = (Z * sd) / Math.sqrt(n);
  return { estimate: r2(mean), lower: r2(mean - half), upper: r2(mean + half) };
}

/** The Wilson score 95% interval (%), computed here. */
function expectedWilson(k: number, n: number) {
  const p = k / n;
  const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / (1 + (Z * Z) / n);
  return {
    estimate: r2(p * 100),
    lower: r2((centre - half) * 100),
    upper: r2((centre + half) * 100),
  };
}

/** The practice-year checks, over the demo's one simulation run. */
export function practiceYearChecks(
  result: () => SimulationResult,
  practice: () => TenantStore,
): void {
  const report = () => result().practiceYear.report;
  const places = async () =>
    (await listAll((p) => practice().practitionerPlaces.list(p))).map((v) => v.record);

  describe("the practice's year and its own report (issue 16)", () => {
    it('readiness over time: the three stored reviews, first to latest', async () => {
      const stored = (await listAll((p) => practice().practiceAssessments.list(p)))
        .filter((a) => a.instrument.id === 'livewell-practice-readiness')
        .sort(byTime);
      expect(stored.map((a) => a.completedAt.slice(0, 10))).toEqual([
        '2026-10-01',
        '2027-04-01',
        '2027-10-01',
      ]);
      expect(stored.every((a) => a.subject.practiceId === PRACTICE_ORGANISATION)).toBe(true);
      const [trend] = report().readiness;
      expect(report().readiness).toHaveLength(1);
      expect(trend?.points.map((p) => [p.assessmentId, p.total])).toEqual(
        stored.map((a) => [a.id, a.scores.total]),
      );
      const first = stored[0]!.scores.total;
      const last = stored.at(-1)!.scores.total;
      expect(trend?.change?.difference).toBeCloseTo(last - first, 2);
      expect(trend?.change?.meaningfulImprovement).toBe(last - first >= 0.5);
    });

    it('development: enrolled, attended, one withdrawal, completions — stored with events that replay', async () => {
      const stored = await places();
      expect(stored.every((p) => p.programmeId === DEVELOPMENT_PROGRAMME_ID)).toBe(true);
      expect(stored.map((p) => p.status).sort()).toEqual([
        'completed',
        'completed',
        'completed',
        'withdrawn',
      ]);
      const { record: course } = await practice().programmes.get(DEVELOPMENT_PROGRAMME_ID);
      expect(course.sessions.map((s) => s.kind)).toEqual([
        'workshop',
        'workshop',
        'action-learning-set',
        'action-learning-set',
        'one-to-one',
      ]);
      for (const place of stored) {
        const events = (
          await listAll((p) => practice().practitionerPlaces.events(place.id, p))
        ).map((e) => e.event);
        expect(programme.replayPlace(events)).toEqual({ ok: true, value: place });
        expect(events[0]?.type).toBe('place.offered');
        expect(events.at(-1)?.type).toBe(
          place.status === 'completed' ? 'enrolment.completed' : 'enrolment.withdrawn',
        );
      }
      // Each report row: completion and skills from the places, CS-PAM first and latest.
      const csPam = (await listAll((p) => practice().practitionerAssessments.list(p))).sort(byTime);
      const people = [...new Set(stored.map((p) => p.practitionerId))].sort();
      expect(report().development.map((d) => d.practitionerId)).toEqual(people);
      for (const row of report().development) {
        const own = stored.filter((p) => p.practitionerId === row.practitionerId);
        const done = own.filter((p) => p.status === 'completed');
        expect(row.completedAt).toEqual(
          done.map((p) => p.history.findLast((h) => h.status === 'completed')?.at)[0],
        );
        expect(row.skills).toEqual([...new Set(done.flatMap((p) => p.skills))].sort());
        const results = csPam.filter((a) => a.subject.practitionerId === row.practitionerId);
        expect(results.length).toBe(done.length > 0 ? 2 : 1);
        expect(row.csPam).toEqual({
          first: results[0]!.scores.total,
          latest: results.at(-1)!.scores.total,
          difference: r2(results.at(-1)!.scores.total - results[0]!.scores.total),
        });
      }
    });

    it('CS-PAM is stored only as practitioners’ results, from the (synthetic) licensed scorer', async () => {
      const csPam = await listAll((p) => practice().practitionerAssessments.list(p));
      expect(csPam).toHaveLength(result().practiceYear.csPam.length);
      for (const a of csPam) {
        expect(a.instrument.id).toBe('cs-pam');
        expect(a.responses).toEqual([]);
        expect(a.provenance).toMatchObject({
          kind: 'licensed-scorer',
          licenceReference: 'DEMO-NO-LICENCE-SYNTHETIC-DATA',
        });
      }
      const patients = await listAll((p) => practice().assessments.list(p));
      expect(patients.some((a) => a.instrument.id === 'cs-pam')).toBe(false);
      const nurse = await practice().exportPractitioner(csPam[0]!.subject.practitionerId);
      expect(nurse.assessments.length).toBeGreaterThan(0);
      expect(nurse.places).toHaveLength(1);
    });

    it('improvements: by status and in routine use, as stored; the worked example as the sources tell it', async () => {
      const stored = (
        await listAll((p) => practice().improvements.listBySubject(PRACTICE_ORGANISATION, p))
      ).map((v) => v.record);
      const tally = { idea: 0, trial: 0, 'in-routine-use': 0, dropped: 0 };
      for (const i of stored) tally[i.status] += 1;
      expect(report().improvementsByStatus).toEqual(tally);
      expect(
        report()
          .improvementsInRoutineUse.map((i) => i.id)
          .sort(),
      ).toEqual(
        stored
          .filter((i) => i.status === 'in-routine-use')
          .map((i) => i.id)
          .sort(),
      );
      const leaflet = stored.find((i) => i.title.startsWith('Agenda-setting leaflet'));
      const reception = stored.find((i) => i.title.startsWith('Reception checks'));
      for (const worked of [leaflet, reception]) {
        expect(worked?.history.map((h) => h.status)).toEqual(['idea', 'trial', 'in-routine-use']);
        expect(worked?.origin).toMatchObject({
          kind: 'programme-feedback',
          programmeId: SKILLS_PROGRAMME_ID,
        });
        const events = (await listAll((p) => practice().improvements.events(worked!.id, p))).map(
          (e) => e.event,
        );
        expect(replay(events)).toEqual({ ok: true, value: worked });
      }
      // Patient co-designers are links to people who completed the skills course, nothing more.
      const completed = new Set(
        (await listAll((p) => practice().enrolments.listByProgramme(SKILLS_PROGRAMME_ID, p)))
          .filter((e) => e.record.status === 'completed')
          .map((e) => e.record.personId as string),
      );
      for (const c of leaflet?.coDesigners ?? []) {
        if (c.kind === 'patient') {
          expect(completed.has(c.personId)).toBe(true);
          expect(Object.keys(c).sort()).toEqual(['kind', 'personId']);
        }
      }
      expect(leaflet?.coDesigners.some((c) => c.kind === 'staff')).toBe(true);
      // The leaflet's baseline is the arrivals recorded on the stored care plans.
      const plans = (await listAll((p) => practice().carePlans.list(p))).map((v) => v.record);
      const arrived = plans.filter((p) => p.preparation?.arrival !== undefined);
      const withSheet = arrived.filter((p) => p.preparation?.arrival?.agendaSheetReceived);
      expect(leaflet?.measures[0]?.value).toBeCloseTo((withSheet.length / arrived.length) * 100, 1);
    });

    it("patients' activation change by whether their care team completed development: counts and intervals from storage", async () => {
      const stored = await places();
      const completedAt = new Map<string, number>();
      for (const p of stored as PractitionerPlace[]) {
        const at = p.history.findLast((h) => h.status === 'completed')?.at;
        if (p.status === 'completed' && at) completedAt.set(p.practitionerId, instantToMs(at));
      }
      const teams = new Map<string, CareTeamMember[]>();
      for (const { record } of await listAll((p) => practice().carePlans.list(p))) {
        teams.set(record.personId, [
          ...(teams.get(record.personId) ?? []),
          ...record.careTeam.members,
        ]);
      }
      const pams = new Map<string, ScoredAssessment[]>();
      for (const a of (await listAll((p) => practice().assessments.list(p)))
        .filter(isScoredAssessment)
        .filter((a) => a.instrument.id === 'pam-13')) {
        pams.set(a.personId, [...(pams.get(a.personId) ?? []), a]);
      }
      const groups = { yes: [] as number[], no: [] as number[] };
      const improved = { yes: 0, no: 0 };
      for (const [personId, list] of pams) {
        if (list.length < 2) continue;
        const sorted = [...list].sort(byTime);
        const first = sorted[0]!;
        const last = sorted.at(-1)!;
        const followUp = instantToMs(last.completedAt);
        const trained = (teams.get(personId) ?? []).some(
          (m) => (completedAt.get(m.practitionerId) ?? Number.POSITIVE_INFINITY) <= followUp,
        );
        const key = trained ? 'yes' : 'no';
        groups[key].push(last.scores.total - first.scores.total);
        const change = compareAssessments(first, last);
        if (change.ok && change.value.meaningfulImprovement) improved[key] += 1;
      }
      // Both groups are present in the demo (the programme ends mid-way through the follow-ups).
      expect(groups.yes.length).toBeGreaterThan(1);
      expect(groups.no.length).toBeGreaterThan(1);
      const [done, notDone] = report().activation;
      for (const [group, key] of [
        [done, 'yes'],
        [notDone, 'no'],
      ] as const) {
        expect(group.n).toBe(groups[key].length);
        expect(group.improved).toBe(improved[key]);
        const mean = expectedMean(groups[key]);
        expect(group.meanChange?.estimate).toBeCloseTo(mean.estimate, 2);
        expect(group.meanChange?.lower).toBeCloseTo(mean.lower, 2);
        expect(group.meanChange?.upper).toBeCloseTo(mean.upper, 2);
        expect(group.improvedShare).toEqual(expectedWilson(improved[key], groups[key].length));
      }
      expect(report().caveats.join(' ')).toMatch(
        /do not show that practitioner development caused/,
      );
    });
    it('the HTML report shows the practice section: charts, each with its data as a table, and the caveats', () => {
      const { report: closing, story, practiceYear } = result();
      const html = renderHtml(closing, story, 'PGlite', practiceYear);
      expect(html).not.toMatch(/<(script|link)\b/);
      for (const caption of [
        'Practice readiness: the chart as a table',
        'Development places by outcome: the chart as a table',
        'CS-PAM before and after: the chart as a table',
        'Improvement log by status: the chart as a table',
        "Patients' activation change by group: the chart as a table",
      ]) {
        expect(html).toContain(caption);
      }
      const section = html.slice(html.indexOf("<h2>The practice's year</h2>"));
      expect(section.match(/<svg/g)?.length).toBe(5);
      for (const point of report().readiness[0]?.points ?? [])
        expect(section).toContain(`<td>${point.total}</td>`);
      for (const g of report().activation) {
        expect(section).toContain(
          `<td>${g.n}</td><td>${g.meanChange?.estimate} (${g.meanChange?.lower} to ${g.meanChange?.upper})</td><td>${g.improved}</td>`,
        );
      }
      for (const i of report().improvementsInRoutineUse) expect(section).toContain(i.title);
      for (const caveat of report().caveats) expect(section).toContain(caveat);
      expect(section).toContain('Descriptive only');
      // Words people use: no practitioner ids or kebab-case codes as headings.
      const headers = [...section.matchAll(/<th(?: scope="(?:row|col)")?>([^<]*)<\/th>/g)].map(
        (m) => m[1],
      );
      expect(headers.filter((h) => /^[a-z]+(-[a-z]+)+$/.test(h ?? ''))).toEqual([]);
      expect(section).not.toMatch(/dr-amara-osei|nurse-jo-reilly|in-routine-use/);
    });
  });
}
