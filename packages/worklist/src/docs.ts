import { toMarkdownTable, toMermaid } from '@livewell/core';
import { lifecycle } from './lifecycle.js';

/** A Mermaid state diagram of the task lifecycle, derived from the command specs. */
export const taskDiagram = (): string => toMermaid(lifecycle, [{ to: 'open', summary: 'open' }]);

/**
 * A Markdown table of the task lifecycle (command, accepted in, leads to, who may issue it),
 * derived from the command specs.
 */
export const taskTable = (): string => `${toMarkdownTable(lifecycle, (who) => who.join(', '))}\n`;
