import type { Lifecycle } from './lifecycle-shape.js';
import type { LifecycleTypes, Target } from './types.js';

/** An arrow from the start marker: how an aggregate comes into being (not a command on one). */
export interface LifecycleStart<State extends string> {
  readonly to: State;
  readonly summary: string;
}

const node = (state: string) => state.replaceAll('-', '_');

const targets = <T extends LifecycleTypes>(to: Target<T>, from: T['state']) =>
  to === 'same' ? [from] : typeof to === 'function' ? to.oneOf : [to];

/**
 * The lifecycle as a Mermaid state diagram: one arrow per pair of states, labelled with the
 * summaries of the commands that take it (self-loops record in place); `starts` draw arrows from
 * `[*]`, terminal states an arrow to `[*]`.
 *
 * @example
 * const diagram = toMermaid(referralLifecycle, [{ to: 'draft', summary: 'createReferral' }]);
 */
export function toMermaid<T extends LifecycleTypes>(
  lifecycle: Lifecycle<T>,
  starts: readonly LifecycleStart<T['state']>[] = [],
): string {
  const lines = ['stateDiagram-v2'];
  for (const state of lifecycle.states) {
    if (state.includes('-')) lines.push(`  state "${state}" as ${node(state)}`);
  }
  for (const start of starts) lines.push(`  [*] --> ${node(start.to)} : ${start.summary}`);
  const edges = new Map<string, string[]>();
  for (const from of lifecycle.states) {
    for (const type of lifecycle.commandTypes) {
      const spec = lifecycle.spec(type);
      if (!spec.from.includes(from)) continue;
      for (const to of targets<T>(spec.to, from)) {
        const key = `${node(from)} --> ${node(to)}`;
        const labels = edges.get(key) ?? [];
        if (!labels.includes(spec.summary)) labels.push(spec.summary);
        edges.set(key, labels);
      }
    }
  }
  for (const [edge, labels] of edges) lines.push(`  ${edge} : ${labels.join(', ')}`);
  for (const state of lifecycle.terminal) lines.push(`  ${node(state)} --> [*]`);
  return `${lines.join('\n')}\n`;
}

const code = (value: string) => `\`${value}\``;

/**
 * The lifecycle as a Markdown table (command, accepted in, leads to, who may issue it, what it
 * does), for the guides; `describeWho` renders a spec's `who`.
 */
export function toMarkdownTable<T extends LifecycleTypes>(
  lifecycle: Lifecycle<T>,
  describeWho: (who: T['who']) => string,
): string {
  const rows = lifecycle.commandTypes.map((type) => {
    const spec = lifecycle.spec(type);
    const to =
      spec.to === 'same'
        ? '(same)'
        : typeof spec.to === 'function'
          ? `${spec.to.label} (${spec.to.oneOf.map(code).join(', ')})`
          : code(spec.to);
    const from = spec.from.map(code).join(', ');
    return `| ${code(type)} | ${from} | ${to} | ${describeWho(spec.who)} | ${spec.summary} |`;
  });
  return [
    '| Command | Accepted in | Leads to | Who may issue it | Summary |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
