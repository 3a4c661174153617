// HTTP interactions mode: signed requests in, the same replies out through the callback endpoint.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/index.ts';
import { startBot, type BotProcess } from '../fake-discord/bot-process.ts';
import { freePort } from '../fake-discord/free-port.ts';

let discord: FakeDiscord;
let bot: BotProcess;
let base: string;
let privateKey: KeyObject;

function signed(
  body: string,
  opts: {
    timestamp?: string;
    shiftSentTimestamp?: number;
    tamperBody?: boolean;
    signature?: string;
    noHeaders?: boolean;
  } = {},
) {
  const timestamp = opts.timestamp ?? String(Math.floor(Date.now() / 1000));
  const signature = opts.signature ?? sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (!opts.noHeaders)
    Object.assign(headers, {
      'x-signature-ed25519': signature,
      'x-signature-timestamp': String(Number(timestamp) + (opts.shiftSentTimestamp ?? 0)),
    });
  return fetch(`${base}/interactions`, {
    method: 'POST',
    headers,
    body: opts.tamperBody ? body.replace('explain', 'fix') : body,
  });
}

beforeAll(async () => {
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  const publicHex = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  discord = await FakeDiscord.start();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  bot = startBot(
    {
      INTERACTIONS_MODE: 'http',
      DISCORD_PUBLIC_KEY: publicHex,
      PORT: String(port),
      HOST: '127.0.0.1',
      DISCORD_API_URL: discord.apiUrl,
    },
    'node',
  );
  const start = Date.now();
  while (!/ready \(HTTP interactions\)/.test(bot.output())) {
    if (bot.child.exitCode !== null || Date.now() - start > 15_000)
      throw new Error(`http bot did not start: ${bot.output()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
});

describe('HTTP interactions', () => {
  it('answers PING with PONG', async () => {
    const res = await signed('{"type":1}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('acknowledges a command with 202 and replies through the callback, like the gateway mode', async () => {
    const payload = discord.command('wu', 'explain', { topic: 'orchestrator' });
    const callback = discord.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${String(payload.id)}/`));
    const res = await signed(JSON.stringify(payload));
    expect(res.status).toBe(202);
    const body = (await callback).body as {
      type: number;
      data: { embeds: { title: string }[]; allowed_mentions: unknown };
    };
    expect(body.type).toBe(4);
    expect(JSON.stringify(body.data.embeds)).toMatch(/UsoSvc/);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it.each([
    ['a tampered body', { tamperBody: true }],
    ['a tampered timestamp', { shiftSentTimestamp: 1 }],
    ['a garbage signature', { signature: 'zz'.repeat(64) }],
    ['a signature of the wrong length', { signature: 'ab'.repeat(10) }],
    ['no signature headers', { noHeaders: true }],
  ])('refuses %s with 401', async (_what, opts) => {
    const res = await signed(JSON.stringify(discord.command('wu', 'explain', { topic: 'bits' })), opts);
    expect(res.status).toBe(401);
  });

  it('refuses a correctly signed request whose timestamp is more than 5 minutes off', async () => {
    const old = String(Math.floor(Date.now() / 1000) - 600);
    expect((await signed('{"type":1}', { timestamp: old })).status).toBe(401);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await signed(JSON.stringify({ type: 2, pad: 'x'.repeat(200_000) }));
    expect(res.status).toBe(413);
  });

  it('answers GET /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      insight: { queued: expect.any(Number), written: expect.any(Number), failedWrites: 0, dropped: 0 },
    });
  });
});
