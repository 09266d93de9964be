import type { CommunicationPreferences, LetterFormat } from '@livewell/core';

/**
 * The format a preparation letter goes out in, from the person's communication needs
 * (`Person.communication`): large print, easy read, Braille, audio or BSL video; their language;
 * and how it reaches them.
 *
 * @example
 * transition(plan, { type: 'send-preparation', letter: {
 *   results, sheet, format: letterFormatFor(person.communication) } }, context);
 */
export const letterFormatFor = (communication: CommunicationPreferences): LetterFormat => ({
  format: communication.format,
  language: communication.language,
  channel: communication.channel,
});
