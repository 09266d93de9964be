import { toMermaid as kitMermaid, toMarkdownTable as kitTable } from '@livewell/core';
import { lifecycle } from './lifecycle.js';

/**
 * A Mermaid state diagram of the referral lifecycle, derived from the command specs. The docs
 * embed this output and a test keeps them in step.
 */
export const toMermaid = (): string => kitMermaid(lifecycle, [{ to: 'draft', summary: 'create' }]);

/**
 * A Markdown table of the referral lifecycle (command, accepted in, leads to, who may issue it),
 * derived from the command specs. The docs embed it and a test keeps them in step.
 */
export const toMarkdownTable = (): string => `${kitTable(lifecycle, (who) => who.join(', '))}\n`;
