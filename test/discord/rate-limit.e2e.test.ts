// The per-user question limit end to end: the real bot at the default limit, against the fake Discord.
// Each test asks as its own user, so buckets do not carry over between tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userObject, type FakeDiscord, type RecordedRequest } from '../fake-discord/index.ts';
import { Bots, type BotProcess } from '../fake-discord/bot-process.ts';
import { RATE_LIMIT_DEFAULTS } from '../../src/config.ts';

interface Callback {
  type: number;
  data: {
    flags?: number;
    content?: string;
    embeds?: { title?: string; description?: string }[];
    components?: { components: { custom_id?: string }[] }[];
    allowed_mentions?: { parse?: string[] };
    choices?: { value: string }[];
  };
}

const EPHEMERAL = 64;
const { burst, perMinute } = RATE_LIMIT_DEFAULTS;
const refillMs = 60_000 / perMinute;
const NOTICE = /ask again <t:(\d+):R> \(in (\d+) s\)/;

const bots = new Bots();
let discord: FakeDiscord;
let bot: BotProcess;

const body = (r: RecordedRequest) => r.body as Callback;
const noticeOf = (c: Callback) => NOTICE.exec(c.data.embeds?.[0]?.description ?? '');

/** The payload as sent by this user. */
function from<T extends Record<string, unknown>>(user: string, payload: T): T {
  (payload.member as { user: unknown }).user = userObject(user, `user-${user.slice(-3)}`);
  return payload;
}

const ask = (user: string, question: string) => from(user, discord.command('wu', 'ask', { question }));
const askMessage = (user: string, content: string) =>
  from(user, discord.messageCommand('Ask WU Helper', { content, author: userObject('100000000000000077', 'carol') }));

beforeAll(async () => {
  ({ discord, bot } = await bots.start({
    RATE_LIMIT_BURST: String(burst),
    RATE_LIMIT_PER_MINUTE: String(perMinute),
  }));
});

afterAll(() => bots.stopAll());

describe('the question rate limit', () => {
  it('answers /wu ask and then the message menu from the same user within 2 s', async () => {
    const lead = '900000000000000101';
    const started = Date.now();
    const asked = body(await discord.interact(ask(lead, 'update stuck at 0%')));
    const menu = body(await discord.interact(askMessage(lead, 'help, update fails with 0x80070005')));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(noticeOf(asked)).toBeNull();
    expect(asked.data.embeds?.[0]?.title).toBeTruthy();
    expect(noticeOf(menu)).toBeNull();
    expect(menu.data.flags ?? 0).toBe(0);
    expect(JSON.stringify(menu.data.embeds)).toMatch(/0x80070005/);
  });

  it('holds 30 quick questions from one user to the bucket, with a private note saying when to ask again', async () => {
    const flooder = '900000000000000102';
    const bystander = '900000000000000103';
    // /wu ask and the message menu in turn: they share the one bucket.
    const questions = Array.from({ length: 30 }, (_, i) =>
      i % 2 ? askMessage(flooder, `update fails with 0x80070005 (${i})`) : ask(flooder, `update stuck at 0% (${i})`),
    );
    // In the middle of the flood: the same user's button and autocomplete, and another user's question.
    const button = from(flooder, discord.button('wu1:o:wuauserv'));
    const complete = from(flooder, discord.autocomplete('wu', 'explain', 'topic', 'orch'));
    const other = ask(bystander, 'what does the update orchestrator service do');

    const sentAt = Date.now();
    const replies = await Promise.all([
      ...questions.slice(0, 15).map((p) => discord.interact(p)),
      discord.interact(button),
      discord.interact(complete),
      discord.interact(other),
      ...questions.slice(15).map((p) => discord.interact(p)),
    ]);
    const elapsed = Date.now() - sentAt;
    const doneAt = Date.now();
    const cb = replies.map(body);
    const flood = [...cb.slice(0, 15), ...cb.slice(18)];

    for (const p of [...questions, button, complete, other]) expect(discord.callbacksFor(String(p.id))).toHaveLength(1);

    // The first `burst` go through at once; after that one more per refill interval, at most.
    expect(flood.slice(0, burst).map(noticeOf)).toEqual(Array(burst).fill(null));
    const answered = flood.filter((c) => !noticeOf(c)).length;
    expect(answered).toBeLessThanOrEqual(burst + Math.floor(elapsed / refillMs));
    const notices = flood.filter((c) => noticeOf(c));
    expect(notices.length).toBe(30 - answered);
    expect(notices.length).toBeGreaterThanOrEqual(20);
    // Both ways of asking were held back.
    const noticeKinds = new Set(flood.flatMap((c, i) => (noticeOf(c) ? [i % 2 ? 'message menu' : 'wu ask'] : [])));
    expect(noticeKinds).toEqual(new Set(['wu ask', 'message menu']));

    for (const n of notices) {
      expect(n.type).toBe(4);
      expect(n.data.flags).toBe(EPHEMERAL);
      expect(n.data.allowed_mentions).toEqual({ parse: [] });
      const [, unix, seconds] = noticeOf(n)!;
      // When the next token is back: at most one refill interval after the question, never in the past.
      expect(Number(seconds)).toBeGreaterThanOrEqual(1);
      expect(Number(seconds)).toBeLessThanOrEqual(refillMs / 1000);
      expect(Number(unix)).toBeGreaterThanOrEqual(Math.floor(sentAt / 1000));
      expect(Number(unix)).toBeLessThanOrEqual(Math.ceil((doneAt + refillMs) / 1000));
    }

    // Buttons and autocomplete are never limited, and the limit is per user.
    const [opened, choices, bystanderAnswer] = cb.slice(15, 18);
    expect(opened!.type).toBe(7);
    expect(JSON.stringify(opened!.data.embeds)).toMatch(/wuauserv/);
    expect(choices!.type).toBe(8);
    expect(choices!.data.choices?.[0]?.value).toBe('usosvc');
    expect(noticeOf(bystanderAnswer!)).toBeNull();
    expect(JSON.stringify(bystanderAnswer!.data.embeds)).toMatch(/UsoSvc/);

    await bot.waitForOutput(/"entry":"rate-limited"/);
  });
});
