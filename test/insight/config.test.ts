// The insight settings, checked at start-up like every other.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('insight configuration', () => {
  it('is on by default, keeps text 90 days, and uses the SQLite file', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ INSIGHT: true, INSIGHT_RETENTION_DAYS: 90 });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.INSIGHT_SECRET).toBeUndefined();
  });

  it('reads off, a retention, a PostgreSQL URL and a secret', () => {
    for (const off of ['off', '0', 'false']) expect(loadConfig({ INSIGHT: off }).INSIGHT).toBe(false);
    const c = loadConfig({
      INSIGHT_RETENTION_DAYS: '30',
      DATABASE_URL: 'postgres://wu:pw@db.internal:5432/wuhelper',
      INSIGHT_SECRET: 'sixteen or more characters',
      DATA_DIR: '/var/lib/wu-helper',
    });
    expect(c).toMatchObject({ INSIGHT_RETENTION_DAYS: 30, DATA_DIR: '/var/lib/wu-helper' });
  });

  it('names the variable when a value is wrong', () => {
    for (const [name, value] of [
      ['INSIGHT', 'maybe'],
      ['INSIGHT_RETENTION_DAYS', '0'],
      ['INSIGHT_RETENTION_DAYS', 'ninety'],
      ['DATABASE_URL', 'mysql://localhost/db'],
      ['INSIGHT_SECRET', 'short'],
    ]) {
      expect(() => loadConfig({ [name!]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ [name!]: value })).toThrow(new RegExp(`${name}:`));
    }
  });
});
