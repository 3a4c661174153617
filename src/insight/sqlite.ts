// The embedded store: one SQLite file (better-sqlite3), created with its folder on first start.
// WAL lets `npm run report` read while the bot writes, and shards of one machine share the file.
//
// Writes run on this thread, and none of them waits on the disk or on another process:
// - with WAL and synchronous=NORMAL a commit appends to the log and does not fsync;
// - a write lock held by another process (a shard, a migration) is waited for with timers, not with
//   SQLite's busy handler, which would sleep on this thread;
// - a large batch yields to the event loop between statements, so answers go out while it is written
//   (the store deletes and clears a thousand rows per statement for the same reason).
// What may wait runs on a worker of its own (sqlite-side.ts), started when needed and stopped when
// idle: the checkpoint once the log has grown, long reads (reports), and the final checkpoint at close.
// A worker with the SQLite module costs about 17 MB, a sixth of the whole bot: kept running for every
// write it cost that much all the time; on this thread the module costs about 5.
import { mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Logger } from '../log.ts';
import type { Param, Querier, Row, SqlDriver } from './sql.ts';
import { SIDE_SOURCE, type SideData, type SideReply, type SideRequest } from './sqlite-side.ts';

type Request = SideRequest extends infer R ? (R extends SideRequest ? Omit<R, 'id'> : never) : never;

/** How long a write waits for another process (a shard, the report) holding the file's write lock. */
const BUSY_TIMEOUT_MS = 2000;

export interface SqliteOptions {
  /** Past this size the log is copied into the database on the worker (SQLite's own default is about 4 MB). */
  checkpointAfterBytes?: number;
  /** At most one checkpoint this often, unless the log has grown to four times the size. */
  checkpointEveryMs?: number;
  /** Idle this long, the worker is stopped; the next checkpoint or long read starts another. */
  idleStopMs?: number;
  log?: Logger;
}

export interface SqliteDriver extends SqlDriver {
  /** Whether the worker (checkpoints, long reads) is running now. */
  readonly running: boolean;
}

// better-sqlite3 reports extended codes: SQLITE_BUSY_RECOVERY while another process rebuilds the
// log's index, SQLITE_BUSY_SNAPSHOT when another committed first. All clear by trying again.
const isBusy = (err: unknown) => err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_BUSY');

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

/** The worker and the requests it has yet to answer. */
class Side {
  readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(
    data: SideData,
    /** Called when the last request in flight is answered. */
    onIdle: () => void,
    /** Called when the thread exits (also when stopped). */
    onExit: () => void,
  ) {
    this.worker = new Worker(SIDE_SOURCE, { eval: true, workerData: data });
    // Idle, the worker does not keep the process alive; a request in flight does.
    this.worker.unref();
    this.worker.on('message', (reply: SideReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.result);
      else p.reject(new Error(reply.error));
      if (this.pending.size === 0) {
        this.worker.unref();
        onIdle();
      }
    });
    const fail = (err: Error) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      onExit();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the SQLite worker exited (${code})`)));
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  send(req: Request): Promise<unknown> {
    const id = ++this.next;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...req, id });
    });
  }

  /** Closes its connection (the last one: a checkpoint of the whole log), then ends the thread. */
  async stop(): Promise<void> {
    await this.send({ op: 'close' }).catch(() => {});
    await this.worker.terminate();
  }
}

export function openSqlite(path: string, options: SqliteOptions = {}): SqliteDriver {
  const { checkpointAfterBytes = 4 * 1024 * 1024, checkpointEveryMs = 30_000, idleStopMs = 10_000, log } = options;
  const require = createRequire(import.meta.url);
  const driverPath = require.resolve('better-sqlite3');
  // Loaded on first use: a bot with insight off, or on PostgreSQL, never loads the native module.
  let db: Database.Database | undefined;
  /** Set when close() was called: every request fails with it. */
  let closed: Error | undefined;
  const statements = new Map<string, Database.Statement>();
  let side: Side | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let checkpointing = false;
  let lastCheckpoint = 0;

  const connection = (): Database.Database => {
    if (closed) throw closed;
    if (db) return db;
    const Driver = require(driverPath) as typeof Database;
    mkdirSync(dirname(path), { recursive: true });
    const opened = new Driver(path);
    try {
      // No busy handler: it would sleep on this thread (whenFree waits on timers instead).
      opened.pragma('busy_timeout = 0');
      opened.pragma('journal_mode = WAL');
      opened.pragma('synchronous = NORMAL');
      // Checkpoints run on the worker, not inside a commit on this thread; when the log starts over,
      // its file is cut back to nothing.
      opened.pragma('wal_autocheckpoint = 0');
      opened.pragma('journal_size_limit = 0');
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

  const stopIfIdle = () => {
    const idle = side;
    if (!idle || idle.busy) return;
    side = undefined;
    void idle.stop();
  };
  const startSide = (): Side => {
    const s: Side = new Side(
      { path, driver: driverPath, busyTimeoutMs: BUSY_TIMEOUT_MS },
      () => {
        clearTimeout(idleTimer);
        idleTimer = setTimeout(stopIfIdle, idleStopMs).unref();
      },
      () => {
        if (side === s) side = undefined;
      },
    );
    return s;
  };
  const sideSend = (req: Request): Promise<unknown> => {
    if (closed) return Promise.reject(closed);
    clearTimeout(idleTimer);
    side ??= startSide();
    return side.send(req);
  };

  /** Once the log has grown past checkpointAfterBytes, copies it into the database on the worker. */
  const checkpointIfDue = () => {
    if (checkpointing || closed) return;
    const size = statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    if (size < checkpointAfterBytes) return;
    // A reader still on an old snapshot (a long report) keeps a checkpoint from finishing, and the log
    // from starting over: not a checkpoint after every commit meanwhile.
    if (Date.now() - lastCheckpoint < checkpointEveryMs && size < 4 * checkpointAfterBytes) return;
    checkpointing = true;
    lastCheckpoint = Date.now();
    sideSend({ op: 'checkpoint' })
      .catch((err: unknown) =>
        log?.warn({ err }, 'the SQLite checkpoint failed; the log keeps growing until one succeeds'),
      )
      .finally(() => (checkpointing = false));
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
    reader: {
      all: async (sql: string, params: readonly Param[] = []) =>
        (await sideSend({ op: 'all', sql, params: [...params] })) as Row[],
    },
    get running() {
      return side !== undefined;
    },
    async transaction<T>(fn: (q: Querier) => Promise<T>): Promise<T> {
      // The store runs one operation at a time (SqlStore.serial), so nothing else can slip into
      // this transaction while fn awaits.
      await whenFree(() => connection().exec('BEGIN IMMEDIATE'));
      let out: T;
      try {
        out = await fn(querier);
        await whenFree(() => connection().exec('COMMIT'));
      } catch (err) {
        try {
          if (db?.inTransaction) db.exec('ROLLBACK');
        } catch {
          // The error that matters is the one that made it roll back.
        }
        throw err;
      }
      try {
        checkpointIfDue();
      } catch (err) {
        log?.warn({ err }, 'could not start the SQLite checkpoint');
      }
      return out;
    },
    // BEGIN IMMEDIATE already holds the file's write lock.
    lockForMigration: () => Promise.resolve(),
    async close() {
      if (closed) return;
      // The worker's connection outlives this one, so the last close, which checkpoints the whole log
      // and fsyncs, happens there (stop() closes it), not on this thread.
      const last = db ? (side ?? startSide()) : side;
      side = undefined;
      closed = new Error('the database is closed');
      clearTimeout(idleTimer);
      // Its connection is open once it has answered.
      if (db && last) await last.send({ op: 'all', sql: 'SELECT 1', params: [] }).catch(() => {});
      statements.clear();
      db?.close();
      db = undefined;
      await last?.stop();
    },
  };
}
