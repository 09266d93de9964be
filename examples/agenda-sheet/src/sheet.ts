import { type CarePlanCommandOf, parseAgendaEntry } from '@livewell/core';

/** What the person has written so far: an answer per question key, and topics one per line. */
export interface Draft {
  readonly answers: Readonly<Record<string, string>>;
  readonly topics: string;
}

/** A sheet with nothing written yet. */
export const emptyDraft: Draft = { answers: {}, topics: '' };

/** The sheet as a `record-agenda` command, or a plain-English reason it cannot be sent yet. */
export function buildCommand(
  draft: Draft,
): { ok: true; value: CarePlanCommandOf<'record-agenda'> } | { ok: false; message: string } {
  const answers = Object.entries(draft.answers)
    .map(([questionKey, text]) => ({ questionKey, text: text.trim() }))
    .filter((a) => a.text.length > 0);
  const topics = draft.topics
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  const agenda = parseAgendaEntry({ answers, topics });
  if (agenda.ok) return { ok: true, value: { type: 'record-agenda', agenda: agenda.value } };
  return answers.length + topics.length === 0
    ? { ok: false, message: 'Please write something on your sheet before you send it.' }
    : { ok: false, message: 'Some of what you wrote is too long. Please make it shorter.' };
}
