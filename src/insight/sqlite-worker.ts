// The SQLite connection, on a worker thread of its own: better-sqlite3 is synchronous, and a slow
// disk (a WAL checkpoint's fsync on a busy machine) must stall that thread, never the one that
// answers. Requests come in order and are answered in order: one connection, one statement at a time.
//
// The worker's code is plain JavaScript run with `eval`, so the same thread starts from the sources
// (tsx, whose loader Node 20 does not give to workers), from dist/ and under the tests alike; it is
// handed the resolved path of better-sqlite3, so it loads the same module whatever the working folder.

export type WorkerRequest =
  | { id: number; op: 'all' | 'run'; sql: string; params: (string | number | null)[] }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'close' };

export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export interface WorkerData {
  /** The database file. */
  path: string;
  /** require.resolve('better-sqlite3') in the main thread. */
  driver: string;
  /** How long a write waits for another process (a shard, the report) holding the file's write lock. */
  busyTimeoutMs: number;
}

export const WORKER_SOURCE = `
'use strict';
const { mkdirSync } = require('node:fs');
const { dirname } = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);

let db;
let openError;
try {
  mkdirSync(dirname(workerData.path), { recursive: true });
  db = new Database(workerData.path);
  db.pragma('busy_timeout = ' + Number(workerData.busyTimeoutMs));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
} catch (err) {
  openError = err.message;
}

const statements = new Map();
function prepare(sql) {
  let s = statements.get(sql);
  if (!s) {
    s = db.prepare(sql);
    if (statements.size > 200) statements.clear();
    statements.set(sql, s);
  }
  return s;
}

parentPort.on('message', (req) => {
  let reply;
  try {
    if (!db) throw new Error(openError || 'the database is closed');
    let result = null;
    if (req.op === 'all') result = prepare(req.sql).all(...req.params);
    else if (req.op === 'run') result = prepare(req.sql).run(...req.params).changes;
    else if (req.op === 'exec') {
      // A ROLLBACK after a failed statement may find no transaction left.
      if (!(req.sql === 'ROLLBACK' && !db.inTransaction)) db.exec(req.sql);
    } else {
      db.close();
      db = undefined;
      openError = 'the database is closed';
    }
    reply = { id: req.id, ok: true, result };
  } catch (err) {
    reply = { id: req.id, ok: false, error: err.message };
  }
  parentPort.postMessage(reply);
});
`;
