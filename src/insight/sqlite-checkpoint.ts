// The WAL checkpoint, on a worker thread of its own. It is the one step of SQLite's that waits on the
// disk (it copies the log into the database file and fsyncs it), and a slow disk must stall that
// thread, never the one that answers. Writes themselves stay on the answering thread: in WAL mode with
// synchronous=NORMAL a commit only appends to the log, without an fsync.
//
// The code is plain JavaScript run with `eval`, so the same thread starts from the sources (tsx, whose
// loader Node 20 does not give to workers), from dist/ and under the tests alike; it is handed the
// resolved path of better-sqlite3, so it loads the same module whatever the working folder.

export interface CheckpointData {
  /** The database file. */
  path: string;
  /** require.resolve('better-sqlite3') in the main thread. */
  driver: string;
}

export const CHECKPOINT_SOURCE = `
'use strict';
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
try {
  // PASSIVE: copies what no reader still needs and never waits for, or holds up, a writer. The next
  // write then starts the log over from its beginning.
  db.pragma('wal_checkpoint(PASSIVE)');
} finally {
  db.close();
}
`;
