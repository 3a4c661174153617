// The one storage interface for insight: what the bot writes (interactions, feedback, per-server
// settings) and what `npm run report` and /wu-stats read. Two implementations share all their SQL
// (sql-store.ts): an embedded SQLite file by default, PostgreSQL when DATABASE_URL is set.

/** How the interaction came in: a /wu command, a free-text question, the message menu, a button or select. */
export type InteractionKind = 'command' | 'question' | 'context-menu' | 'button' | 'select';

/**
 * What came of it: an answer, an answer that offered alternatives ("Did you mean"), a decline, the
 * rate limit, an error on our side, or anything else (browsing topics, a stale button).
 */
export type Outcome = 'answer' | 'unsure' | 'decline' | 'limited' | 'error' | 'other';

export interface InteractionEvent {
  type: 'interaction';
  /** The interaction's id (a snowflake): a retried event is written once. */
  id: string;
  /** Milliseconds since the epoch. */
  at: number;
  guild: string | null;
  kind: InteractionKind;
  /** "wu ask", "Ask WU Helper", or a button's action ("open", "share"). */
  action: string | null;
  /** The knowledge entry answered (or the code, for a code with no entry of its own). */
  entry: string | null;
  outcome: Outcome;
  confidence: number | null;
  /** How many alternatives were offered. */
  alternatives: number;
  latencyMs: number;
  /** The keyed hash of the user id, never the id itself. */
  user: string;
  /** Only for declined and unsure questions, and only where the server keeps text. */
  question: string | null;
}

export interface FeedbackEvent {
  type: 'feedback';
  /** The answer's message id: one vote per user per answer (message and entry shown). */
  message: string;
  entry: string;
  user: string;
  guild: string | null;
  at: number;
  helpful: boolean;
  /** "button": Helpful / Not helpful; "guide": a fix guide's It worked / Still broken. */
  source: 'button' | 'guide';
  /** The interaction that asked (its id), when known. */
  ref: string | null;
  /** The question that got this answer: kept only for "Not helpful", where the server keeps text. */
  question: string | null;
  /** What the user wrote in the "What were you looking for?" box. */
  comment: string | null;
}

/** Delete everything kept about a server (the bot left it while the store was down: done when it is back). */
export interface ForgetEvent {
  type: 'forget';
  guild: string;
  at: number;
}

export type InsightEvent = InteractionEvent | FeedbackEvent | ForgetEvent;

export interface ReportFilter {
  /** Milliseconds since the epoch; only what happened from then on. */
  since: number;
  guild?: string;
}

export interface DayCount {
  day: string;
  interactions: number;
  answers: number;
  unsure: number;
  declines: number;
  helpful: number;
  notHelpful: number;
}

export interface QuestionRow {
  at: number;
  guild: string | null;
  outcome: Outcome;
  entry: string | null;
  user: string;
  question: string;
}

export interface NotHelpfulRow {
  at: number;
  guild: string | null;
  entry: string;
  question: string | null;
  comment: string | null;
}

/** Everything a report is made from, for one filter. */
export interface Summary {
  totals: {
    interactions: number;
    users: number;
    answers: number;
    unsure: number;
    declines: number;
    limited: number;
    errors: number;
    /** Declined or unsure questions whose text was not kept (a server with text off). */
    withoutText: number;
  };
  days: DayCount[];
  /** Entries answered, most first. */
  used: { entry: string; count: number }[];
  /** Votes per entry. */
  votes: { entry: string; helpful: number; notHelpful: number }[];
  /** Declined and unsure questions with their text, newest first. */
  questions: QuestionRow[];
  notHelpful: NotHelpfulRow[];
}

export interface GuildSettings {
  /** Whether question text is kept for this server (on unless a member with Manage Server turned it off). */
  keepText: boolean;
}

export interface Forgotten {
  interactions: number;
  feedback: number;
  settings: number;
}

export interface Pruned {
  /** Texts cleared: older than the text retention. */
  texts: number;
  /** Rows deleted: older than the row retention. */
  rows: number;
}

export interface InsightStore {
  /** "sqlite <path>" or "postgres <host>/<db>" (no password), for logs. */
  readonly description: string;
  /** Runs the migrations this version knows and has not run yet; resolves with the schema version. */
  migrate(): Promise<number>;
  write(events: readonly InsightEvent[]): Promise<void>;
  guildSettings(): Promise<Map<string, GuildSettings>>;
  /** Turning text off also clears the text already kept for that server. */
  setKeepText(guild: string, keepText: boolean, at: number): Promise<void>;
  forgetGuild(guild: string): Promise<Forgotten>;
  prune(textBefore: number, rowsBefore: number): Promise<Pruned>;
  summary(filter: ReportFilter): Promise<Summary>;
  close(): Promise<void>;
}
