import { toMarkdownTable, toMermaid } from '@livewell/core';
import { lifecycle } from './lifecycle.js';

/** A Mermaid state diagram of the improvement lifecycle, derived from the command specs. */
export const improvementDiagram = (): string =>
  toMermaid(lifecycle, [{ to: 'idea', summary: 'propose' }]);

/** A Markdown table of the improvement commands (accepted in, leads to, who), from the specs. */
export const improvementTable = (): string =>
  `${toMarkdownTable(lifecycle, (who) => who.join(', '))}\n`;
