// Structured JSON logs (pino). Tokens are redacted wherever they appear in a logged object.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { app: 'wu-helper' },
    redact: {
      paths: [
        'token',
        '*.token',
        '*.*.token',
        'DISCORD_TOKEN',
        '*.DISCORD_TOKEN',
        'DATABASE_URL',
        '*.DATABASE_URL',
        'INSIGHT_SECRET',
        '*.INSIGHT_SECRET',
        'headers.authorization',
        '*.headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}
