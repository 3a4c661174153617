// The SQLite work that may wait, on a worker thread of its own: the WAL checkpoint (it copies the log
// into the database file and fsyncs it) and long reads (a report over months of questions). A slow
// disk or a big scan must stall that thread, never the one that answers. Requests come in order and are
// answered in order, on one connection of the worker's own.
//
// The code is plain JavaScript run with `eval`, so the same thread starts from the sources (tsx, whose
// loader Node 20 does not give to workers), from dist/ and under the tests alike; it is handed the
// resolved path of better-sqlite3, so it loads the same module whatever the working folder.

export type SideRequest =
  | { id: number; op: 'all'; sql: string; params: (string | number | null)[] }
  | { id: number; op: 'checkpoint' }
  | { id: number; op: 'close' };

export type SideReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export interface SideData {
  /** The database file. */
  path: string;
  /** require.resolve('better-sqlite3') in the main thread. */
  driver: string;
  /** How long a read waits for another process recovering the log. */
  busyTimeoutMs: number;
}

export const SIDE_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);

let db;
let openError;
try {
  db = new Database(workerData.path);
  db.pragma('busy_timeout = ' + Number(workerData.busyTimeoutMs));
} catch (err) {
  openError = err.message;
}

parentPort.on('message', (req) => {
  let reply;
  try {
    if (!db) throw new Error(openError || 'the database is closed');
    let result = null;
    if (req.op === 'all') result = db.prepare(req.sql).all(...req.params);
    // PASSIVE copies what no reader still needs and never waits for, or holds up, a writer; the next
    // write then starts the log over from its beginning.
    else if (req.op === 'checkpoint') result = db.pragma('wal_checkpoint(PASSIVE)');
    else {
      // The last connection to close checkpoints the whole log: here, not on the answering thread.
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
