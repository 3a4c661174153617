// HTTP interactions mode: Discord POSTs each interaction to /interactions. Signatures are checked
// over the raw body, PING gets PONG, and everything else is acknowledged with 202 and handled by the
// same handlers as the gateway, which answer through the callback endpoint. No state is kept here,
// so any number of replicas can run behind a load balancer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Client, Events, type Interaction } from 'discord.js';
import type { Config } from '../config.ts';
import type { Engine } from '../engine/answer.ts';
import { createLogger, type Logger } from '../log.ts';
import { Serving } from './serving.ts';
import { clientOptions } from './client-options.ts';
import { publicKeyFromHex, verifyRequest } from './verify.ts';

export const MAX_BODY_BYTES = 64 * 1024;

// discord.js has no public HTTP-interactions entry point; this private action builds the same
// Interaction objects the gateway would, so one set of handlers serves both modes.
interface WithActions {
  actions: { InteractionCreate: { handle(data: unknown): void } };
}

class TooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

export interface HttpBot {
  server: Server;
  close(): Promise<void>;
}

export async function startHttp(
  config: Config,
  engine: Engine,
  knowledgeDir: string,
  log: Logger = createLogger(config.LOG_LEVEL),
): Promise<HttpBot> {
  if (!config.DISCORD_PUBLIC_KEY) throw new Error('DISCORD_PUBLIC_KEY is required when INTERACTIONS_MODE=http');
  const key = publicKeyFromHex(config.DISCORD_PUBLIC_KEY);
  const serving = new Serving(config, engine, knowledgeDir, log);
  const knowledge = serving.knowledge;

  // Never logged in: it only builds interaction objects and sends callbacks (which need no token).
  const client = new Client({ intents: [], ...clientOptions(config) });
  if (config.DISCORD_TOKEN) client.rest.setToken(config.DISCORD_TOKEN);
  client.on(Events.InteractionCreate, (interaction: Interaction) => serving.handle(interaction));

  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/healthz')
        return json(res, 200, {
          status: 'ok',
          entries: knowledge.engine.kb.entries.length,
          // Queued, written, failed writes, dropped: the store being down never fails the health check.
          insight: serving.ctx.insight?.counters ?? 'off',
        });
      if (path !== '/interactions') return json(res, 404, { error: 'not found' });
      if (req.method !== 'POST') return json(res, 405, { error: 'use POST' });
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch (err) {
        if (err instanceof TooLarge) return json(res, 413, { error: 'body too large' });
        throw err;
      }
      const signature = req.headers['x-signature-ed25519'];
      const timestamp = req.headers['x-signature-timestamp'];
      if (
        !verifyRequest(
          key,
          typeof signature === 'string' ? signature : undefined,
          typeof timestamp === 'string' ? timestamp : undefined,
          body,
        )
      ) {
        return json(res, 401, { error: 'invalid request signature' });
      }
      let payload: { type?: unknown };
      try {
        payload = JSON.parse(body.toString('utf8')) as { type?: unknown };
      } catch {
        return json(res, 400, { error: 'body is not JSON' });
      }
      if (payload.type === 1) return json(res, 200, { type: 1 });
      json(res, 202);
      try {
        (client as unknown as WithActions).actions.InteractionCreate.handle(payload);
      } catch (err) {
        log.warn({ err }, 'could not read an interaction payload');
      }
    })().catch((err: unknown) => {
      log.error({ err }, 'http request failed');
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
    });
  });
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  log.info(
    { port: config.PORT, host: config.HOST, entries: knowledge.engine.kb.entries.length },
    'ready (HTTP interactions)',
  );

  const close = async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await serving.drain();
    await client.destroy();
  };
  return { server, close };
}
