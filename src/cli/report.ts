// npm run report: what people asked and what failed them, from the insight store the bot writes
// (PostgreSQL when DATABASE_URL is set, else DATA_DIR/insight.db).
//
//   npm run report                          the last 30 days, every server
//   npm run report -- --since 7d --guild <id> --json
//   npm run report -- --forget-guild <id>   delete everything kept about a server
import 'dotenv/config';
import { existsSync } from 'node:fs';
import { configOrExit } from '../config.ts';
import { engineOrExit } from '../startup.ts';
import { knowledgeDir } from '../knowledge/dir.ts';
import { openStore, sqlitePath } from '../insight/open.ts';
import { buildReport, formatReport, parseSince } from '../insight/report.ts';
import type { Summary } from '../insight/store.ts';

const USAGE = `Usage: npm run report -- [--since 30d] [--guild <id>] [--json] [--top 15] [--min-votes 1]
       npm run report -- --forget-guild <id>

  --since        how far back: 30d (days), 12h (hours), 2w (weeks), or a date (2026-01-31); default 30d
  --guild        one server's id
  --json         the report as JSON
  --top          how many of each list (default 15)
  --min-votes    votes an entry needs to be ranked by its helpful ratio (default 1)
  --forget-guild delete everything kept about a server (as when the bot leaves it)`;

const EMPTY: Summary = {
  totals: { interactions: 0, users: 0, answers: 0, unsure: 0, declines: 0, limited: 0, errors: 0, withoutText: 0 },
  days: [],
  used: [],
  votes: [],
  questions: [],
  notHelpful: [],
};

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const args = {
    since: '30d',
    guild: undefined as string | undefined,
    json: false,
    top: 15,
    minVotes: 1,
    forget: undefined as string | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${a} needs a value.`);
      return v;
    };
    const snowflake = (v: string) => (/^\d{15,22}$/.test(v) ? v : fail(`${a}: ${v} is not a Discord server id.`));
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--json') args.json = true;
    else if (a === '--since') args.since = value();
    else if (a === '--guild') args.guild = snowflake(value());
    else if (a === '--forget-guild') args.forget = snowflake(value());
    else if (a === '--top') args.top = Number(value());
    else if (a === '--min-votes') args.minVotes = Number(value());
    else fail(`Unknown option ${a}.`);
  }
  if (!Number.isInteger(args.top) || args.top < 1) fail('--top must be a whole number from 1.');
  if (!Number.isInteger(args.minVotes) || args.minVotes < 1) fail('--min-votes must be a whole number from 1.');
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = configOrExit();
  const since = parseSince(args.since) ?? fail(`--since ${args.since}: use 30d, 12h, 2w or a date like 2026-01-31.`);

  const noFile = !config.DATABASE_URL && !existsSync(sqlitePath(config));
  if (noFile) {
    console.error(`No insight kept yet: ${sqlitePath(config)} does not exist (the bot creates it when it starts).`);
    if (args.forget) return;
  }
  if (args.forget) {
    const store = await openStore(config);
    try {
      await store.migrate();
      const gone = await store.forgetGuild(args.forget);
      if (args.json) console.log(JSON.stringify({ guild: args.forget, deleted: gone }));
      else
        console.log(
          `Deleted everything kept about server ${args.forget} from ${store.description}: ${gone.interactions} interactions, ${gone.feedback} votes, ${gone.settings} settings.`,
        );
    } finally {
      await store.close();
    }
    return;
  }

  let summary = EMPTY;
  if (!noFile) {
    const store = await openStore(config);
    try {
      await store.migrate();
      summary = await store.summary({ since, guild: args.guild });
    } finally {
      await store.close();
    }
  }
  const engine = await engineOrExit(knowledgeDir());
  const report = buildReport(summary, engine, { since, guild: args.guild, top: args.top, minVotes: args.minVotes });
  console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
}

main().catch((err: unknown) => {
  console.error(`report failed: ${(err as Error).message}`);
  process.exit(1);
});
