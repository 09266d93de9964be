import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryId } from './catalogue/entry.js';
import { catalogue } from './catalogue/index.js';
import { resultOutcome } from './catalogue/outcome.js';

/**
 * Fuzzing only reaches deep code if the valid arguments it mutates get past the first checks.
 * For every entry point that returns a Result, some of its valid argument lists are accepted.
 */
/**
 * Entry points whose random valid arguments rarely reach an accepting state, and why. Their
 * fuzzing still exercises every guard before that state; better valid arbitraries would reach
 * further (a worthwhile improvement).
 */
const rarelyAccepted: Record<string, string> = {
  '@livewell/care-plan#revisePlan': 'needs an agreed (active) plan and a planning clinician',
  '@livewell/activation#compareAssessments':
    'needs two assessments of one person and instrument, months apart',
  '@livewell/peer-support#programme.closeEnrolment':
    'needs an enrolled person whose enrolment last changed before the course ended',
  '@livewell/peer-support#programme.closeProgramme':
    'needs a consistent roster after the last session',
  '@livewell/peer-support#programme.recordAttendance':
    'the records now name the enrolled person, but random enrolments are rarely in a state that takes attendance at the first session',
  '@livewell/activation#compareSubjectAssessments':
    'needs two assessments of one practitioner or practice on one instrument',
  '@livewell/peer-support#programme.withdrawPractitioner':
    'needs a place of this programme (the random place belongs to another)',
  '@livewell/care-plan#applyTemplate':
    'needs a plan in conversation and a planning clinician as the actor',
  '@livewell/care-plan#measurementFromAssessment':
    'needs a goal measured by the assessment’s own instrument',
  '@livewell/peer-support#referral.outcomeSummary': 'needs a completed referral with an outcome',
  '@livewell/fhir#fromFhirReferralOutcome':
    'needs a completed referral with an outcome (a random referral rarely is, so its export is empty)',
  '@livewell/peer-support/oruk#getTaxonomyTerm':
    'random ids rarely name a taxonomy term of the example directory',
};

describe('valid arguments are accepted (so mutations of them reach deep code)', () => {
  const results = catalogue.filter(
    (e) =>
      (e.typedError === 'result' || e.typedError === 'async-result') &&
      !(entryId(e) in rarelyAccepted),
  );
  it.each(results.map((e) => [entryId(e), e] as const))('%s', async (_id, entry) => {
    let accepted = 0;
    for (const args of fc.sample(entry.valid, { seed: 1, numRuns: 30 })) {
      try {
        const call = entry.session ? (await entry.session()).call : entry.call;
        if (call && resultOutcome(await call(args)).kind === 'accepted') accepted++;
      } catch {
        // A throw on valid arguments is the never-throws test's business.
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });
});
