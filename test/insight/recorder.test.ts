// The recorder: never in the way of an answer. Recording is synchronous and never throws; writes are
// batched, a failed one is counted and retried, the queue is bounded, and close() flushes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { Insight } from '../../src/insight/recorder.ts';
import type { InsightEvent, InsightStore, Summary } from '../../src/insight/store.ts';
import { userHasher } from '../../src/insight/hash.ts';

const log = pino({ level: 'silent' });
const G = '100000000000000003';

class MemoryStore implements InsightStore {
  readonly description = 'memory';
  written: InsightEvent[] = [];
  writes = 0;
  failing = false;
  keepText = new Map<string, boolean>();
  migrate = () => Promise.resolve(1);
  write(events: readonly InsightEvent[]) {
    this.writes += 1;
    if (this.failing) return Promise.reject(new Error('disk full'));
    this.written.push(...events.map((e) => ({ ...e })));
    return Promise.resolve();
  }
  guildSettings = () => Promise.resolve(new Map([...this.keepText].map(([g, keepText]) => [g, { keepText }] as const)));
  setKeepText(guild: string, keepText: boolean) {
    this.keepText.set(guild, keepText);
    return Promise.resolve();
  }
  forgetGuild = (_guild: string) => Promise.resolve({ interactions: 0, feedback: 0, settings: 0 });
  prune = () => Promise.resolve({ texts: 0, rows: 0 });
  summary = () => Promise.resolve({} as Summary);
  close = () => Promise.resolve();
}

const running: Insight[] = [];
afterEach(async () => {
  for (const i of running.splice(0)) await i.close(100);
});

function insight(
  store: InsightStore | (() => InsightStore),
  over: Partial<ConstructorParameters<typeof Insight>[0]> = {},
) {
  const i = new Insight({
    openStore: typeof store === 'function' ? store : () => store,
    secret: 'a test secret of enough length',
    retentionDays: 90,
    log,
    flushMs: 20,
    ...over,
  });
  running.push(i);
  return i;
}

let n = 0;
const ask = (outcome: 'answer' | 'unsure' | 'decline', text = 'how do I bake bread', guild: string | null = G) => ({
  id: `${800000000000000000n + BigInt(++n)}`,
  at: Date.now(),
  guild,
  kind: 'question' as const,
  action: 'wu ask',
  entry: outcome === 'decline' ? null : 'usosvc',
  outcome,
  confidence: outcome === 'decline' ? 0 : 0.5,
  alternatives: outcome === 'unsure' ? 2 : 0,
  latencyMs: 1,
  userId: '100000000000000005',
  text,
});

const until = async (ok: () => boolean, ms = 3000) => {
  const start = Date.now();
  while (!ok()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the insight recorder', () => {
  it('keeps no user id, only its keyed hash, the same each time', async () => {
    const store = new MemoryStore();
    const i = insight(store);
    i.recordInteraction(ask('answer'));
    i.recordInteraction(ask('answer'));
    await until(() => store.written.length === 2);
    const users = store.written.map((e) => (e.type === 'forget' ? '' : e.user));
    expect(users[0]).toBe(users[1]);
    expect(users[0]).toBe(userHasher('a test secret of enough length')('100000000000000005'));
    expect(JSON.stringify(store.written)).not.toContain('100000000000000005');
    expect(userHasher('another secret of enough length')('100000000000000005')).not.toBe(users[0]);
  });

  it('keeps question text for declines and unsure answers only', async () => {
    const store = new MemoryStore();
    const i = insight(store);
    i.recordInteraction(ask('answer', 'what is usosvc'));
    i.recordInteraction(ask('unsure', 'it hangs'));
    i.recordInteraction(ask('decline', 'sourdough'));
    await until(() => store.written.length === 3);
    expect(store.written.map((e) => (e.type === 'interaction' ? e.question : '?'))).toEqual([
      null,
      'it hangs',
      'sourdough',
    ]);
  });

  it('keeps the question with a Not helpful vote on its answer, and the text of the box', async () => {
    const store = new MemoryStore();
    const i = insight(store);
    const asked = ask('answer', 'what is usosvc');
    i.recordInteraction(asked);
    const vote = { message: '300000000000000001', entry: 'usosvc', userId: '1', guild: G, ref: asked.id };
    i.recordVote({ ...vote, helpful: true, source: 'button' });
    i.recordVote({ ...vote, helpful: false, source: 'button' });
    i.recordComment(vote, `  ${'x'.repeat(400)}  `);
    await until(() => store.written.length === 4);
    const [helpful, notHelpful, comment] = store.written.slice(1) as Extract<InsightEvent, { type: 'feedback' }>[];
    expect(helpful).toMatchObject({ helpful: true, question: null });
    expect(notHelpful).toMatchObject({ helpful: false, question: 'what is usosvc', ref: asked.id });
    expect(comment?.comment).toHaveLength(300);
  });

  it('keeps no text for a server that turned it off, and clears what was queued', async () => {
    const store = new MemoryStore();
    store.failing = true;
    const i = insight(store);
    i.recordInteraction(ask('decline', 'queued before'));
    await i.setKeepText(G, false);
    expect(i.keepsText(G)).toBe(false);
    expect(i.keepsText(null)).toBe(true);
    i.recordInteraction(ask('decline', 'after'));
    i.recordComment({ message: '3', entry: 'usosvc', userId: '1', guild: G, ref: null }, 'typed');
    store.failing = false;
    await until(() => store.written.length === 2, 5000);
    expect(
      store.written.map((e) => (e.type === 'interaction' ? e.question : e.type === 'feedback' && e.comment)),
    ).toEqual([null, null]);
  });

  it('counts a failed write, keeps the events and writes them when the store is back', async () => {
    const store = new MemoryStore();
    store.failing = true;
    const i = insight(store);
    for (let k = 0; k < 5; k++) i.recordInteraction(ask('answer'));
    await until(() => i.counters.failedWrites >= 1);
    expect(i.counters.queued).toBe(5);
    expect(i.counters.storeUp).toBe(false);
    store.failing = false;
    await until(() => store.written.length === 5, 5000);
    expect(i.counters).toMatchObject({ queued: 0, written: 5, dropped: 0, storeUp: true });
  });

  it('holds at most queueMax events while the store is down, dropping and counting the oldest', () => {
    const i = insight(
      () => {
        throw new Error('SQLITE_CANTOPEN: unable to open database file');
      },
      { queueMax: 100 },
    );
    for (let k = 0; k < 250; k++) i.recordInteraction(ask('answer'));
    expect(i.counters.queued).toBe(100);
    expect(i.counters.dropped).toBe(150);
  });

  it('records without throwing or waiting, whatever the store does', () => {
    const i = insight(() => {
      throw new Error('cannot open');
    });
    const t = performance.now();
    for (let k = 0; k < 1000; k++) i.recordInteraction(ask('decline'));
    expect(performance.now() - t).toBeLessThan(500);
  });

  it('deletes a server at once, or, with the store down, queues the deletion for when it is back', async () => {
    const store = new MemoryStore();
    const forgotten: string[] = [];
    store.forgetGuild = (guild: string) =>
      store.failing
        ? Promise.reject(new Error('down'))
        : (forgotten.push(guild), Promise.resolve({ interactions: 1, feedback: 0, settings: 0 }));
    const i = insight(store);
    i.recordInteraction(ask('decline', 'about to be forgotten'));
    expect(await i.forgetGuild(G)).toEqual({ interactions: 1, feedback: 0, settings: 0 });
    expect(forgotten).toEqual([G]);
    store.failing = true;
    i.recordInteraction(ask('decline', 'queued, then forgotten'));
    expect(await i.forgetGuild(G)).toBeNull();
    // What was queued for the server is gone; the deletion waits in its place.
    expect(i.counters.queued).toBe(1);
    store.failing = false;
    await until(() => store.written.length === 1, 5000);
    expect(store.written[0]).toMatchObject({ type: 'forget', guild: G });
  });

  it('writes a burst in batches at once, without waiting for the timer', async () => {
    const store = new MemoryStore();
    const sizes: number[] = [];
    const write = store.write.bind(store);
    store.write = (events) => (sizes.push(events.length), write(events));
    const i = insight(store, { flushMs: 60_000, batchSize: 50 });
    for (let k = 0; k < 120; k++) i.recordInteraction(ask('answer'));
    await until(() => store.written.length === 120);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(50);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
  });

  it('flushes what is queued on close', async () => {
    const store = new MemoryStore();
    const i = insight(store, { flushMs: 60_000 });
    for (let k = 0; k < 10; k++) i.recordInteraction(ask('answer'));
    await new Promise((r) => setTimeout(r, 50));
    expect(store.written).toHaveLength(0);
    await i.close(1000);
    expect(store.written).toHaveLength(10);
  });

  it('gives up flushing at close when the store is down, saying how many were not written', async () => {
    const store = new MemoryStore();
    store.failing = true;
    const i = insight(store, { flushMs: 60_000 });
    i.recordInteraction(ask('answer'));
    const t = Date.now();
    await i.close(500);
    expect(Date.now() - t).toBeLessThan(1500);
    expect(i.counters.queued).toBe(1);
  });
});

describe("servers' settings", () => {
  it('are read again only while something is recorded, so an idle bot leaves the store alone', async () => {
    vi.useFakeTimers();
    try {
      const store = new MemoryStore();
      let reads = 0;
      const read = store.guildSettings;
      store.guildSettings = () => {
        reads += 1;
        return read();
      };
      const i = insight(store, { flushMs: 1000 });
      await vi.advanceTimersByTimeAsync(10);
      expect(reads).toBe(1); // on opening
      await vi.advanceTimersByTimeAsync(5 * 60_000);
      expect(reads).toBe(1);
      // Back from idle: the first event has them read at once.
      store.keepText.set(G, false);
      i.recordInteraction(ask('decline'));
      await vi.advanceTimersByTimeAsync(10);
      expect(reads).toBe(2);
      expect(i.keepsText(G)).toBe(false);
      // While events keep coming, once a minute as before.
      i.recordInteraction(ask('answer'));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(reads).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
