// Which store, from the configuration: PostgreSQL when DATABASE_URL is set, else the SQLite file
// data/insight.db (DATA_DIR), created with its folder on first start. Also where the hashing secret
// lives when INSIGHT_SECRET is not set.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { InsightStore } from './store.ts';
import { SqlStore } from './sql-store.ts';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));
export const SQLITE_FILE = 'insight.db';
const SECRET_FILE = 'insight.secret';

export type StoreSettings = Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>;

export function dataDir(config: Pick<Config, 'DATA_DIR'>): string {
  return config.DATA_DIR ? resolve(config.DATA_DIR) : DEFAULT_DATA_DIR;
}

export function sqlitePath(config: Pick<Config, 'DATA_DIR'>): string {
  return join(dataDir(config), SQLITE_FILE);
}

/**
 * Opens the configured store (without migrating it). Only the driver in use is loaded: a bot on the
 * SQLite file never loads pg, nor one on PostgreSQL the native SQLite module.
 */
export async function openStore(config: StoreSettings, log?: Logger): Promise<InsightStore> {
  if (config.DATABASE_URL) {
    const { openPostgres } = await import('./postgres.ts');
    return new SqlStore(openPostgres(config.DATABASE_URL, log));
  }
  const { openSqlite } = await import('./sqlite.ts');
  return new SqlStore(openSqlite(sqlitePath(config), { log }));
}

/**
 * The key for hashing user ids: INSIGHT_SECRET, or one generated once and kept in the data folder
 * (readable by its owner only). Shards of one machine share the file; replicas on several machines
 * must share INSIGHT_SECRET to count a user once.
 */
export function insightSecret(config: Pick<Config, 'INSIGHT_SECRET' | 'DATA_DIR'>): string {
  if (config.INSIGHT_SECRET) return config.INSIGHT_SECRET;
  const dir = dataDir(config);
  const file = join(dir, SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  try {
    // 'wx': two shards starting together must not each write their own.
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return readFileSync(file, 'utf8').trim();
}
