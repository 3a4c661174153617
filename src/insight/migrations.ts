// The insight schema, as numbered migrations run in order at start-up (and by `npm run report`).
// Each runs once, in a transaction, recorded in schema_migrations; on PostgreSQL an advisory lock
// lets replicas that start together take turns. Add a migration at the end; never edit one that
// has shipped. The SQL is the common ground of SQLite and PostgreSQL (BIGINT, DOUBLE PRECISION and
// TEXT are understood by both).
import type { Querier, SqlDriver } from './sql.ts';
import { num } from './sql.ts';

export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'interactions, feedback and server settings',
    statements: [
      `CREATE TABLE interactions (
        id TEXT PRIMARY KEY,
        at BIGINT NOT NULL,
        day TEXT NOT NULL,
        guild TEXT,
        kind TEXT NOT NULL,
        action TEXT,
        entry TEXT,
        outcome TEXT NOT NULL,
        confidence DOUBLE PRECISION,
        alternatives INTEGER NOT NULL DEFAULT 0,
        latency_ms DOUBLE PRECISION NOT NULL,
        user_hash TEXT NOT NULL,
        question TEXT
      )`,
      'CREATE INDEX interactions_at ON interactions (at)',
      'CREATE INDEX interactions_guild_at ON interactions (guild, at)',
      `CREATE TABLE feedback (
        message TEXT NOT NULL,
        entry TEXT NOT NULL,
        user_hash TEXT NOT NULL,
        guild TEXT,
        at BIGINT NOT NULL,
        day TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        source TEXT NOT NULL,
        ref TEXT,
        question TEXT,
        comment TEXT,
        PRIMARY KEY (message, entry, user_hash)
      )`,
      'CREATE INDEX feedback_at ON feedback (at)',
      'CREATE INDEX feedback_guild_at ON feedback (guild, at)',
      `CREATE TABLE guild_settings (
        guild TEXT PRIMARY KEY,
        keep_text INTEGER NOT NULL,
        updated_at BIGINT NOT NULL
      )`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

async function applied(q: Querier): Promise<Set<number>> {
  return new Set((await q.all('SELECT version FROM schema_migrations')).map((r) => num(r.version)));
}

/** Runs the migrations not yet applied; resolves with the store's schema version. */
export async function migrate(driver: SqlDriver, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  return driver.transaction(async (q) => {
    await driver.lockForMigration(q);
    await q.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
    );
    const done = await applied(q);
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      for (const sql of m.statements) await q.run(sql);
      await q.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        Date.now(),
      ]);
      done.add(m.version);
    }
    return Math.max(0, ...done);
  });
}
