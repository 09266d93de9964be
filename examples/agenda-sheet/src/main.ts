/**
 * The agenda-setting sheet as a web page. Reads the preparation letter the practice sent (results,
 * the practice's questions, the person's format), keeps what the person writes in this browser as
 * they type (it works offline), and hands the sheet to the practice as a `record-agenda` command.
 */
import { type PreparationLetter, parsePreparationLetter } from '@livewell/core';
import { buildCommand, type Draft, emptyDraft } from './sheet.js';
import { clearPending, loadDraft, loadPending, saveDraft, savePending } from './storage.js';

const CACHE = 'agenda-sheet-v1';
const endpoint = new URL('./api/agenda-sheet', location.href).href;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Preparation {
  readonly planId: string;
  readonly letter: PreparationLetter;
}

async function loadPreparation(): Promise<Preparation> {
  const raw = (await (await fetch('./preparation.json')).json()) as {
    planId: string;
    letter: unknown;
  };
  const letter = parsePreparationLetter(raw.letter);
  if (!letter.ok) throw new Error(letter.error.message);
  return { planId: raw.planId, letter: letter.value };
}

function show(status: string) {
  byId('status').textContent = status;
}

function render(prep: Preparation, draft: Draft) {
  const { sheet, results, format } = prep.letter;
  document.documentElement.lang = format.language;
  if (format.format === 'large-print' || format.format === 'easy-read') {
    document.body.classList.add('large-print');
  }
  byId('title').textContent = sheet.title;
  byId('introduction').textContent = sheet.introduction ?? '';
  const list = byId('results');
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      const name = document.createElement('strong');
      name.textContent = `${r.name}: `;
      const value = document.createElement('span');
      value.className = 'value';
      value.textContent = r.value;
      const words = document.createElement('p');
      words.textContent = r.plainWords;
      li.append(name, value, words);
      return li;
    }),
  );
  const questions = byId('questions');
  questions.replaceChildren(
    ...sheet.questions.map((q) => {
      const field = document.createElement('div');
      field.className = 'field';
      const label = document.createElement('label');
      label.htmlFor = `q-${q.key}`;
      label.textContent = q.prompt;
      const box = document.createElement('textarea');
      box.id = `q-${q.key}`;
      box.name = q.key;
      box.rows = 4;
      box.value = draft.answers[q.key] ?? '';
      field.append(label);
      if (q.hint) {
        const hint = document.createElement('p');
        hint.className = 'hint';
        hint.id = `q-${q.key}-hint`;
        hint.textContent = q.hint;
        box.setAttribute('aria-describedby', hint.id);
        field.append(hint);
      }
      field.append(box);
      return field;
    }),
  );
  byId('topics-label').textContent = sheet.topicsPrompt;
  byId<HTMLTextAreaElement>('topics').value = draft.topics;
}

function readDraft(prep: Preparation): Draft {
  const answers: Record<string, string> = {};
  for (const q of prep.letter.sheet.questions) {
    answers[q.key] = byId<HTMLTextAreaElement>(`q-${q.key}`).value;
  }
  return { answers, topics: byId<HTMLTextAreaElement>('topics').value };
}

let sending: Promise<void> | undefined;

/** Sends a waiting sheet once (one request at a time); keeps it if the practice cannot be reached. */
function sendPending(): Promise<void> {
  sending ??= trySend().finally(() => {
    sending = undefined;
  });
  return sending;
}

async function trySend(): Promise<void> {
  const pending = loadPending();
  if (!pending) return;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(pending),
    });
    if (!response.ok) throw new Error(String(response.status));
    clearPending();
    show('Your sheet has been sent to the practice. Thank you.');
  } catch {
    show('Your sheet is saved on this device. It will be sent when you are back online.');
  }
}

/** Keeps this page's own files so it opens again without a connection. */
async function keepForOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  await navigator.serviceWorker.register('./sw.js');
  await navigator.serviceWorker.ready;
  const files = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => new URL(url).origin === location.origin && !url.includes('/api/'));
  const cache = await caches.open(CACHE);
  await Promise.allSettled([location.href, ...new Set(files)].map((url) => cache.add(url)));
  document.body.dataset.offlineReady = 'true';
}

async function start() {
  const prep = await loadPreparation();
  render(prep, loadDraft(prep.planId) ?? emptyDraft);
  byId('sheet').addEventListener('input', () => {
    saveDraft(prep.planId, readDraft(prep));
    show('Saved on this device.');
  });
  byId('sheet').addEventListener('submit', (event) => {
    event.preventDefault();
    const command = buildCommand(readDraft(prep));
    const error = byId('error');
    if (!command.ok) {
      error.textContent = command.message;
      error.hidden = false;
      return;
    }
    error.hidden = true;
    savePending({ planId: prep.planId, command: command.value });
    void sendPending();
  });
  window.addEventListener('online', () => void sendPending());
  if (loadPending()) void sendPending();
  document.body.dataset.ready = 'true';
  await keepForOffline();
}

start().catch((e: unknown) => {
  show(`Sorry, the sheet could not be opened (${e instanceof Error ? e.message : String(e)}).`);
});
