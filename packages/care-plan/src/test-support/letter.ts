// Test support: a practice's agenda-setting sheet and a preparation letter built on it.
import type { AgendaSheet, PreparationLetter } from '@livewell/core';

/** A sheet in the style of a co-designed practice leaflet (the wording is the practice's data). */
export const sampleSheet: AgendaSheet = {
  title: 'Getting ready for your care planning appointment',
  questions: [
    { key: 'what-matters', prompt: 'What is important to you at the moment?' },
    {
      key: 'how-things-are',
      prompt: 'How are things going with your health?',
      hint: 'What is going well, and what is hard?',
    },
  ],
  topicsPrompt: 'What would you like to talk about?',
};

/** The letter sent in the scenario: two results, the sheet, large print in English by letter. */
export const sampleLetter: PreparationLetter = {
  results: [
    {
      name: 'Blood sugar (HbA1c)',
      value: '52 mmol/mol',
      plainWords: 'A little higher than last year.',
      takenOn: '2026-10-05',
    },
    { name: 'Blood pressure', value: '134/82 mmHg', plainWords: 'On target.' },
  ],
  sheet: sampleSheet,
  format: { format: 'large-print', language: 'en', channel: 'letter' },
};
