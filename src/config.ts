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
  COOLDOWN_SECONDS: z.coerce.number().min(0, 'COOLDOWN_SECONDS must be 0 or more').max(3600).default(5),
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
});

export type Config = z.infer<typeof configSchema>;

function crossCheck(c: Config): string[] {
  if (c.INTERACTIONS_MODE === 'http' && !c.DISCORD_PUBLIC_KEY)
    return [
      '  DISCORD_PUBLIC_KEY: required when INTERACTIONS_MODE=http (Developer Portal > General Information > Public Key)',
    ];
  return [];
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
