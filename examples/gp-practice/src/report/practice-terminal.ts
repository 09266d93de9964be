/** The practice's own report (issue 16) as terminal tables, with the caveats in words. */
import type { Interval } from '@livewell/activation';
import type { PracticeYear } from '../steps/practice-year.js';
import { staff } from '../world.js';
import { table } from './terminal.js';
import { inWords } from './words.js';

const names = new Map<string, string>(
  Object.values(staff).map((m) => [m.actor.practitionerId, m.name]),
);
const interval = (i: Interval | null, unit = '') =>
  i === null ? '–' : `${i.estimate}${unit} (${i.lower} to ${i.upper})`;

/** Readiness, development and CS-PAM, improvements and the activation groups, as tables. */
export function practiceTables(year: PracticeYear): string {
  const { report } = year;
  const readiness = (report.readiness[0]?.points ?? []).map((p) => ({
    review: p.completedAt.slice(0, 10),
    'mean rating (0–3)': p.total,
    band: p.band ?? '',
  }));
  const development = report.development.map((d) => ({
    practitioner: names.get(d.practitionerId) ?? d.practitionerId,
    place: inWords(year.places.find((p) => p.practitionerId === d.practitionerId)?.status ?? '–'),
    'completed on': d.completedAt?.slice(0, 10) ?? '–',
    'CS-PAM before': d.csPam?.first ?? '–',
    'CS-PAM after': d.csPam && d.completedAt ? d.csPam.latest : '–',
  }));
  const improvements = Object.entries(report.improvementsByStatus).map(([status, n]) => ({
    status: inWords(status),
    improvements: n,
  }));
  const groups = report.activation.map((g) => ({
    group:
      g.group === 'care-team-completed-development'
        ? 'care team completed development'
        : 'care team not (yet) completed',
    patients: g.n,
    'mean PAM change (95% CI)': interval(g.meanChange),
    'improved, % (95% CI)': interval(g.improvedShare, '%'),
  }));
  return [
    table(readiness, "The practice's readiness (livewell's own instrument)"),
    table(development, 'Practitioner development and CS-PAM (synthetic licensed-scorer data)'),
    table(improvements, 'Improvement log'),
    table(
      groups,
      "Patients' activation change by their care team's development — descriptive only",
    ),
    report.caveats.map((c) => `  ! ${c}`).join('\n'),
    '',
  ].join('\n');
}
