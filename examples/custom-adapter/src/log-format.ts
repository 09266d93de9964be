/**
 * The on-disk format of the JSON-lines log: one line per committed unit of work. A line that
 * does not parse (a crash while appending) is the torn tail of an uncommitted unit and is
 * ignored, which is what makes a unit all-or-nothing.
 */

/** A row as written to the log. `doc` is the record exactly as the store handed it over. */
export interface LoggedRow {
  readonly id: string;
  readonly version: number;
  readonly seq: number;
  readonly personId: string | null;
  readonly parentId: string | null;
  readonly doc: unknown;
}

/** One change inside a commit. */
export type LoggedOp =
  | { readonly op: 'put'; readonly collection: string; readonly row: LoggedRow }
  | { readonly op: 'delete'; readonly collection: string; readonly id: string };

/** One committed unit of work for one tenant. */
export interface CommitLine {
  readonly tenant: string;
  readonly ops: readonly LoggedOp[];
}

/** Serialises a commit as one line (JSON escapes newlines inside strings, so it is one line). */
export const encodeCommit = (commit: CommitLine): string => `${JSON.stringify(commit)}\n`;

/** Parses the log text into commits, skipping a torn (unparseable) final line. */
export function decodeLog(text: string): CommitLine[] {
  const commits: CommitLine[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      commits.push(JSON.parse(line) as CommitLine);
    } catch (cause) {
      if (i === lines.length - 1) break;
      throw new SyntaxError(`Line ${i + 1} of the log is corrupt.`, { cause });
    }
  }
  return commits;
}

/** Current rows by tenant → collection → id, and the highest `seq` ever logged per collection. */
export interface LogState {
  readonly tables: Map<string, Map<string, Map<string, LoggedRow>>>;
  /** Keyed by `tenant + "\u0000" + collection`; survives deletes, so seqs never go backwards. */
  readonly highWater: Map<string, number>;
}

/** The key of a collection of one tenant in {@link LogState.highWater}. */
export const collectionKey = (tenant: string, collection: string): string =>
  `${tenant}\u0000${collection}`;

/** Applies one commit to the state. */
export function applyCommit(state: LogState, commit: CommitLine): void {
  let tenant = state.tables.get(commit.tenant);
  if (tenant === undefined) {
    tenant = new Map();
    state.tables.set(commit.tenant, tenant);
  }
  for (const op of commit.ops) {
    let rows = tenant.get(op.collection);
    if (rows === undefined) {
      rows = new Map();
      tenant.set(op.collection, rows);
    }
    if (op.op === 'put') {
      rows.set(op.row.id, op.row);
      const key = collectionKey(commit.tenant, op.collection);
      state.highWater.set(key, Math.max(state.highWater.get(key) ?? 0, op.row.seq));
    } else {
      rows.delete(op.id);
    }
  }
}

/** Replays a whole log into state. */
export function replay(text: string): LogState {
  const state: LogState = { tables: new Map(), highWater: new Map() };
  for (const commit of decodeLog(text)) applyCommit(state, commit);
  return state;
}
