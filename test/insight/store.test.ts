// The one storage interface, the same tests against both stores: SQLite in a temporary file and a
// real PostgreSQL server started for this file (failing, not skipping, when none can be started).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { SqlStore } from '../../src/insight/sql-store.ts';
import { openSqlite } from '../../src/insight/sqlite.ts';
import { openPostgres } from '../../src/insight/postgres.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/insight/migrations.ts';
import type { FeedbackEvent, InsightStore, InteractionEvent } from '../../src/insight/store.ts';
import { startPostgres, type TestPostgres } from './postgres-server.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27, 12);
const G1 = '100000000000000003';
const G2 = '100000000000000033';

let server: TestPostgres;
let dir: string;
let n = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wu-store-'));
  server = await startPostgres();
}, 60_000);

afterAll(async () => {
  await server?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

function interaction(over: Partial<InteractionEvent> = {}): InteractionEvent {
  n += 1;
  return {
    type: 'interaction',
    id: `${800000000000000000n + BigInt(n)}`,
    at: NOW,
    guild: G1,
    kind: 'question',
    action: 'wu ask',
    entry: 'usosvc',
    outcome: 'answer',
    confidence: 0.9,
    alternatives: 0,
    latencyMs: 1.5,
    user: 'u1',
    question: null,
    ...over,
  };
}

function vote(over: Partial<FeedbackEvent> = {}): FeedbackEvent {
  return {
    type: 'feedback',
    message: '300000000000000001',
    entry: 'usosvc',
    user: 'u1',
    guild: G1,
    at: NOW,
    helpful: true,
    source: 'button',
    ref: null,
    question: null,
    comment: null,
    ...over,
  };
}

/** A new, empty store of each kind (PostgreSQL: a database of its own). */
const stores: Record<string, () => Promise<InsightStore>> = {
  sqlite: () => Promise.resolve(new SqlStore(openSqlite(join(dir, `s${++n}`, 'insight.db')))),
  postgres: async () => {
    const name = `t${++n}`;
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return new SqlStore(openPostgres(server.url.replace(/\/postgres$/, `/${name}`)));
  },
};

describe.each(Object.keys(stores))('the %s store', (kind) => {
  let store: InsightStore;
  beforeAll(async () => {
    store = await stores[kind]!();
    expect(await store.migrate()).toBe(SCHEMA_VERSION);
  });
  afterAll(async () => {
    await store?.close();
  });
  const all = () => store.summary({ since: 0 });

  it('runs its migrations once, at start-up, however often it is opened', async () => {
    expect(await store.migrate()).toBe(SCHEMA_VERSION);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('writes interactions in batches, once each, and counts them', async () => {
    const a = interaction({ user: 'u1' });
    await store.write([
      a,
      a,
      interaction({ user: 'u2' }),
      interaction({ user: 'u2', outcome: 'decline', entry: null }),
    ]);
    await store.write([a]); // a retried batch
    const s = await all();
    expect(s.totals).toMatchObject({ interactions: 3, users: 2, answers: 2, declines: 1 });
    expect(s.used).toEqual([{ entry: 'usosvc', count: 2 }]);
    expect(s.days).toEqual([expect.objectContaining({ day: '2026-11-27', interactions: 3, answers: 2, declines: 1 })]);
  });

  it('writes a batch of a thousand in one go', async () => {
    const batch = Array.from({ length: 1000 }, (_, i) => interaction({ guild: G2, user: `bulk${i % 7}` }));
    await store.write(batch);
    const s = await store.summary({ since: 0, guild: G2 });
    expect(s.totals.interactions).toBe(1000);
    expect(s.totals.users).toBe(7);
    await store.forgetGuild(G2);
  });

  it('keeps the text of declined and unsure questions it was given, newest first', async () => {
    await store.write([
      interaction({ outcome: 'decline', entry: null, question: 'how do I bake bread', at: NOW - 1000 }),
      interaction({ outcome: 'unsure', alternatives: 2, question: 'it hangs at 0 percent', at: NOW }),
    ]);
    const s = await all();
    expect(s.questions.map((q) => q.question)).toEqual(['it hangs at 0 percent', 'how do I bake bread']);
    expect(s.questions[0]).toMatchObject({ outcome: 'unsure', entry: 'usosvc', guild: G1, user: 'u1' });
  });

  it('counts one vote per user per answer: a second click changes it', async () => {
    const m = '300000000000000777';
    await store.write([vote({ message: m, helpful: true }), vote({ message: m, helpful: false })]);
    await store.write([vote({ message: m, user: 'u2', helpful: false, question: 'what is usosvc', comment: null })]);
    // The text from the box follows its vote.
    await store.write([vote({ message: m, user: 'u2', helpful: false, comment: 'why it restarts my PC' })]);
    let s = await all();
    expect(s.votes).toEqual([{ entry: 'usosvc', helpful: 0, notHelpful: 2 }]);
    expect(s.notHelpful).toContainEqual(
      expect.objectContaining({ entry: 'usosvc', question: 'what is usosvc', comment: 'why it restarts my PC' }),
    );
    // Turned to Helpful: the text goes with the Not helpful.
    await store.write([vote({ message: m, user: 'u2', helpful: true })]);
    s = await all();
    expect(s.votes).toEqual([{ entry: 'usosvc', helpful: 1, notHelpful: 1 }]);
    expect(s.notHelpful.filter((r) => r.comment)).toEqual([]);
    expect(s.days[0]).toMatchObject({ helpful: 1, notHelpful: 1 });
  });

  it('keeps text per server: turning it off clears what was kept there, and only there', async () => {
    await store.write([
      interaction({ guild: G2, outcome: 'decline', entry: null, question: 'printer offline' }),
      vote({ guild: G2, message: '300000000000000888', helpful: false, comment: 'printer' }),
    ]);
    await store.setKeepText(G2, false, NOW);
    expect((await store.guildSettings()).get(G2)).toEqual({ keepText: false });
    const s = await all();
    expect(s.questions.some((q) => q.question === 'printer offline')).toBe(false);
    expect(s.questions.some((q) => q.question === 'how do I bake bread')).toBe(true);
    expect(s.notHelpful.some((r) => r.comment === 'printer')).toBe(false);
    const other = await store.summary({ since: 0, guild: G2 });
    expect(other.totals.withoutText).toBe(1);
    // A replica that has not heard of it yet still cannot keep text there.
    await store.write([interaction({ guild: G2, outcome: 'decline', entry: null, question: 'stale replica' })]);
    expect((await all()).questions.some((q) => q.question === 'stale replica')).toBe(false);
    await store.setKeepText(G2, true, NOW);
    expect((await store.guildSettings()).get(G2)).toEqual({ keepText: true });
  });

  it('reads one server, from a time on', async () => {
    await store.write([interaction({ guild: G2, at: NOW - 40 * DAY })]);
    const g2 = await store.summary({ since: 0, guild: G2 });
    const recent = await store.summary({ since: NOW - 30 * DAY, guild: G2 });
    expect(g2.totals.interactions).toBe(recent.totals.interactions + 1);
    expect((await store.summary({ since: NOW + DAY })).totals.interactions).toBe(0);
  });

  it('forgets a server, and nothing else', async () => {
    const before = await all();
    const g2 = await store.summary({ since: 0, guild: G2 });
    const gone = await store.forgetGuild(G2);
    expect(gone.interactions).toBe(g2.totals.interactions);
    expect(gone.feedback).toBeGreaterThan(0);
    expect(gone.settings).toBe(1);
    expect((await store.summary({ since: 0, guild: G2 })).totals.interactions).toBe(0);
    expect((await all()).totals.interactions).toBe(before.totals.interactions - gone.interactions);
  });

  it('carries out a deletion that waited in the queue, in the same batch as what came before it', async () => {
    const g = '100000000000000999';
    await store.write([
      interaction({ guild: g }),
      vote({ guild: g, message: '300000000000000999' }),
      { type: 'forget', guild: g, at: NOW },
    ]);
    const s = await store.summary({ since: 0, guild: g });
    expect(s.totals.interactions).toBe(0);
    expect(s.votes).toEqual([]);
  });

  it('applies retention: text after its days, rows after theirs', async () => {
    await store.write([
      interaction({ outcome: 'decline', entry: null, question: 'old text', at: NOW - 100 * DAY }),
      interaction({ outcome: 'decline', entry: null, question: 'very old', at: NOW - 500 * DAY }),
    ]);
    const pruned = await store.prune(NOW - 90 * DAY, NOW - 400 * DAY);
    // The very old row loses its text, then the row itself.
    expect(pruned).toEqual({ texts: 2, rows: 1 });
    const s = await all();
    expect(s.questions.map((q) => q.question)).not.toContain('old text');
    expect(s.questions.map((q) => q.question)).toContain('how do I bake bread');
    expect(s.totals.withoutText).toBeGreaterThanOrEqual(1);
  });
});

describe('PostgreSQL with several replicas', () => {
  it('migrates once when several start together', async () => {
    const first = (await stores.postgres!()) as SqlStore;
    const url = (first as unknown as { db: { description: string } }).db.description;
    expect(url).toMatch(/^postgres 127\.0\.0\.1:\d+\/t\d+$/);
    const name = url.split('/').pop()!;
    const more = Array.from(
      { length: 4 },
      () => new SqlStore(openPostgres(server.url.replace(/\/postgres$/, `/${name}`))),
    );
    const versions = await Promise.all([first, ...more].map((s) => s.migrate()));
    expect(versions).toEqual([1, 1, 1, 1, 1].map(() => SCHEMA_VERSION));
    await Promise.all([first, ...more].map((s) => s.close()));
  });
});

describe('the SQLite store never holds up the answering thread', () => {
  /** How late a 5 ms timer fires while `work` runs: what an answer waiting on this thread would wait. */
  async function lateness<T>(work: () => Promise<T>): Promise<{ worst: number; took: number; out: T }> {
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last - 5);
      last = now;
    }, 5);
    const started = performance.now();
    const out = await work();
    const took = performance.now() - started;
    clearInterval(timer);
    // A block that lasted until the end fired no timer: count it too.
    worst = Math.max(worst, performance.now() - last - 5);
    return { worst, took, out };
  }

  it('writes a large batch a statement at a time, letting this thread run between them', async () => {
    const store = new SqlStore(openSqlite(join(dir, 'big', 'insight.db')));
    await store.migrate();
    const batch = Array.from({ length: 20_000 }, (_, i) =>
      interaction({ user: `big${i % 50}`, guild: '100000000000000444' }),
    );
    const { worst, took } = await lateness(() => store.write(batch));
    expect((await store.summary({ since: 0 })).totals.interactions).toBe(20_000);
    // One statement (100 rows) at a time: timers fire between them, not after the whole batch.
    expect(worst).toBeLessThan(Math.max(50, took / 2));
    await store.close();
  });

  it("waits for another process's write lock on timers, then writes", async () => {
    const path = join(dir, 'locked', 'insight.db');
    const holder = openSqlite(path);
    const waiter = openSqlite(path);
    await holder.run('CREATE TABLE t (x INTEGER)');
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    // The holder takes the write lock and keeps it until released, as a shard mid-write would.
    const holding = holder.transaction(async (q) => {
      await q.run('INSERT INTO t VALUES (1)');
      locked();
      await released;
    });
    await isLocked;
    setTimeout(release, 300);
    const { worst, took } = await lateness(() => waiter.transaction((q) => q.run('INSERT INTO t VALUES (2)')));
    await holding;
    // It waited for the lock (about 300 ms), and this thread's timers ran all the while.
    expect(took).toBeGreaterThan(200);
    expect(worst).toBeLessThan(50);
    expect(await waiter.all('SELECT x FROM t ORDER BY x')).toEqual([{ x: 1 }, { x: 2 }]);
    await holder.close();
    await waiter.close();
  });
});

describe('the SQLite worker: checkpoints once the log has grown, long reads, the last close', () => {
  const until = async (cond: () => boolean) => {
    for (let i = 0; i < 300 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  };

  it('copies the log into the database file off this thread, then stays stopped for small writes', async () => {
    const path = join(dir, 'checkpoint', 'insight.db');
    const db = openSqlite(path, { checkpointAfterBytes: 256 * 1024, checkpointEveryMs: 0, idleStopMs: 50 });
    const store = new SqlStore(db);
    await store.migrate();
    // A small write leaves the log short: no checkpoint, no worker.
    await store.write([interaction()]);
    expect(db.running).toBe(false);
    const before = statSync(path).size;
    await store.write(Array.from({ length: 2000 }, () => interaction({ question: 'x'.repeat(200) })));
    expect(db.running).toBe(true);
    await until(() => !db.running);
    expect(db.running).toBe(false);
    // The rows reached the database file itself, not only the log.
    expect(statSync(path).size).toBeGreaterThan(before);
    // The log starts over (and its file is cut back): the next small writes need no checkpoint.
    for (let i = 0; i < 3; i++) {
      await store.write([interaction()]);
      expect(db.running).toBe(false);
    }
    expect(statSync(`${path}-wal`).size).toBeLessThan(256 * 1024);
    await store.close();
    await expect(db.all('SELECT 1')).rejects.toThrow(/closed/);
  });

  it("reads a report on the worker, and deletes a server's rows a thousand at a time", async () => {
    const db = openSqlite(join(dir, 'reads', 'insight.db'), { idleStopMs: 50 });
    const store = new SqlStore(db);
    await store.migrate();
    await store.write(Array.from({ length: 2500 }, () => interaction({ guild: G2 })));
    await until(() => !db.running);
    expect(db.running).toBe(false);
    expect((await store.summary({ since: 0 })).totals.interactions).toBe(2500);
    expect(db.running).toBe(true);
    expect((await store.forgetGuild(G2)).interactions).toBe(2500);
    expect((await store.summary({ since: 0 })).totals.interactions).toBe(0);
    await store.close();
  });

  it('closes its own connection last, so the whole log is checkpointed on the worker', async () => {
    const path = join(dir, 'last-close', 'insight.db');
    const store = new SqlStore(openSqlite(path));
    await store.migrate();
    await store.write([interaction(), interaction()]);
    expect(statSync(`${path}-wal`, { throwIfNoEntry: false })).toBeDefined();
    await store.close();
    // The last connection to close removes the log once it is all in the database.
    expect(statSync(`${path}-wal`, { throwIfNoEntry: false })).toBeUndefined();
    const again = new SqlStore(openSqlite(path));
    expect((await again.summary({ since: 0 })).totals.interactions).toBe(2);
    await again.close();
  });
});
