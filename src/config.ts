// Every environment variable, in one zod schema. .env is read by dotenv first.
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const snowflake = (name: string) =>
  optionalText.refine(
    (v) => v === undefined || /^\d{15,22}$/.test(v),
    `${name} must be a Discord id (a number of 15 to 22 digits)`,
  );

/**
 * A number read from the environment. An empty value means the default, so a blank line in .env
 * never turns a limit off by accident; anything that is not a number, or fails `ok`, gets `message`.
 */
const numberSetting = (fallback: number, message: string, ok: (n: number) => boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (Number.isFinite(n) && ok(n)) return n;
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    });

/**
 * The per-user limit on free-text questions (/wu ask and the message menu), as a token bucket: a
 * burst of 8 covers a person working through tickets (a question, a right-click on the user's
 * message, a rephrase or two) without ever waiting, and refills in 32 s; 15 a minute after that is a
 * question every 4 s, faster than anyone reads the answers, while a script or a stuck key is held to it.
 */
export const RATE_LIMIT_DEFAULTS = { burst: 8, perMinute: 15 } as const;

/** The text of declined, unsure and "Not helpful" questions is kept this many days by default. */
export const INSIGHT_DEFAULTS = { retentionDays: 90 } as const;

export const configSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: snowflake('DISCORD_CLIENT_ID'),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID'),
  DISCORD_API_URL: optionalText.refine(
    (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
    'DISCORD_API_URL must be an http(s) URL, like https://discord.com/api',
  ),
  KNOWLEDGE_DIR: optionalText,
  KNOWLEDGE_WATCH: z
    .enum(['0', '1', 'true', 'false', ''], {
      message: 'KNOWLEDGE_WATCH must be 1 (reload knowledge when files change) or 0',
    })
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  RATE_LIMIT_BURST: numberSetting(
    RATE_LIMIT_DEFAULTS.burst,
    `RATE_LIMIT_BURST must be a whole number from 1 to 1000: how many questions one user can ask in a row before the limit applies (default ${RATE_LIMIT_DEFAULTS.burst}; RATE_LIMIT_PER_MINUTE=0 turns the limit off)`,
    (n) => Number.isInteger(n) && n >= 1 && n <= 1000,
  ),
  RATE_LIMIT_PER_MINUTE: numberSetting(
    RATE_LIMIT_DEFAULTS.perMinute,
    `RATE_LIMIT_PER_MINUTE must be a number from 0 to 6000: how many questions a minute each user gets back after a burst (default ${RATE_LIMIT_DEFAULTS.perMinute}); 0 turns the limit off`,
    (n) => n >= 0 && n <= 6000,
  ),
  INTERACTIONS_MODE: z
    .enum(['gateway', 'http'], { message: 'INTERACTIONS_MODE must be gateway or http' })
    .default('gateway'),
  DISCORD_PUBLIC_KEY: optionalText.refine(
    (v) => v === undefined || /^[0-9a-f]{64}$/i.test(v),
    'DISCORD_PUBLIC_KEY must be the 64 hex characters of the application public key',
  ),
  PORT: z.coerce.number().int().min(0).max(65535, 'PORT must be a TCP port number').default(3000),
  HOST: z.string().default('0.0.0.0'),
  SHARD_COUNT: z.coerce.number().int().min(1, 'SHARD_COUNT must be 1 or more').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // What people ask and what failed them (src/insight/): see the README's "What is kept".
  INSIGHT: z
    .enum(['on', 'off', '1', '0', 'true', 'false', ''], {
      message: 'INSIGHT must be on (keep what people ask and how the answers did, see the README) or off',
    })
    .default('on')
    .transform((v) => v !== 'off' && v !== '0' && v !== 'false'),
  INSIGHT_SECRET: optionalText.refine(
    (v) => v === undefined || v.length >= 16,
    'INSIGHT_SECRET must be at least 16 characters (it keys the hash of user ids; leave it empty to have one generated in DATA_DIR)',
  ),
  INSIGHT_RETENTION_DAYS: numberSetting(
    INSIGHT_DEFAULTS.retentionDays,
    `INSIGHT_RETENTION_DAYS must be a whole number of days from 1 to 3650: how long the text of declined, unsure and "Not helpful" questions is kept (default ${INSIGHT_DEFAULTS.retentionDays})`,
    (n) => Number.isInteger(n) && n >= 1 && n <= 3650,
  ),
  DATABASE_URL: optionalText.refine(
    (v) => v === undefined || /^postgres(?:ql)?:\/\/\S+$/.test(v),
    'DATABASE_URL must be a PostgreSQL URL, like postgres://user:password@host:5432/wuhelper',
  ),
  DATA_DIR: optionalText,
});

export type Config = z.infer<typeof configSchema>;

function crossCheck(c: Config): string[] {
  if (c.INTERACTIONS_MODE === 'http' && !c.DISCORD_PUBLIC_KEY)
    return [
      '  DISCORD_PUBLIC_KEY: required when INTERACTIONS_MODE=http (Developer Portal > General Information > Public Key)',
    ];
  return [];
}

/** Settings that are set but no longer read, with what replaced them (logged at start-up, not fatal). */
export function obsoleteSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  return env.COOLDOWN_SECONDS === undefined
    ? []
    : [
        'COOLDOWN_SECONDS is no longer read: questions are limited by RATE_LIMIT_BURST and RATE_LIMIT_PER_MINUTE (RATE_LIMIT_PER_MINUTE=0 turns the limit off)',
      ];
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  const lines = parsed.success
    ? crossCheck(parsed.data)
    : parsed.error.issues.map((i) => `  ${String(i.path[0] ?? '?')}: ${i.message}`);
  if (parsed.success && lines.length === 0) return parsed.data;
  throw new ConfigError(
    `Configuration problem:\n${lines.join('\n')}\nSet it in the environment or in .env at the project root (see .env.example).`,
  );
}

/** For the ways in: bad configuration stops the process with the message, never a stack trace. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

export function tokenOrExit(config: Config, what: string): string {
  if (config.DISCORD_TOKEN) return config.DISCORD_TOKEN;
  console.error(
    `DISCORD_TOKEN is not set: ${what} needs the bot token. Put it in .env (see .env.example) or the environment.`,
  );
  process.exit(1);
}
