// The insight store over either SQL driver: the same statements, the same behaviour, tested alike
// against SQLite and a real PostgreSQL (test/insight/store.test.ts).
import type {
  FeedbackEvent,
  Forgotten,
  GuildSettings,
  InsightEvent,
  InsightStore,
  InteractionEvent,
  Outcome,
  Pruned,
  ReportFilter,
  Summary,
} from './store.ts';
import { migrate } from './migrations.ts';
import { num, str, type Param, type Querier, type SqlDriver } from './sql.ts';

/** Interactions per INSERT statement (13 parameters each). */
const ROWS_PER_INSERT = 100;
/** At most this many texts are read for a report: the newest. */
const MAX_QUESTIONS = 5000;

const INTERACTION_COLUMNS =
  'id, at, day, guild, kind, action, entry, outcome, confidence, alternatives, latency_ms, user_hash, question';

export const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

function interactionParams(e: InteractionEvent): Param[] {
  return [
    e.id,
    e.at,
    dayOf(e.at),
    e.guild,
    e.kind,
    e.action,
    e.entry,
    e.outcome,
    e.confidence,
    e.alternatives,
    Number(e.latencyMs.toFixed(2)),
    e.user,
    e.question,
  ];
}

// A vote replaces the user's earlier vote on the same answer. Text goes with "Not helpful" only: a
// vote turned to Helpful clears it, and a later event without text keeps what an earlier one had.
const UPSERT_FEEDBACK = `INSERT INTO feedback (message, entry, user_hash, guild, at, day, helpful, source, ref, question, comment)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (message, entry, user_hash) DO UPDATE SET
    at = excluded.at,
    day = excluded.day,
    helpful = excluded.helpful,
    source = excluded.source,
    ref = COALESCE(excluded.ref, feedback.ref),
    question = CASE WHEN excluded.helpful = 1 THEN NULL ELSE COALESCE(excluded.question, feedback.question) END,
    comment = CASE WHEN excluded.helpful = 1 THEN NULL ELSE COALESCE(excluded.comment, feedback.comment) END`;

function feedbackParams(e: FeedbackEvent): Param[] {
  return [
    e.message,
    e.entry,
    e.user,
    e.guild,
    e.at,
    dayOf(e.at),
    e.helpful ? 1 : 0,
    e.source,
    e.ref,
    e.helpful ? null : e.question,
    e.helpful ? null : e.comment,
  ];
}

function where(f: ReportFilter): { sql: string; params: Param[] } {
  return f.guild ? { sql: 'at >= ? AND guild = ?', params: [f.since, f.guild] } : { sql: 'at >= ?', params: [f.since] };
}

const count = (outcome: Outcome) => `SUM(CASE WHEN outcome = '${outcome}' THEN 1 ELSE 0 END)`;

export class SqlStore implements InsightStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: SqlDriver) {}

  get description(): string {
    return this.db.description;
  }

  /** One operation at a time: a SQLite transaction spans awaits, and nothing may slip into it. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => {});
    return run;
  }

  migrate(): Promise<number> {
    return this.serial(() => migrate(this.db));
  }

  write(events: readonly InsightEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    const byId = new Map<string, InteractionEvent>();
    const feedback: FeedbackEvent[] = [];
    const forget = new Set<string>();
    for (const e of events) {
      if (e.type === 'interaction') byId.set(e.id, e);
      else if (e.type === 'feedback') feedback.push(e);
      else forget.add(e.guild);
    }
    const interactions = [...byId.values()];
    return this.serial(() =>
      this.db.transaction(async (q) => {
        for (let i = 0; i < interactions.length; i += ROWS_PER_INSERT) {
          const chunk = interactions.slice(i, i + ROWS_PER_INSERT);
          const values = chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
          await q.run(
            `INSERT INTO interactions (${INTERACTION_COLUMNS}) VALUES ${values} ON CONFLICT (id) DO NOTHING`,
            chunk.flatMap(interactionParams),
          );
        }
        // In order: a vote, then the text from its "Not helpful" box.
        for (const f of feedback) await q.run(UPSERT_FEEDBACK, feedbackParams(f));
        // The server's setting is the store's: a replica that has not yet heard that a server turned
        // text off (it reads the settings once a minute) cannot keep text there.
        for (const guild of guildsWithText(events))
          await clearText(q, 'guild = ? AND guild IN (SELECT guild FROM guild_settings WHERE keep_text = 0)', [guild]);
        for (const guild of forget) await forgetIn(q, guild);
      }),
    );
  }

  guildSettings(): Promise<Map<string, GuildSettings>> {
    return this.serial(async () => {
      const rows = await this.db.all('SELECT guild, keep_text FROM guild_settings');
      return new Map(rows.map((r) => [String(r.guild), { keepText: num(r.keep_text) === 1 }]));
    });
  }

  setKeepText(guild: string, keepText: boolean, at: number): Promise<void> {
    return this.serial(() =>
      this.db.transaction(async (q) => {
        await q.run(
          `INSERT INTO guild_settings (guild, keep_text, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (guild) DO UPDATE SET keep_text = excluded.keep_text, updated_at = excluded.updated_at`,
          [guild, keepText ? 1 : 0, at],
        );
        if (!keepText) await clearText(q, 'guild = ?', [guild]);
      }),
    );
  }

  forgetGuild(guild: string): Promise<Forgotten> {
    return this.serial(() => this.db.transaction((q) => forgetIn(q, guild)));
  }

  prune(textBefore: number, rowsBefore: number): Promise<Pruned> {
    return this.serial(() =>
      this.db.transaction(async (q) => {
        const texts = await clearText(q, 'at < ?', [textBefore]);
        const rows =
          (await inSteps(q, 'interactions', 'DELETE', 'at < ?', [rowsBefore])) +
          (await inSteps(q, 'feedback', 'DELETE', 'at < ?', [rowsBefore]));
        return { texts, rows };
      }),
    );
  }

  summary(filter: ReportFilter): Promise<Summary> {
    const w = where(filter);
    // Months of rows: off the answering thread where the driver's connection is on it.
    const q = this.db.reader ?? this.db;
    return this.serial(async () => {
      const [totals] = await q.all(
        `SELECT COUNT(*) AS n, COUNT(DISTINCT user_hash) AS users,
          ${count('answer')} AS answers, ${count('unsure')} AS unsure, ${count('decline')} AS declines,
          ${count('limited')} AS limited, ${count('error')} AS errors,
          SUM(CASE WHEN outcome IN ('decline', 'unsure') AND question IS NULL THEN 1 ELSE 0 END) AS without_text
         FROM interactions WHERE ${w.sql}`,
        w.params,
      );
      const days = await q.all(
        `SELECT day, COUNT(*) AS n, ${count('answer')} AS answers, ${count('unsure')} AS unsure, ${count('decline')} AS declines
         FROM interactions WHERE ${w.sql} GROUP BY day`,
        w.params,
      );
      const feedbackDays = await q.all(
        `SELECT day, SUM(helpful) AS up, SUM(1 - helpful) AS down FROM feedback WHERE ${w.sql} GROUP BY day`,
        w.params,
      );
      const used = await q.all(
        `SELECT entry, COUNT(*) AS n FROM interactions
         WHERE ${w.sql} AND entry IS NOT NULL AND outcome IN ('answer', 'unsure')
         GROUP BY entry ORDER BY n DESC, entry LIMIT 100`,
        w.params,
      );
      const votes = await q.all(
        `SELECT entry, SUM(helpful) AS up, SUM(1 - helpful) AS down FROM feedback WHERE ${w.sql} GROUP BY entry`,
        w.params,
      );
      const questions = await q.all(
        `SELECT at, guild, outcome, entry, user_hash, question FROM interactions
         WHERE ${w.sql} AND question IS NOT NULL ORDER BY at DESC LIMIT ${MAX_QUESTIONS}`,
        w.params,
      );
      const notHelpful = await q.all(
        `SELECT at, guild, entry, question, comment FROM feedback
         WHERE ${w.sql} AND helpful = 0 ORDER BY at DESC LIMIT ${MAX_QUESTIONS}`,
        w.params,
      );

      const byDay = new Map<string, Summary['days'][number]>();
      const dayRow = (day: string) => {
        let d = byDay.get(day);
        if (!d) {
          d = { day, interactions: 0, answers: 0, unsure: 0, declines: 0, helpful: 0, notHelpful: 0 };
          byDay.set(day, d);
        }
        return d;
      };
      for (const r of days)
        Object.assign(dayRow(String(r.day)), {
          interactions: num(r.n),
          answers: num(r.answers),
          unsure: num(r.unsure),
          declines: num(r.declines),
        });
      for (const r of feedbackDays)
        Object.assign(dayRow(String(r.day)), { helpful: num(r.up), notHelpful: num(r.down) });

      return {
        totals: {
          interactions: num(totals?.n),
          users: num(totals?.users),
          answers: num(totals?.answers),
          unsure: num(totals?.unsure),
          declines: num(totals?.declines),
          limited: num(totals?.limited),
          errors: num(totals?.errors),
          withoutText: num(totals?.without_text),
        },
        days: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
        used: used.map((r) => ({ entry: String(r.entry), count: num(r.n) })),
        votes: votes
          .map((r) => ({ entry: String(r.entry), helpful: num(r.up), notHelpful: num(r.down) }))
          .sort((a, b) => a.entry.localeCompare(b.entry)),
        questions: questions.map((r) => ({
          at: num(r.at),
          guild: str(r.guild),
          outcome: String(r.outcome) as Outcome,
          entry: str(r.entry),
          user: String(r.user_hash),
          question: String(r.question),
        })),
        notHelpful: notHelpful.map((r) => ({
          at: num(r.at),
          guild: str(r.guild),
          entry: String(r.entry),
          question: str(r.question),
          comment: str(r.comment),
        })),
      };
    });
  }

  close(): Promise<void> {
    return this.serial(() => this.db.close());
  }
}

function guildsWithText(events: readonly InsightEvent[]): Set<string> {
  const guilds = new Set<string>();
  for (const e of events)
    if (e.type !== 'forget' && e.guild && (e.question || (e.type === 'feedback' && e.comment && !e.helpful)))
      guilds.add(e.guild);
  return guilds;
}

/**
 * Deletes and clears go a thousand rows per statement: on SQLite a statement holds the answering
 * thread while it runs, and a server's whole history, or a year's pruning, must not hold it for seconds.
 */
const STEP_ROWS = 1000;
const KEY = { interactions: 'id', feedback: 'message, entry, user_hash' } as const;

/**
 * Deletes (change 'DELETE') or updates (change 'SET ...') the table's rows where the condition holds,
 * STEP_ROWS per statement until fewer are left; resolves with how many rows in all.
 */
async function inSteps(
  q: Querier,
  table: keyof typeof KEY,
  change: 'DELETE' | `SET ${string}`,
  condition: string,
  params: Param[],
): Promise<number> {
  const rows = `(${KEY[table]}) IN (SELECT ${KEY[table]} FROM ${table} WHERE ${condition} LIMIT ${STEP_ROWS})`;
  const sql = change === 'DELETE' ? `DELETE FROM ${table} WHERE ${rows}` : `UPDATE ${table} ${change} WHERE ${rows}`;
  let total = 0;
  for (;;) {
    const changed = await q.run(sql, params);
    total += changed;
    if (changed < STEP_ROWS) return total;
  }
}

async function forgetIn(q: Querier, guild: string): Promise<Forgotten> {
  return {
    interactions: await inSteps(q, 'interactions', 'DELETE', 'guild = ?', [guild]),
    feedback: await inSteps(q, 'feedback', 'DELETE', 'guild = ?', [guild]),
    settings: await q.run('DELETE FROM guild_settings WHERE guild = ?', [guild]),
  };
}

/** Clears kept text (questions and "Not helpful" comments) where the condition holds; resolves with how many rows. */
async function clearText(q: Querier, condition: string, params: Param[]): Promise<number> {
  return (
    (await inSteps(q, 'interactions', 'SET question = NULL', `question IS NOT NULL AND ${condition}`, params)) +
    (await inSteps(
      q,
      'feedback',
      'SET question = NULL, comment = NULL',
      `(question IS NOT NULL OR comment IS NOT NULL) AND ${condition}`,
      params,
    ))
  );
}
