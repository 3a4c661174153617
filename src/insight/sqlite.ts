// The embedded store: one SQLite file (better-sqlite3), created with its folder on first start.
// WAL lets `npm run report` read while the bot writes, and shards of one machine share the file.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Param, Querier, Row, SqlDriver } from './sql.ts';

/**
 * How long a write waits for another process (a shard, the report) holding the file's write lock.
 * better-sqlite3 waits synchronously, so this is kept short: a busy batch is retried later instead.
 */
const BUSY_TIMEOUT_MS = 200;

export function openSqlite(path: string): SqlDriver {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      if (statements.size > 200) statements.clear();
      statements.set(sql, s);
    }
    return s;
  };
  const querier: Querier = {
    all: (sql: string, params: readonly Param[] = []) => Promise.resolve(prepare(sql).all(...params) as Row[]),
    run: (sql: string, params: readonly Param[] = []) => Promise.resolve(prepare(sql).run(...params).changes),
  };
  return {
    dialect: 'sqlite',
    description: `sqlite ${path}`,
    ...querier,
    async transaction<T>(fn: (q: Querier) => Promise<T>): Promise<T> {
      // The store runs one operation at a time (see SqlStore.serial), so nothing else can slip into
      // this transaction while fn awaits.
      db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(querier);
        db.exec('COMMIT');
        return out;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    },
    // BEGIN IMMEDIATE already holds the file's write lock.
    lockForMigration: () => Promise.resolve(),
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}
