// Insight, as the bot sees it: record() is synchronous and cheap, and never throws or waits on the
// store. Events are queued and written in batches off the reply path; a failed write is logged and
// counted and retried with backoff, and the queue is bounded (the oldest are dropped, and counted,
// while the store is down). close() flushes what it can before exit (SIGTERM).
//
// What is kept (see the README's "What is kept"): user ids only as a keyed hash; question text only
// for declined and unsure answers and "Not helpful" votes, only where the server keeps text, and for
// INSIGHT_RETENTION_DAYS; everything else for ROW_RETENTION_DAYS.
import type { Logger } from '../log.ts';
import type {
  FeedbackEvent,
  Forgotten,
  GuildSettings,
  InsightEvent,
  InsightStore,
  InteractionEvent,
  ReportFilter,
  Summary,
} from './store.ts';
import { userHasher } from './hash.ts';

/** Rows without text (counts, hashed users) are kept this long: a year and a month, for year-on-year figures. */
export const ROW_RETENTION_DAYS = 400;
/** A question's text is remembered in memory this long, so a "Not helpful" on its answer can keep it. */
export const RECENT_TEXT_MS = 30 * 60_000;
/** At most this many texts are held in memory for that. */
const MAX_RECENT = 5000;
export const MAX_QUESTION_CHARS = 2000;
export const MAX_COMMENT_CHARS = 300;

const DAY_MS = 86_400_000;
const PRUNE_EVERY_MS = 6 * 3_600_000;
const SETTINGS_EVERY_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;
const LOG_FAILURES_EVERY_MS = 60_000;

export interface InsightOptions {
  openStore: () => InsightStore | Promise<InsightStore>;
  secret: string;
  retentionDays: number;
  log: Logger;
  /** Events held while the store is slow or down; past it the oldest are dropped. */
  queueMax?: number;
  /** Events per write. */
  batchSize?: number;
  /** How often the queue is written. */
  flushMs?: number;
}

export interface InsightCounters {
  queued: number;
  written: number;
  /** Batches whose write failed (each is retried). */
  failedWrites: number;
  /** Events dropped because the queue was full. */
  dropped: number;
  storeUp: boolean;
}

export interface InteractionInput extends Omit<InteractionEvent, 'type' | 'user' | 'question'> {
  userId: string;
  /** What the user asked; kept only for declines and unsure answers where the server keeps text. */
  text: string | null;
}

export interface VoteInput {
  message: string;
  entry: string;
  userId: string;
  guild: string | null;
  helpful: boolean;
  source: FeedbackEvent['source'];
  /** The interaction whose answer this is. */
  ref: string | null;
}

const clampText = (s: string | null, max: number) => {
  const t = s?.trim();
  return t ? t.slice(0, max) : null;
};

export class Insight {
  readonly counters: InsightCounters = { queued: 0, written: 0, failedWrites: 0, dropped: 0, storeUp: false };
  private readonly hash: (userId: string) => string;
  private readonly log: Logger;
  private readonly queueMax: number;
  private readonly batchSize: number;
  private queue: InsightEvent[] = [];
  private store?: InsightStore;
  private opening?: Promise<InsightStore | undefined>;
  private nextOpenAt = 0;
  private nextFlushAt = 0;
  private failuresInRow = 0;
  private lastFailureLog = 0;
  private flushing?: Promise<void>;
  /** close() has begun: nothing more is queued. */
  private closed = false;
  /** close() is done: a store that opens now is closed again at once. */
  private finished = false;
  private settings = new Map<string, GuildSettings>();
  private readonly recent = new Map<string, { text: string; guild: string | null; at: number }>();
  private readonly timers: NodeJS.Timeout[] = [];
  private lastPrune = 0;
  /**
   * Settings are read again only while something is being recorded (they matter for nothing else),
   * so an idle bot leaves the store alone.
   */
  private recordedSinceSettings = false;
  /** A reading was skipped while idle: the next event read them at once. */
  private settingsSkipped = false;

  constructor(private readonly opts: InsightOptions) {
    const hash = userHasher(opts.secret);
    // The same people ask again and again: a bounded cache spares an HMAC each time.
    const hashes = new Map<string, string>();
    this.hash = (userId) => {
      let h = hashes.get(userId);
      if (h === undefined) {
        if (hashes.size >= 10_000) hashes.clear();
        h = hash(userId);
        hashes.set(userId, h);
      }
      return h;
    };
    this.log = opts.log;
    this.queueMax = opts.queueMax ?? 10_000;
    this.batchSize = opts.batchSize ?? 500;
    const flushMs = opts.flushMs ?? 1000;
    this.timers.push(
      setInterval(() => {
        this.forgetOldTexts();
        void this.flush();
      }, flushMs).unref(),
    );
    this.timers.push(setInterval(() => void this.refreshSettings(), SETTINGS_EVERY_MS).unref());
    void this.ensureStore();
  }

  /** Whether this server keeps question text (on unless turned off with /wu privacy). */
  keepsText(guild: string | null): boolean {
    return guild === null || (this.settings.get(guild)?.keepText ?? true);
  }

  recordInteraction(input: InteractionInput): void {
    try {
      const { userId, text, ...rest } = input;
      const question = clampText(text, MAX_QUESTION_CHARS);
      const keep = question !== null && this.keepsText(input.guild);
      if (keep) this.remember(input.id, question, input.guild);
      this.push({
        type: 'interaction',
        ...rest,
        user: this.hash(userId),
        question: keep && (input.outcome === 'decline' || input.outcome === 'unsure') ? question : null,
      });
    } catch (err) {
      this.log.warn({ err }, 'insight: could not record an interaction');
    }
  }

  /** A Helpful / Not helpful vote (or a guide's It worked / Still broken); a later vote replaces it. */
  recordVote(v: VoteInput): void {
    try {
      this.push(this.feedbackEvent(v, null));
    } catch (err) {
      this.log.warn({ err }, 'insight: could not record a vote');
    }
  }

  /** What the user wrote in the "What were you looking for?" box, on their "Not helpful" vote. */
  recordComment(v: Omit<VoteInput, 'helpful' | 'source'>, comment: string): void {
    const text = clampText(comment, MAX_COMMENT_CHARS);
    if (!text || !this.keepsText(v.guild)) return;
    try {
      // The box comes from the "Not helpful" button's modal.
      this.push(this.feedbackEvent({ ...v, helpful: false, source: 'button' }, text));
    } catch (err) {
      this.log.warn({ err }, 'insight: could not record a comment');
    }
  }

  /** /wu privacy text:on|off. Turning it off also clears the text kept for the server, queued or stored. */
  async setKeepText(guild: string, keepText: boolean): Promise<void> {
    const store = await this.requireStore();
    await store.setKeepText(guild, keepText, Date.now());
    this.settings.set(guild, { keepText });
    if (!keepText) {
      for (const e of this.queue)
        if (e.guild === guild)
          if (e.type === 'feedback') Object.assign(e, { question: null, comment: null });
          else if (e.type === 'interaction') e.question = null;
      for (const [k, v] of this.recent) if (v.guild === guild) this.recent.delete(k);
    }
  }

  /**
   * Deletes everything kept about a server (the bot left it). With the store down, the deletion is
   * queued like any event and done when the store is back: resolves with null then.
   */
  async forgetGuild(guild: string): Promise<Forgotten | null> {
    this.queue = this.queue.filter((e) => e.guild !== guild);
    this.counters.queued = this.queue.length;
    for (const [k, v] of this.recent) if (v.guild === guild) this.recent.delete(k);
    this.settings.delete(guild);
    try {
      return await (await this.requireStore()).forgetGuild(guild);
    } catch (err) {
      this.push({ type: 'forget', guild, at: Date.now() });
      this.log.warn(
        { guild, err: { message: (err as Error).message } },
        'insight: the store is unavailable; the server’s data will be deleted when it is back',
      );
      return null;
    }
  }

  async summary(filter: ReportFilter): Promise<Summary> {
    return (await this.requireStore()).summary(filter);
  }

  /** Writes what is queued (at most a batch a call). Never throws. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.queue.length === 0 || Date.now() < this.nextFlushAt) return Promise.resolve();
    this.flushing = this.writeBatch().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /** Flushes everything it can within maxMs, then closes the store. */
  async close(maxMs = 2000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    const deadline = Date.now() + maxMs;
    const remaining = () => Math.max(0, deadline - Date.now());
    const within = <T>(p: Promise<T>) =>
      Promise.race([p, new Promise<undefined>((r) => setTimeout(() => r(undefined), remaining()).unref())]);
    this.nextFlushAt = 0;
    this.nextOpenAt = 0;
    while (this.queue.length > 0 && remaining() > 0) {
      const before = this.counters.written;
      await within(this.flush());
      // A write failed (it backs off): what is left stays unwritten.
      if (this.counters.written === before) break;
    }
    if (this.queue.length > 0)
      this.log.warn({ ...this.counters, unwritten: this.queue.length }, 'insight: events not written at shutdown');
    else this.log.info({ written: this.counters.written }, 'insight: queue flushed');
    this.finished = true;
    const store = this.store;
    this.store = undefined;
    if (store) await within(store.close().catch(() => {}));
  }

  // ---- internals ----

  private push(e: InsightEvent): void {
    if (this.closed) return;
    this.recordedSinceSettings = true;
    if (this.settingsSkipped) {
      this.settingsSkipped = false;
      void this.refreshSettings();
    }
    this.queue.push(e);
    if (this.queue.length > this.queueMax) {
      const over = this.queue.length - this.queueMax;
      this.queue.splice(0, over);
      if (this.counters.dropped === 0 || this.counters.dropped % 1000 < over)
        this.log.warn(
          { dropped: this.counters.dropped + over, queueMax: this.queueMax },
          'insight: queue full, oldest events dropped',
        );
      this.counters.dropped += over;
    }
    this.counters.queued = this.queue.length;
    if (this.queue.length >= this.batchSize && !this.flushing) setImmediate(() => void this.flush());
  }

  /**
   * A vote as it is stored, the comment with it or null: the one place that hashes the voter and says
   * when the question's text goes along (a "Not helpful" only, where the server keeps text).
   */
  private feedbackEvent(v: VoteInput, comment: string | null): FeedbackEvent {
    const recent = v.ref ? this.recall(v.ref) : undefined;
    return {
      type: 'feedback',
      message: v.message,
      entry: v.entry,
      user: this.hash(v.userId),
      guild: v.guild,
      at: Date.now(),
      helpful: v.helpful,
      source: v.source,
      ref: v.ref,
      question: !v.helpful && recent && this.keepsText(v.guild) ? recent : null,
      comment,
    };
  }

  private remember(id: string, text: string, guild: string | null): void {
    this.recent.set(id, { text, guild, at: Date.now() });
    if (this.recent.size > MAX_RECENT) this.recent.delete(this.recent.keys().next().value!);
  }

  /** Forgets texts past RECENT_TEXT_MS (on the timer, off the reply path); a Map keeps insertion order. */
  private forgetOldTexts(): void {
    const now = Date.now();
    for (const [k, v] of this.recent) {
      if (now - v.at < RECENT_TEXT_MS) break;
      this.recent.delete(k);
    }
  }

  private recall(ref: string): string | undefined {
    const r = this.recent.get(ref);
    return r && Date.now() - r.at < RECENT_TEXT_MS ? r.text : undefined;
  }

  private async writeBatch(): Promise<void> {
    const batch = this.queue.splice(0, this.batchSize);
    try {
      const store = await this.ensureStore();
      if (!store) throw new Error('the insight store is not open');
      await store.write(batch);
      this.counters.written += batch.length;
      this.counters.storeUp = true;
      if (this.failuresInRow > 0)
        this.log.info({ ...this.counters, queued: this.queue.length }, 'insight: writing again');
      this.failuresInRow = 0;
      this.nextFlushAt = 0;
      // A burst: the next batch at once rather than at the next tick of the timer.
      if (this.queue.length >= this.batchSize && !this.closed) setImmediate(() => void this.flush());
      void this.pruneIfDue(store);
    } catch (err) {
      // Back to the front, in order; the bound still holds.
      this.queue.unshift(...batch);
      const over = this.queue.length - this.queueMax;
      if (over > 0) {
        this.queue.splice(0, over);
        this.counters.dropped += over;
      }
      this.counters.failedWrites += 1;
      this.counters.storeUp = false;
      this.failuresInRow += 1;
      this.nextFlushAt = Date.now() + Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.failuresInRow);
      // Failing again and again: open it afresh next time (a new connection, worker or pool).
      if (this.failuresInRow % 3 === 0 && this.store) {
        const stale = this.store;
        this.store = undefined;
        void stale.close().catch(() => {});
      }
      if (this.failuresInRow === 1 || Date.now() - this.lastFailureLog > LOG_FAILURES_EVERY_MS) {
        this.lastFailureLog = Date.now();
        this.log.error(
          { err: { message: (err as Error).message }, ...this.counters, queued: this.queue.length },
          'insight: write failed; answers go on, the events are kept and retried',
        );
      }
    } finally {
      this.counters.queued = this.queue.length;
    }
  }

  private async requireStore(): Promise<InsightStore> {
    this.nextOpenAt = Math.min(this.nextOpenAt, Date.now());
    const store = await this.ensureStore();
    if (!store) throw new Error('the insight store is not available');
    return store;
  }

  /** The open store, opening (and migrating) it first if needed; undefined while it cannot be opened. */
  private ensureStore(): Promise<InsightStore | undefined> {
    if (this.store) return Promise.resolve(this.store);
    if (this.opening) return this.opening;
    if (this.finished || Date.now() < this.nextOpenAt) return Promise.resolve(undefined);
    this.opening = (async () => {
      let store: InsightStore | undefined;
      try {
        store = await this.opts.openStore();
        const version = await store.migrate();
        this.settings = await store.guildSettings();
        this.log.info({ store: store.description, schema: version }, 'insight: store open');
        if (this.finished) {
          await store.close();
          return undefined;
        }
        this.store = store;
        this.counters.storeUp = true;
        void this.pruneIfDue(store);
        return store;
      } catch (err) {
        await store?.close().catch(() => {});
        this.failuresInRow += 1;
        this.nextOpenAt = Date.now() + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.failuresInRow);
        this.log.error(
          { err: { message: (err as Error).message }, store: store?.description },
          'insight: could not open the store; answers go on, events are queued and it is tried again',
        );
        return undefined;
      } finally {
        this.opening = undefined;
      }
    })();
    return this.opening;
  }

  private async refreshSettings(): Promise<void> {
    const store = this.store;
    if (!store) return;
    if (!this.recordedSinceSettings) {
      this.settingsSkipped = true;
      return;
    }
    this.recordedSinceSettings = false;
    try {
      this.settings = await store.guildSettings();
    } catch {
      // The next write reports the store's trouble.
    }
  }

  private async pruneIfDue(store: InsightStore): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    try {
      const pruned = await store.prune(now - this.opts.retentionDays * DAY_MS, now - ROW_RETENTION_DAYS * DAY_MS);
      if (pruned.texts || pruned.rows) this.log.info(pruned, 'insight: retention applied');
    } catch (err) {
      this.log.warn({ err: { message: (err as Error).message } }, 'insight: could not apply retention');
    }
  }
}
