// Per-user rate limit for free-text questions (/wu ask and the "Ask WU Helper" message menu), as a
// token bucket: each user holds up to `burst` tokens, a question takes one, and tokens come back at
// `perMinute` a minute. A run of questions passes at once; only a sustained flood is held to the
// refill rate. Owned by the bot instance (one per process), not module state.
//
// Memory: a bucket that has filled up again is the same as no bucket, so it is dropped. Buckets are
// kept in the order they were last drawn from, so the ones untouched for a whole refill (and so
// certainly full) are at the front, and each take drops them in amortised constant time. Past
// maxUsers buckets (that many different people asking within one refill time) the least recently
// used go first; that can only let someone ask sooner, never later.

interface Bucket {
  /** Tokens left at `at`. */
  tokens: number;
  at: number;
}

export class RateLimit {
  private readonly buckets = new Map<string, Bucket>();
  /** Tokens regained per millisecond. */
  private readonly perMs: number;
  /** How long an empty bucket takes to fill: after this long untouched, any bucket is full. */
  private readonly fillMs: number;

  constructor(
    readonly burst: number,
    readonly perMinute: number,
    private readonly maxUsers = 10_000,
  ) {
    this.perMs = perMinute / 60_000;
    this.fillMs = this.enabled ? burst / this.perMs : 0;
  }

  /** RATE_LIMIT_PER_MINUTE=0 turns the limit off. */
  get enabled(): boolean {
    return this.perMinute > 0 && this.burst > 0;
  }

  /** Buckets held in memory: users who asked recently enough not to be back to a full bucket. */
  get size(): number {
    return this.buckets.size;
  }

  /**
   * Takes a token for this user: 0 means the question may go ahead; otherwise it is the milliseconds
   * until a token is back. A refused question takes nothing, so asking again while limited does not
   * push the time further out. `now` is a monotonic clock in milliseconds (tests pass their own).
   */
  take(userId: string, now = performance.now()): number {
    if (!this.enabled) return 0;
    this.dropFull(now);
    const b = this.buckets.get(userId);
    const tokens = b ? Math.min(this.burst, b.tokens + Math.max(0, now - b.at) * this.perMs) : this.burst;
    if (tokens < 1) return Math.ceil((1 - tokens) / this.perMs);
    this.buckets.delete(userId); // re-inserted at the back: the map stays in order of last take
    this.buckets.set(userId, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxUsers) this.buckets.delete(this.buckets.keys().next().value!);
    return 0;
  }

  private dropFull(now: number): void {
    for (const [id, b] of this.buckets) {
      if (now - b.at < this.fillMs) return;
      this.buckets.delete(id);
    }
  }
}

/**
 * The private reply when the limit applies: when to ask again as a Discord relative timestamp
 * (shown in the reader's own words and time zone, and counting down) and in seconds.
 */
export function rateLimitNotice(waitMs: number, nowMs = Date.now()): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const at = Math.ceil((nowMs + waitMs) / 1000);
  return (
    `That's a lot of questions in a short time, so I'm holding your next one back for a moment: ` +
    `ask again <t:${at}:R> (in ${seconds} s). The buttons on my earlier answers still work.`
  );
}
