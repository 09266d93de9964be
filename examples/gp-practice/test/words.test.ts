import { expect, it } from 'vitest';
import { inWords, sentenceCase } from '../src/report/words.js';

it('turns the demo report keys into words people use', () => {
  expect(inWords('gpAppointments')).toBe('GP appointments');
  expect(inWords('goals:biological')).toBe('Goals about physical health');
  expect(inWords('rejected:low-confidence-needs-reason')).toBe(
    'Refused: low confidence needs a revised plan or a reason',
  );
  expect(inWords('information-gathering')).toBe('Information gathering');
  expect(inWords('not-completed')).toBe('Not completed');
  expect(inWords('plans agreed')).toBe('Plans agreed');
  expect(inWords('support contacts: phone')).toBe('Support contacts: phone');
  expect(sentenceCase('entered-in-error')).toBe('Entered in error');
});
