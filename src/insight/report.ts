// What the kept questions and votes say, for `npm run report` and /wu-stats: the questions most
// often declined or unsure, grouped when they share their telling words, each with the entries
// nearest to it; the entries with the worst helpful ratio; the most used entries; declines that look
// like Windows Update after all (knowledge to write); and the volume per day.
import type { Engine } from '../engine/answer.ts';
import { findCodes } from '../engine/codes.ts';
import { otherProductIn } from '../engine/scope.ts';
import { toTerm, words } from '../engine/terms.ts';
import type { DayCount, QuestionRow, Summary } from './store.ts';

export interface EntryRef {
  id: string;
  title: string;
}

export interface QuestionGroup {
  /** The telling words the questions share, most common first. */
  words: string[];
  count: number;
  declined: number;
  unsure: number;
  /** Distinct users (by their hash). */
  users: number;
  /** Up to three of the questions, most asked first. */
  examples: string[];
  /** The entries nearest to the group's questions, by the engine's own ranking. */
  nearest: EntryRef[];
  /** Declines only: it speaks of Windows or updating, or names or nearly matches something of ours. */
  looksInScope: boolean;
  /** The engine answers it today (the knowledge changed since). */
  answeredNow: boolean;
}

export interface EntryVotes extends EntryRef {
  helpful: number;
  notHelpful: number;
  /** helpful / (helpful + notHelpful). */
  ratio: number;
}

export interface NotHelpfulGroup extends EntryRef {
  count: number;
  /** What people wrote in the "What were you looking for?" box, newest first. */
  comments: string[];
  /** The questions that got this answer and were marked Not helpful. */
  questions: string[];
}

export interface Report {
  since: string;
  guild: string | null;
  totals: Summary['totals'] & { helpful: number; notHelpful: number };
  /** Most often declined or unsure, grouped. */
  troubles: QuestionGroup[];
  worst: EntryVotes[];
  used: (EntryRef & { count: number })[];
  /** Declined groups that look in scope: candidates for new knowledge. */
  inScopeDeclines: QuestionGroup[];
  notHelpful: NotHelpfulGroup[];
  days: DayCount[];
}

export interface ReportOptions {
  since: number;
  guild?: string;
  /** How many of each list (default 15). */
  top?: number;
  /** Votes an entry needs to be ranked by its ratio (default 1). */
  minVotes?: number;
}

/** Words in a quarter or more of the entries (windows, update, error, fix) tell nothing of a topic. */
const GENERIC_SHARE = 0.25;

/** The telling words of a question: its search terms less the generic ones, each with a form as typed. */
export function tellingWords(engine: Engine, text: string): Map<string, string> {
  const n = Math.max(1, engine.kb.entries.length);
  const out = new Map<string, string>();
  for (const w of words(text)) {
    const t = toTerm(w);
    if (!t || t.length < 2 || /^\d{1,4}$/.test(t)) continue;
    if ((engine.index.docFrequency.get(t) ?? 0) / n >= GENERIC_SHARE) continue;
    if (!out.has(t)) out.set(t, w);
  }
  return out;
}

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function title(engine: Engine, id: string): string {
  return engine.kb.get(id)?.title ?? id;
}

/** Union-find over questions that share at least half of the smaller one's telling words. */
function groupQuestions(engine: Engine, rows: QuestionRow[]): QuestionRow[][] {
  const tells = rows.map((r) => tellingWords(engine, r.question));
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // The same question, however spaced or cased, is one group even without telling words.
  const sameText = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = normal(r.question);
    const first = sameText.get(k);
    if (first === undefined) sameText.set(k, i);
    else join(first, i);
  });
  // Only questions that share a word are compared.
  const byWord = new Map<string, number[]>();
  tells.forEach((t, i) => {
    for (const w of t.keys()) byWord.set(w, [...(byWord.get(w) ?? []), i]);
  });
  for (const list of byWord.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [list[x]!, list[y]!];
        if (find(a) === find(b)) continue;
        const [ta, tb] = [tells[a]!, tells[b]!];
        let shared = 0;
        for (const w of ta.keys()) if (tb.has(w)) shared++;
        if (shared >= Math.max(1, 0.5 * Math.min(ta.size, tb.size))) join(a, b);
      }
    }
  }
  const groups = new Map<number, QuestionRow[]>();
  rows.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.values()];
}

function looksInScope(engine: Engine, text: string): boolean {
  const codes = findCodes(text);
  const named = engine.namedEntries(text);
  if (
    otherProductIn(
      text,
      codes,
      engine.products,
      named.some((n) => n.entry.kind !== 'error'),
    )
  )
    return false;
  if (codes.length > 0 || named.length > 0) return true;
  const terms = engine.index.queryTerms(engine.expand(text));
  const vocab = engine.index.scope;
  if (terms.some((t) => vocab.updating.has(t) || vocab.isWindowsTerm(t))) return true;
  const best = engine.rank(engine.expand(text))[0];
  return best !== undefined && best.coverage >= 0.4;
}

function describeGroup(engine: Engine, rows: QuestionRow[]): QuestionGroup {
  const counts = new Map<string, { text: string; n: number }>();
  const wordCounts = new Map<string, { form: string; n: number }>();
  for (const r of rows) {
    const k = normal(r.question);
    counts.set(k, { text: counts.get(k)?.text ?? r.question, n: (counts.get(k)?.n ?? 0) + 1 });
    for (const [t, form] of tellingWords(engine, r.question))
      wordCounts.set(t, { form: wordCounts.get(t)?.form ?? form, n: (wordCounts.get(t)?.n ?? 0) + 1 });
  }
  const examples = [...counts.values()].sort((a, b) => b.n - a.n).map((c) => c.text);
  const top = examples[0] ?? '';
  const shared = [...wordCounts.values()].filter((w) => rows.length === 1 || w.n > 1);
  const declined = rows.filter((r) => r.outcome === 'decline').length;
  const nearest = engine
    .rank(engine.expand(top))
    .slice(0, 3)
    .map((h) => ({ id: h.entry.id, title: h.entry.title }));
  return {
    words: (shared.length ? shared : [...wordCounts.values()])
      .sort((a, b) => b.n - a.n)
      .slice(0, 4)
      .map((w) => w.form),
    count: rows.length,
    declined,
    unsure: rows.filter((r) => r.outcome === 'unsure').length,
    users: new Set(rows.map((r) => r.user)).size,
    examples: examples.slice(0, 3).map((e) => e.slice(0, 200)),
    nearest,
    looksInScope: declined > 0 && looksInScope(engine, top),
    answeredNow: declined > 0 && engine.ask(top).status === 'answer',
  };
}

const byCount = (a: QuestionGroup, b: QuestionGroup) => b.count - a.count || b.users - a.users;

export function buildReport(summary: Summary, engine: Engine, opts: ReportOptions): Report {
  const top = opts.top ?? 15;
  const minVotes = opts.minVotes ?? 1;
  const troubleRows = summary.questions.filter((q) => q.outcome === 'decline' || q.outcome === 'unsure');
  const groups = groupQuestions(engine, troubleRows)
    .map((g) => describeGroup(engine, g))
    .sort(byCount);
  const declinedGroups = groupQuestions(
    engine,
    troubleRows.filter((q) => q.outcome === 'decline'),
  ).map((g) => describeGroup(engine, g));

  const worst = summary.votes
    .filter((v) => v.helpful + v.notHelpful >= minVotes)
    .map((v) => ({
      id: v.entry,
      title: title(engine, v.entry),
      helpful: v.helpful,
      notHelpful: v.notHelpful,
      ratio: Number((v.helpful / (v.helpful + v.notHelpful)).toFixed(3)),
    }))
    // Smoothed, so one vote does not outrank many: (helpful + 1) / (votes + 2).
    .sort(
      (a, b) =>
        (a.helpful + 1) / (a.helpful + a.notHelpful + 2) - (b.helpful + 1) / (b.helpful + b.notHelpful + 2) ||
        b.notHelpful - a.notHelpful,
    )
    .filter((v) => v.notHelpful > 0)
    .slice(0, top);

  const notHelpful = new Map<string, NotHelpfulGroup>();
  for (const r of summary.notHelpful) {
    const g = notHelpful.get(r.entry) ?? {
      id: r.entry,
      title: title(engine, r.entry),
      count: 0,
      comments: [],
      questions: [],
    };
    g.count += 1;
    if (r.comment && g.comments.length < 5) g.comments.push(r.comment);
    if (r.question && g.questions.length < 5 && !g.questions.includes(r.question)) g.questions.push(r.question);
    notHelpful.set(r.entry, g);
  }

  return {
    since: new Date(opts.since).toISOString(),
    guild: opts.guild ?? null,
    totals: {
      ...summary.totals,
      helpful: summary.votes.reduce((s, v) => s + v.helpful, 0),
      notHelpful: summary.votes.reduce((s, v) => s + v.notHelpful, 0),
    },
    troubles: groups.slice(0, top),
    worst,
    used: summary.used.slice(0, top).map((u) => ({ id: u.entry, title: title(engine, u.entry), count: u.count })),
    inScopeDeclines: declinedGroups
      .filter((g) => g.looksInScope)
      .sort(byCount)
      .slice(0, top),
    notHelpful: [...notHelpful.values()].sort((a, b) => b.count - a.count).slice(0, top),
    days: summary.days,
  };
}

/** --since: 30d, 12h, 2w, or a date; undefined when it is neither. */
export function parseSince(value: string, now = Date.now()): number | undefined {
  const rel = /^(\d+)\s*([hdw])$/i.exec(value.trim());
  if (rel) {
    const unit = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }[rel[2]!.toLowerCase() as 'h' | 'd' | 'w'];
    return now - Number(rel[1]) * unit;
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

const pct = (n: number, of: number) => (of > 0 ? `${Math.round((100 * n) / of)}%` : '—');
const quote = (s: string) => `"${s.replace(/\s+/g, ' ').slice(0, 120)}"`;

/** The report as text for a terminal. */
export function formatReport(r: Report): string {
  const t = r.totals;
  const out: string[] = [];
  out.push(`WU Helper insight since ${r.since.slice(0, 10)}${r.guild ? ` for server ${r.guild}` : ''}`);
  out.push('');
  out.push(
    `${t.interactions} interactions from ${t.users} users: ${t.answers} answered (${pct(t.answers, t.interactions)}), ` +
      `${t.unsure} unsure, ${t.declines} declined, ${t.limited} rate-limited, ${t.errors} failed on our side. ` +
      `Votes: ${t.helpful} helpful, ${t.notHelpful} not helpful.`,
  );
  if (t.withoutText > 0)
    out.push(`${t.withoutText} declined or unsure questions have no text (a server with text off, or past retention).`);

  out.push('', 'Most often declined or unsure');
  if (r.troubles.length === 0) out.push('  (none)');
  for (const g of r.troubles) {
    out.push(
      `  ${g.count}x [${g.words.join(', ') || '—'}] ${g.declined} declined, ${g.unsure} unsure, ${g.users} users` +
        (g.answeredNow ? ' (answered now)' : ''),
    );
    for (const e of g.examples) out.push(`      ${quote(e)}`);
    if (g.nearest.length) out.push(`      nearest: ${g.nearest.map((n) => `${n.id} (${n.title})`).join('; ')}`);
  }

  out.push('', 'Worst helpful ratio');
  if (r.worst.length === 0) out.push('  (no entry has a Not helpful vote)');
  for (const v of r.worst)
    out.push(
      `  ${pct(v.helpful, v.helpful + v.notHelpful).padStart(4)}  ${v.helpful} 👍 ${v.notHelpful} 👎  ${v.id} (${v.title})`,
    );

  out.push('', 'Not helpful, in their words');
  if (r.notHelpful.length === 0) out.push('  (none)');
  for (const g of r.notHelpful) {
    out.push(`  ${g.count}x ${g.id} (${g.title})`);
    for (const q of g.questions) out.push(`      asked: ${quote(q)}`);
    for (const c of g.comments) out.push(`      wanted: ${quote(c)}`);
  }

  out.push('', 'Most used entries');
  if (r.used.length === 0) out.push('  (none)');
  for (const u of r.used) out.push(`  ${String(u.count).padStart(5)}  ${u.id} (${u.title})`);

  out.push('', 'Declines that look in scope (knowledge to write?)');
  if (r.inScopeDeclines.length === 0) out.push('  (none)');
  for (const g of r.inScopeDeclines) {
    out.push(`  ${g.count}x ${quote(g.examples[0] ?? '')}${g.answeredNow ? ' (answered now)' : ''}`);
    if (g.nearest.length) out.push(`      nearest: ${g.nearest.map((n) => n.id).join(', ')}`);
  }

  out.push('', 'Per day');
  out.push('  day          total  answered  unsure  declined  helpful  not helpful');
  for (const d of r.days)
    out.push(
      `  ${d.day}  ${String(d.interactions).padStart(5)}  ${String(d.answers).padStart(8)}  ${String(d.unsure).padStart(6)}  ${String(d.declines).padStart(8)}  ${String(d.helpful).padStart(7)}  ${String(d.notHelpful).padStart(11)}`,
    );
  if (r.days.length === 0) out.push('  (nothing yet)');
  return out.join('\n');
}
