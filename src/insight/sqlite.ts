// The embedded store: one SQLite file (better-sqlite3), created with its folder on first start.
// WAL lets `npm run report` read while the bot writes, and shards of one machine share the file.
//
// The connection lives on this thread, and nothing in it waits on the disk or on another process:
// - with WAL and synchronous=NORMAL a commit appends to the log and does not fsync; the checkpoint,
//   which does, runs on a short-lived worker (sqlite-checkpoint.ts) once the log has grown;
// - a write lock held by another process (a shard, a migration) is waited for with timers, not with
//   SQLite's busy handler, which would sleep on this thread;
// - a large batch yields to the event loop between statements, so answers go out while it is written.
// A worker with the SQLite module costs about 17 MB, a sixth of the whole bot; on this thread the module
// costs about 6, and the checkpoint's worker runs for a moment every few thousand questions.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Param, Querier, Row, SqlDriver } from './sql.ts';
import { CHECKPOINT_SOURCE, type CheckpointData } from './sqlite-checkpoint.ts';

/** How long a write waits for another process (a shard, the report) holding the file's write lock. */
const BUSY_TIMEOUT_MS = 2000;
/** Past this size the log is copied into the database on the checkpoint's worker (SQLite's own default is about 4 MB). */
export const CHECKPOINT_AFTER_BYTES = 4 * 1024 * 1024;

export interface SqliteDriver extends SqlDriver {
  /** Whether a checkpoint's worker is running now. */
  readonly running: boolean;
}

const isBusy = (err: unknown) =>
  err instanceof Error && 'code' in err && (err.code === 'SQLITE_BUSY' || err.code === 'SQLITE_LOCKED');

/** Runs a statement, and while another process holds the lock, tries again on a timer until BUSY_TIMEOUT_MS. */
async function whenFree<T>(step: () => T): Promise<T> {
  const started = Date.now();
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      return step();
    } catch (err) {
      if (!isBusy(err) || Date.now() - started > BUSY_TIMEOUT_MS) throw err;
      await sleep(wait);
    }
  }
}

export function openSqlite(path: string, checkpointAfterBytes = CHECKPOINT_AFTER_BYTES): SqliteDriver {
  // Loaded on first use: a bot with insight off, or on PostgreSQL, never loads the native module.
  let db: Database.Database | undefined;
  /** Set when close() was called: every request fails with it. */
  let closed: Error | undefined;
  let checkpoint: Promise<void> | undefined;
  const statements = new Map<string, Database.Statement>();

  const connection = (): Database.Database => {
    if (closed) throw closed;
    if (db) return db;
    const Driver = createRequire(import.meta.url)('better-sqlite3') as typeof Database;
    mkdirSync(dirname(path), { recursive: true });
    const opened = new Driver(path);
    try {
      // No busy handler: it would sleep on this thread (whenFree waits on timers instead).
      opened.pragma('busy_timeout = 0');
      opened.pragma('journal_mode = WAL');
      opened.pragma('synchronous = NORMAL');
      // Checkpoints run on their own worker (below), not inside a commit on this thread; the log
      // file is cut back to this size when it starts over.
      opened.pragma('wal_autocheckpoint = 0');
      opened.pragma(`journal_size_limit = ${checkpointAfterBytes}`);
    } catch (err) {
      opened.close();
      throw err;
    }
    db = opened;
    return db;
  };
  const prepare = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) {
      s = connection().prepare(sql);
      if (statements.size > 200) statements.clear();
      statements.set(sql, s);
    }
    return s;
  };

  /** Once the log has grown past checkpointAfterBytes, copies it into the database on a worker. */
  const checkpointIfDue = () => {
    if (checkpoint || closed) return;
    const wal = `${path}-wal`;
    if (!existsSync(wal) || statSync(wal).size < checkpointAfterBytes) return;
    const workerData: CheckpointData = { path, driver: createRequire(import.meta.url).resolve('better-sqlite3') };
    const worker = new Worker(CHECKPOINT_SOURCE, { eval: true, workerData });
    // A checkpoint that fails is tried again after the next commit; the log only grows meanwhile.
    checkpoint = new Promise<void>((done) => {
      worker.on('error', () => {});
      worker.on('exit', () => {
        checkpoint = undefined;
        done();
      });
    });
  };

  const querier: Querier = {
    all: (sql: string, params: readonly Param[] = []) => whenFree(() => prepare(sql).all(...params) as Row[]),
    run: async (sql: string, params: readonly Param[] = []) => {
      const changes = await whenFree(() => prepare(sql).run(...params).changes);
      // Between one statement and the next, the answers waiting go out.
      await yieldToLoop();
      return changes;
    },
  };
  return {
    dialect: 'sqlite',
    description: `sqlite ${path}`,
    ...querier,
    get running() {
      return checkpoint !== undefined;
    },
    async transaction<T>(fn: (q: Querier) => Promise<T>): Promise<T> {
      // The store runs one operation at a time (SqlStore.serial), so nothing else can slip into
      // this transaction while fn awaits.
      await whenFree(() => connection().exec('BEGIN IMMEDIATE'));
      try {
        const out = await fn(querier);
        await whenFree(() => connection().exec('COMMIT'));
        checkpointIfDue();
        return out;
      } catch (err) {
        if (db?.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    },
    // BEGIN IMMEDIATE already holds the file's write lock.
    lockForMigration: () => Promise.resolve(),
    async close() {
      if (closed) return;
      closed = new Error('the database is closed');
      await checkpoint;
      statements.clear();
      db?.close();
      db = undefined;
    },
  };
}
