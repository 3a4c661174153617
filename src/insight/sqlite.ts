// The embedded store: one SQLite file (better-sqlite3), created with its folder on first start.
// WAL lets `npm run report` read while the bot writes, and shards of one machine share the file.
// The connection lives on a worker thread (sqlite-worker.ts), so no write, however slow the disk,
// holds up an answer.
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

export function openSqlite(path: string): SqlDriver {
  const worker = startWorker(path);
  // Idle, the worker does not keep the process alive; a request in flight does.
  worker.unref();
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let dead: Error | undefined;
  const fail = (err: Error) => {
    dead = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) p.resolve(reply.result);
    else p.reject(new Error(reply.error));
  });
  worker.on('error', (err) => fail(err));
  worker.on('exit', (code) => fail(new Error(`the SQLite worker exited (${code})`)));

  const send = (req: Request): Promise<unknown> => {
    if (dead) return Promise.reject(dead);
    const id = ++next;
    if (pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...req, id });
    });
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
    async transaction<T>(fn: (q: Querier) => Promise<T>): Promise<T> {
      // The store runs one operation at a time (SqlStore.serial), so nothing else can slip into
      // this transaction while fn awaits.
      await send({ op: 'exec', sql: 'BEGIN IMMEDIATE' });
      try {
        const out = await fn(querier);
        await send({ op: 'exec', sql: 'COMMIT' });
        return out;
      } catch (err) {
        await send({ op: 'exec', sql: 'ROLLBACK' }).catch(() => {});
        throw err;
      }
    },
    // BEGIN IMMEDIATE already holds the file's write lock.
    lockForMigration: () => Promise.resolve(),
    async close() {
      if (dead) return;
      await send({ op: 'close' }).catch(() => {});
      await worker.terminate();
    },
  };
}
