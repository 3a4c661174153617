// The embedded store: one SQLite file (better-sqlite3), created with its folder on first start.
// WAL lets `npm run report` read while the bot writes, and shards of one machine share the file.
// The connection lives on a worker thread (sqlite-worker.ts), so no write, however slow the disk,
// holds up an answer. The worker runs only while there is work: one with the SQLite module costs
// about 17 MB, as much as a sixth of the whole bot, and a help bot is idle most of the time.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Param, Querier, Row, SqlDriver } from './sql.ts';
import { WORKER_SOURCE, type WorkerData, type WorkerReply, type WorkerRequest } from './sqlite-worker.ts';

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * How long a write waits for another process (a shard, the report) holding the file's write lock:
 * on the worker, so waiting holds up no answer.
 */
const BUSY_TIMEOUT_MS = 2000;

function startWorker(path: string): Worker {
  const workerData: WorkerData = {
    path,
    driver: createRequire(import.meta.url).resolve('better-sqlite3'),
    busyTimeoutMs: BUSY_TIMEOUT_MS,
  };
  return new Worker(WORKER_SOURCE, { eval: true, workerData });
}

/** Idle this long (no request in flight, no transaction open), the worker is stopped; the next request starts another. */
export const IDLE_STOP_MS = 10_000;

export interface SqliteDriver extends SqlDriver {
  /** Whether a worker (and its connection) is running now. */
  readonly running: boolean;
}

/** One worker and the requests it has yet to answer. */
class Connection {
  readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(
    path: string,
    /** Called when the last request in flight is answered. */
    onIdle: () => void,
    /** Called when the thread fails or exits (also when stopped). */
    onExit: (err: Error) => void,
  ) {
    this.worker = startWorker(path);
    // Idle, the worker does not keep the process alive; a request in flight does.
    this.worker.unref();
    this.worker.on('message', (reply: WorkerReply) => {
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
      onExit(err);
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

  /** Closes the connection (a clean WAL checkpoint), then ends the thread. */
  async stop(): Promise<void> {
    await this.send({ op: 'close' }).catch(() => {});
    await this.worker.terminate();
  }
}

export function openSqlite(path: string, idleStopMs = IDLE_STOP_MS): SqliteDriver {
  let conn: Connection | undefined;
  /** Set when the worker failed, or close() was called: every request fails with it. */
  let dead: Error | undefined;
  let inTransaction = false;
  let idleTimer: NodeJS.Timeout | undefined;

  const stopIfIdle = () => {
    const idle = conn;
    if (!idle || idle.busy || inTransaction) return;
    conn = undefined;
    void idle.stop();
  };
  const idleSoon = () => {
    clearTimeout(idleTimer);
    if (conn && !conn.busy && !inTransaction) idleTimer = setTimeout(stopIfIdle, idleStopMs).unref();
  };
  const open = (): Connection => {
    const c: Connection = new Connection(path, idleSoon, (err) => {
      // A worker stopped for being idle exits too: that is no failure.
      if (c !== conn) return;
      conn = undefined;
      dead = err;
    });
    return c;
  };

  const send = (req: Request): Promise<unknown> => {
    if (dead) return Promise.reject(dead);
    clearTimeout(idleTimer);
    conn ??= open();
    return conn.send(req);
  };
  const querier: Querier = {
    all: async (sql: string, params: readonly Param[] = []) =>
      (await send({ op: 'all', sql, params: [...params] })) as Row[],
    run: async (sql: string, params: readonly Param[] = []) =>
      (await send({ op: 'run', sql, params: [...params] })) as number,
  };
  return {
    dialect: 'sqlite',
    description: `sqlite ${path}`,
    ...querier,
    get running() {
      return conn !== undefined;
    },
    async transaction<T>(fn: (q: Querier) => Promise<T>): Promise<T> {
      // The store runs one operation at a time (SqlStore.serial), so nothing else can slip into
      // this transaction while fn awaits; nor may the worker, and the transaction with it, stop.
      inTransaction = true;
      try {
        await send({ op: 'exec', sql: 'BEGIN IMMEDIATE' });
        try {
          const out = await fn(querier);
          await send({ op: 'exec', sql: 'COMMIT' });
          return out;
        } catch (err) {
          await send({ op: 'exec', sql: 'ROLLBACK' }).catch(() => {});
          throw err;
        }
      } finally {
        inTransaction = false;
        idleSoon();
      }
    },
    // BEGIN IMMEDIATE already holds the file's write lock.
    lockForMigration: () => Promise.resolve(),
    async close() {
      clearTimeout(idleTimer);
      if (dead) return;
      dead = new Error('the database is closed');
      const last = conn;
      conn = undefined;
      await last?.stop();
    },
  };
}
