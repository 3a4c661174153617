// Hostile and odd input through the real handlers: every interaction gets one clean reply, nothing
// crashes, nothing goes unhandled, and echoed text never pings anyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, type FakeDiscord } from '../fake-discord/index.ts';
import { Bots, TEST_TOKEN, type BotProcess } from '../fake-discord/bot-process.ts';

const bots = new Bots();
let discord: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  ({ discord, bot } = await bots.start());
});

afterAll(() => bots.stopAll());

const texts = [
  '',
  ' ',
  'x'.repeat(6000),
  '\u200b\u200c\u200d\u2060\ufeff0x80070422\u200b',
  '\u202e\u202dwuauserv\u202c',
  '```\n```cmd\nrd /s /q C:\\\n```',
  '**bold** __under__ ~~strike~~ ||spoiler|| [link](https://evil.example)',
  '@everyone @here <@&100000000000000055> <@100000000000000066> <#100000000000000077>',
  '\ud800\udc00\ud800 lone surrogate \udfff',
  '0x'.repeat(1000),
  '%s%n%x${process.env.DISCORD_TOKEN}{{7*7}}',
];

type Reply = { type: number; data?: { allowed_mentions?: unknown; content?: string; embeds?: unknown[] } };

describe('hostile input', () => {
  it.each(texts.map((t, i) => [i, t] as const))('free text #%i gets one clean reply', async (_i, text) => {
    const payload = discord.command('wu', 'ask', { question: text });
    const r = (await discord.interact(payload)).body as Reply;
    expect(r.type).toBe(4);
    expect(r.data?.embeds?.length).toBeGreaterThan(0);
    expect(r.data?.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(r)).not.toContain(TEST_TOKEN);
  });

  it.each([
    ['a number where text belongs', discord_command_with({ name: 'topic', type: 4, value: 42 })],
    ['a boolean where text belongs', discord_command_with({ name: 'topic', type: 5, value: true })],
    ['no options at all', discord_command_with(null)],
  ])('%s gets a clean reply', async (_what, make) => {
    const r = (await discord.interact(make())).body as Reply;
    expect(r.type).toBe(4);
  });

  it('answers an unknown subcommand and an unknown command', async () => {
    const unknownSub = discord.command('wu', 'frobnicate', { topic: 'x' });
    expect(((await discord.interact(unknownSub)).body as Reply).type).toBe(4);
    const unknownCmd = discord.command('other', 'explain', { topic: 'x' });
    expect(((await discord.interact(unknownCmd)).body as Reply).type).toBe(4);
  });

  it.each([
    '',
    'wu1',
    'wu1:p',
    'wu1:p:restart-update-services:99',
    'wu1:p:../../x:1',
    'wu2:o:wuauserv',
    'wu1:o:wuauserv:Not_An_Id',
    'wu1:s:wuauserv:0xZZZZ',
    'x'.repeat(100),
    'wu1:t:nope:0',
  ])('a stale or forged button id %j gets a friendly private message', async (id) => {
    const r = (await discord.interact(discord.button(id || 'empty'))).body as { type: number; data: { flags: number } };
    expect(r.type).toBe(4);
    expect(r.data.flags).toBe(64);
  });

  it('logged no failure and no unhandled rejection', async () => {
    await bot.waitForOutput(/"customId":"wu1:t:nope:0"/);
    expect(bot.output()).not.toMatch(/interaction failed|unhandled|UnhandledPromiseRejection/i);
    expect(bot.child.exitCode).toBeNull();
  });

  it('survives a malformed INTERACTION_CREATE and answers the next one', async () => {
    const broken = discord.command('wu', 'explain', { topic: 'bits' });
    delete broken.entitlements;
    discord.dispatch('INTERACTION_CREATE', broken);
    const r = await discord.interact(discord.command('wu', 'error', { code: '0x80070422' }));
    expect(JSON.stringify(r.body)).toMatch(/0x80070422/);
    expect(bot.child.exitCode).toBeNull();
  });
});

function discord_command_with(option: { name: string; type: number; value: unknown } | null) {
  return () => {
    const p = discord.command('wu', 'explain', {});
    const data = p.data as { options: { options: unknown[] }[] };
    data.options[0]!.options = option ? [option] : [];
    return p;
  };
}
void IDS;
