// The shared store: PostgreSQL (pg), when DATABASE_URL is set, so several HTTP-mode replicas (or
// shards on several machines) write to one place. A small pool: writes are batched.
import pg from 'pg';
import type { Param, Querier, Row, SqlDriver } from './sql.ts';
import type { Logger } from '../log.ts';

/** `?` placeholders to PostgreSQL's $1, $2, … (the store's SQL never has a ? inside a literal). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A lock id of our own for pg_advisory_xact_lock, so replicas starting together migrate one at a time. */
const MIGRATION_LOCK = 0x5755_0001;

/** The URL without its password, for logs. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `postgres ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

export function openPostgres(url: string, log?: Logger): SqlDriver {
  const pool = new pg.Pool({
    connectionString: url,
    max: 3,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    query_timeout: 15_000,
    application_name: 'wu-helper',
  });
  // An idle connection that breaks (the server restarts) must not take the bot down.
  pool.on('error', (err) => log?.warn({ err: { message: err.message } }, 'insight: a PostgreSQL connection failed'));
  const on = (client: pg.Pool | pg.PoolClient): Querier => ({
    all: async (sql: string, params: readonly Param[] = []) =>
      (await client.query(numbered(sql), params as Param[])).rows as Row[],
    run: async (sql: string, params: readonly Param[] = []) =>
      (await client.query(numbered(sql), params as Param[])).rowCount ?? 0,
  });
  return {
    dialect: 'postgres',
    description: describeUrl(url),
    ...on(pool),
    async transaction<T>(fn: (q: Querier) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const out = await fn(on(client));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        // A connection that cannot even roll back is not given back to the pool.
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async lockForMigration(q: Querier) {
      await q.all('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    },
    close: () => pool.end(),
  };
}
