// Per-user cooldown for free-text questions. Owned by the bot instance, not module state.
export class Cooldown {
  private readonly last = new Map<string, number>();

  constructor(private readonly seconds: number) {}

  /** Seconds the user must still wait (rounded up), or 0 and the use is recorded. */
  take(userId: string, now = Date.now()): number {
    if (this.seconds <= 0) return 0;
    const ms = this.seconds * 1000;
    const prev = this.last.get(userId);
    if (prev !== undefined && now - prev < ms) return Math.ceil((ms - (now - prev)) / 1000);
    this.last.set(userId, now);
    if (this.last.size > 10_000) for (const [id, t] of this.last) if (now - t >= ms) this.last.delete(id);
    return 0;
  }
}
