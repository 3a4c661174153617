// The per-user token bucket on questions, on a clock the test drives.
import { describe, expect, it } from 'vitest';
import { RateLimit, rateLimitNotice } from '../../src/discord/rate-limit.ts';
import { loadConfig, obsoleteSettings, RATE_LIMIT_DEFAULTS } from '../../src/config.ts';

/** Takes n questions for a user at one instant; how many went ahead. */
function ask(limit: RateLimit, user: string, n: number, now: number): number {
  let passed = 0;
  for (let i = 0; i < n; i++) if (limit.take(user, now) === 0) passed++;
  return passed;
}

describe('RateLimit', () => {
  it('lets a burst through at once, then refuses', () => {
    const limit = new RateLimit(8, 15);
    expect(ask(limit, 'a', 8, 0)).toBe(8);
    expect(limit.take('a', 0)).toBeGreaterThan(0);
  });

  it('keeps each user to their own bucket', () => {
    const limit = new RateLimit(2, 15);
    expect(ask(limit, 'a', 5, 0)).toBe(2);
    expect(ask(limit, 'b', 2, 0)).toBe(2);
  });

  it('reports the wait until the next token, and a refused question takes nothing', () => {
    const limit = new RateLimit(8, 15); // a token every 4 s
    ask(limit, 'a', 8, 0);
    expect(limit.take('a', 0)).toBe(4000);
    expect(limit.take('a', 1000)).toBe(3000);
    expect(limit.take('a', 1000)).toBe(3000); // asking again while limited does not push it out
    expect(limit.take('a', 3999)).toBe(1);
    expect(limit.take('a', 4000)).toBe(0);
    expect(limit.take('a', 4000)).toBe(4000);
  });

  it('refills at the rate, never above the burst', () => {
    const limit = new RateLimit(8, 15);
    ask(limit, 'a', 8, 0);
    expect(ask(limit, 'a', 10, 12_000)).toBe(3); // 12 s at one every 4 s
    expect(ask(limit, 'a', 20, 3_600_000)).toBe(8); // an hour later: full, and no fuller
  });

  it('holds a sustained flood to burst + rate × time: 30 questions in 10 s get 10 answers at the defaults', () => {
    const limit = new RateLimit(RATE_LIMIT_DEFAULTS.burst, RATE_LIMIT_DEFAULTS.perMinute);
    let passed = 0;
    for (let i = 0; i < 30; i++) if (limit.take('a', (i * 10_000) / 29) === 0) passed++;
    expect(passed).toBe(10); // 8 at once, and one at 4 s and 8 s
  });

  it('lets a person working through tickets ask and ask again without ever waiting', () => {
    const limit = new RateLimit(RATE_LIMIT_DEFAULTS.burst, RATE_LIMIT_DEFAULTS.perMinute);
    // A ticket every 30 s for an hour, each with /wu ask, the message menu and two rephrasings within 3 s.
    for (let t = 0; t < 3_600_000; t += 30_000)
      for (const dt of [0, 1000, 2000, 3000]) expect(limit.take('lead', t + dt)).toBe(0);
  });

  it('drops buckets once they have filled up again, so idle users cost no memory', () => {
    const limit = new RateLimit(8, 15); // empty to full in 32 s
    for (let i = 0; i < 100; i++) limit.take(`user-${i}`, 0);
    expect(limit.size).toBe(100);
    limit.take('late', 31_999);
    expect(limit.size).toBe(101);
    limit.take('late', 32_000);
    expect(limit.size).toBe(1); // only 'late', whose bucket is not full
    // A dropped user starts again with a full bucket, exactly what they had.
    expect(ask(limit, 'user-1', 9, 32_000)).toBe(8);
  });

  it('never holds more than maxUsers buckets, dropping the least recently used', () => {
    const limit = new RateLimit(1, 1, 3);
    for (const u of ['a', 'b', 'c', 'd']) limit.take(u, 0);
    expect(limit.size).toBe(3);
    expect(limit.take('a', 0)).toBe(0); // 'a' was dropped: a fresh bucket
    expect(limit.take('d', 0)).toBeGreaterThan(0); // 'd' is still held
  });

  it('is off at 0 a minute', () => {
    const limit = new RateLimit(8, 0);
    expect(limit.enabled).toBe(false);
    expect(ask(limit, 'a', 1000, 0)).toBe(1000);
    expect(limit.size).toBe(0);
  });

  it('takes a clock that goes backwards as no time passing', () => {
    const limit = new RateLimit(1, 60);
    limit.take('a', 10_000);
    expect(limit.take('a', 5_000)).toBe(1000);
  });
});

describe('rateLimitNotice', () => {
  it('says when to ask again as a Discord relative timestamp and in seconds', () => {
    const text = rateLimitNotice(3200, 1_700_000_000_000);
    expect(text).toContain('<t:1700000004:R>');
    expect(text).toContain('in 4 s');
  });
});

describe('rate limit configuration', () => {
  it('defaults to a burst of 8 and 15 a minute; blank means the default, 0 a minute turns it off', () => {
    expect(loadConfig({})).toMatchObject({ RATE_LIMIT_BURST: 8, RATE_LIMIT_PER_MINUTE: 15 });
    expect(loadConfig({ RATE_LIMIT_BURST: '', RATE_LIMIT_PER_MINUTE: ' ' })).toMatchObject({
      RATE_LIMIT_BURST: 8,
      RATE_LIMIT_PER_MINUTE: 15,
    });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).RATE_LIMIT_PER_MINUTE).toBe(0);
    expect(loadConfig({ RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_MINUTE: '0.5' })).toMatchObject({
      RATE_LIMIT_BURST: 3,
      RATE_LIMIT_PER_MINUTE: 0.5,
    });
  });

  it('names the variable and what it takes when a value is wrong', () => {
    expect(() => loadConfig({ RATE_LIMIT_BURST: '0' })).toThrow(/RATE_LIMIT_BURST must be a whole number from 1/);
    expect(() => loadConfig({ RATE_LIMIT_BURST: '2.5' })).toThrow(/RATE_LIMIT_BURST/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(
      /RATE_LIMIT_PER_MINUTE must be a number from 0 to 6000.*0 turns the limit off/,
    );
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it('points a left-over COOLDOWN_SECONDS at its replacements', () => {
    expect(obsoleteSettings({})).toEqual([]);
    expect(obsoleteSettings({ COOLDOWN_SECONDS: '5' })[0]).toMatch(/RATE_LIMIT_BURST and RATE_LIMIT_PER_MINUTE/);
  });
});
