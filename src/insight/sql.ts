// What the insight store needs of a SQL database, so SQLite and PostgreSQL run the same statements.
// Statements are written with `?` placeholders (the PostgreSQL driver numbers them) and in SQL both
// understand: ON CONFLICT upserts, CASE, COUNT(DISTINCT …). Numbers may come back as strings
// (PostgreSQL's BIGINT and COUNT), so readers go through num().

export type Param = string | number | null;
export type Row = Record<string, unknown>;

export interface Querier {
  all(sql: string, params?: readonly Param[]): Promise<Row[]>;
  /** Resolves with the number of rows changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
}

export interface SqlDriver extends Querier {
  readonly dialect: 'sqlite' | 'postgres';
  readonly description: string;
  /**
   * Where long reads (a report over months) run when the driver's own connection shares the
   * answering thread (SQLite): a connection on a thread of its own.
   */
  readonly reader?: Pick<Querier, 'all'>;
  /** Runs fn in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (q: Querier) => Promise<T>): Promise<T>;
  /** Inside a migration's transaction: wait until no other process is migrating the same store. */
  lockForMigration(q: Querier): Promise<void>;
  close(): Promise<void>;
}

export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v !== '') return Number(v);
  return 0;
}

export function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  return typeof v === 'number' || typeof v === 'bigint' ? String(v) : null;
}
