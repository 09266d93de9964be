import { toMermaid as kitMermaid, toMarkdownTable as kitTable } from '@livewell/core';
import { lifecycle } from './lifecycle.js';

/** A Mermaid state diagram of an enrolment's lifecycle, derived from the command specs. */
export const toMermaid = (): string =>
  kitMermaid(lifecycle, [
    { to: 'enrolled', summary: 'enrol (place free)' },
    { to: 'waiting-listed', summary: 'enrol (programme full)' },
  ]);

/** A Markdown table of an enrolment's lifecycle, derived from the command specs. */
export const toMarkdownTable = (): string => `${kitTable(lifecycle, (who) => who.join(', '))}\n`;
