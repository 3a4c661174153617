// A small fake Discord on 127.0.0.1 for end-to-end tests: REST (the routes a help bot uses) and a
// gateway (HELLO, IDENTIFY -> READY, heartbeats, RESUME) that the real discord.js client accepts.
//
//   const discord = await FakeDiscord.start();
//   // start the bot with DISCORD_API_URL=discord.apiUrl and any DISCORD_TOKEN
//   await discord.ready();
//   const reply = await discord.interact(discord.command('wu', 'explain', { topic: 'orchestrator' }));
//   reply.body // the interaction callback the bot sent: {type: 4, data: {embeds, components, ...}}
//   await discord.close();
//
// Faults for later tests: set discord.onCallback to answer a callback with another status once,
// and discord.dropGateway() closes the socket abnormally so the client resumes.
//
// Like Discord, callbacks are checked against the component limits (5 rows of 5 buttons or one
// select, custom_ids of at most 100 characters and unique in a message, modals with a title of at
// most 45 and 1 to 5 text inputs): a callback that breaks one gets 400 Invalid Form Body (50035).
// A MODAL callback (type 9) is accepted like any other; modalSubmit() builds the MODAL_SUBMIT that
// follows it, and guildDelete() tells the bot it left a server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const IDS = {
  app: '100000000000000001',
  bot: '100000000000000002',
  guild: '100000000000000003',
  channel: '100000000000000004',
  user: '100000000000000005',
  command: '100000000000000006',
  contextCommand: '100000000000000007',
} as const;

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  at: number;
  /** Answered by onCallback with a fault instead of being accepted. */
  fault?: boolean;
}

export interface FaultReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Json = Record<string, unknown>;

const NOW = '2026-11-27T00:00:00.000Z';

export function userObject(id: string = IDS.user, username = 'alice', bot = false): Json {
  return { id, username, discriminator: '0', global_name: username, avatar: null, ...(bot ? { bot: true } : {}) };
}

export function messageObject(over: Json = {}): Json {
  return {
    id: '300000000000000001',
    channel_id: IDS.channel,
    type: 0,
    content: '',
    author: userObject(IDS.bot, 'WU Helper', true),
    timestamp: NOW,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...over,
  };
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Return a reply to override the next callbacks (for fault tests); undefined lets it through. */
  onCallback?: (req: RecordedRequest) => FaultReply | undefined;
  identifies = 0;
  resumes = 0;
  private sockets = new Set<WebSocket>();
  /** The [id, count] each socket identified as. */
  private shardOf = new Map<WebSocket, [number, number]>();
  private missed: string[] = [];
  private seq = 0;
  private nextInteraction = 1;
  private waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private readyWaiters: (() => void)[] = [];
  /** Files served as message attachments, as Discord's CDN would: path -> content, delay. */
  private files = new Map<string, { content: string | Buffer; delayMs: number }>();
  private isReady = false;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {}

  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ noServer: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeDiscord(server, wss, (server.address() as AddressInfo).port);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => fake.onSocket(ws));
    });
    return fake;
  }

  /** The REST base to give the bot as DISCORD_API_URL (discord.js appends /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** How many sockets identified as which shard: for sharding tests. */
  get shards(): [number, number][] {
    return [...this.shardOf.values()];
  }

  /** Resolves once a client has identified and been sent READY. */
  ready(): Promise<void> {
    return this.isReady ? Promise.resolve() : new Promise((r) => this.readyWaiters.push(r));
  }

  /** Resolves with the first request (already recorded or future) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake discord: timed out waiting for a request')), timeoutMs);
      this.waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  callbacksFor(interactionId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith(`/api/v10/interactions/${interactionId}/`));
  }

  /** Sends an INTERACTION_CREATE and resolves with the bot's callback for it. */
  async interact(payload: Json): Promise<RecordedRequest> {
    const id = String(payload.id);
    const reply = this.waitFor(
      (r) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${id}/`) && !r.fault,
    );
    this.dispatch('INTERACTION_CREATE', payload);
    return reply;
  }

  dispatch(t: string, d: unknown): void {
    this.seq += 1;
    const frame = JSON.stringify({ op: 0, t, s: this.seq, d });
    // Like Discord, events that happen while the client is disconnected are replayed on RESUME.
    if (this.sockets.size === 0) this.missed.push(frame);
    for (const ws of this.sockets) if (this.routesTo(ws, d)) ws.send(frame);
  }

  /** Discord's routing: a guild's events go to shard (guild_id >> 22) % count; the rest to shard 0. */
  private routesTo(ws: WebSocket, d: unknown): boolean {
    const [id, count] = this.shardOf.get(ws) ?? [0, 1];
    if (count <= 1) return true;
    const guild = (d as { guild_id?: string } | null)?.guild_id;
    const target = guild ? Number((BigInt(guild) >> 22n) % BigInt(count)) : 0;
    return target === id;
  }

  /** Closes every gateway socket abnormally (like a network drop): the client should resume. */
  dropGateway(): void {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
  }

  // ---- interaction payloads, with every field discord.js needs ----

  private base(type: number, data: Json, over: Json = {}): Json {
    const n = this.nextInteraction++;
    return {
      id: `${800000000000000000n + BigInt(n)}`,
      application_id: IDS.app,
      token: `tok-${n}`,
      version: 1,
      type,
      data,
      guild_id: IDS.guild,
      channel_id: IDS.channel,
      channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'general' },
      member: {
        user: userObject(),
        roles: [],
        joined_at: NOW,
        deaf: false,
        mute: false,
        flags: 0,
        permissions: '2248473465835073',
      },
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      context: 0,
      attachment_size_limit: 8388608,
      ...over,
    };
  }

  /** A slash command: /root sub with string/boolean options; a user option gets its resolved user. */
  command(root: string, sub: string, options: Record<string, string | boolean> = {}, over: Json = {}): Json {
    const opts = Object.entries(options).map(([name, value]) => ({
      name,
      type: typeof value === 'boolean' ? 5 : name === 'user' ? 6 : 3,
      value,
    }));
    const resolved =
      typeof options.user === 'string' ? { users: { [options.user]: userObject(options.user, 'bob') } } : undefined;
    return this.base(
      2,
      {
        id: IDS.command,
        name: root,
        type: 1,
        options: [{ name: sub, type: 1, options: opts }],
        ...(resolved ? { resolved } : {}),
      },
      over,
    );
  }

  autocomplete(root: string, sub: string, option: string, value: string): Json {
    return this.base(4, {
      id: IDS.command,
      name: root,
      type: 1,
      options: [{ name: sub, type: 1, options: [{ name: option, type: 3, value, focused: true }] }],
    });
  }

  button(customId: string, message: Json = {}): Json {
    return this.base(3, { custom_id: customId, component_type: 2 }, { message: messageObject(message) });
  }

  select(customId: string, values: string[], message: Json = {}): Json {
    return this.base(3, { custom_id: customId, component_type: 3, values }, { message: messageObject(message) });
  }

  /** An attachment object for a message, its file served from this fake (optionally slowly). */
  attachment(filename: string, content: string | Buffer, opts: { contentType?: string; delayMs?: number } = {}): Json {
    const id = String(400000000000000000n + BigInt(this.files.size));
    const path = `/attachments/${IDS.channel}/${id}/${filename}`;
    this.files.set(path, { content, delayMs: opts.delayMs ?? 0 });
    return {
      id,
      filename,
      size: Buffer.byteLength(content),
      url: `http://127.0.0.1:${this.port}${path}`,
      proxy_url: `http://127.0.0.1:${this.port}${path}`,
      ...(opts.contentType ? { content_type: opts.contentType } : {}),
    };
  }

  /** A MODAL_SUBMIT for a modal opened from a message's button: the text inputs' values by custom_id. */
  modalSubmit(customId: string, values: Record<string, string>, message: Json = {}, over: Json = {}): Json {
    const components = Object.entries(values).map(([id, value], i) => ({
      type: 18,
      id: 2 * i + 1,
      component: { type: 4, id: 2 * i + 2, custom_id: id, value },
    }));
    return this.base(5, { custom_id: customId, components }, { message: messageObject(message), ...over });
  }

  /** The bot was removed from a server (unavailable: an outage instead, which must not count as leaving). */
  guildDelete(guildId: string, unavailable = false): void {
    this.dispatch('GUILD_DELETE', unavailable ? { id: guildId, unavailable: true } : { id: guildId });
  }

  messageCommand(name: string, target: Json): Json {
    const msg = messageObject(target);
    return this.base(2, {
      id: IDS.contextCommand,
      name,
      type: 3,
      target_id: msg.id,
      resolved: { messages: { [String(msg.id)]: msg } },
    });
  }

  // ---- plumbing ----

  private record(r: RecordedRequest): void {
    this.requests.push(r);
    this.waiters = this.waiters.filter((w) => {
      if (!w.match(r)) return true;
      w.resolve(r);
      return false;
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // multipart or text: keep it raw
    }
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body,
      at: Date.now(),
    };
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, json === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };

    const p = rec.path;
    if (p.startsWith('/api/v10/interactions/') && rec.method === 'POST') {
      const fault = this.onCallback?.(rec) ?? invalidCallback(body);
      if (fault) {
        rec.fault = true;
        this.record(rec);
        return send(fault.status, fault.body ?? { message: 'fault', code: 0 }, fault.headers);
      }
      this.record(rec);
      if (rec.query.get('with_response') === 'true') {
        const id = p.split('/')[4];
        return send(200, {
          interaction: { id, type: 2 },
          resource: {
            type: (body as Json | undefined)?.type ?? 4,
            message: messageObject({ ...(((body as Json | undefined)?.data as Json) ?? {}) }),
          },
        });
      }
      return send(204);
    }
    const file = this.files.get(p);
    if (file && rec.method === 'GET') {
      this.record(rec);
      if (file.delayMs) await new Promise((r) => setTimeout(r, file.delayMs));
      if (res.destroyed) return;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(file.content);
      return;
    }
    this.record(rec);
    if (p === '/api/v10/gateway/bot') {
      return send(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
      });
    }
    if (p === '/api/v10/applications/@me')
      return send(200, {
        id: IDS.app,
        name: 'WU Helper',
        flags: 0,
        bot_public: true,
        bot_require_code_grant: false,
        description: '',
        icon: null,
        verify_key: '',
      });
    if (/^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p) && rec.method === 'PUT') {
      const list = Array.isArray(body) ? body : [];
      return send(
        200,
        list.map((c: Json, i: number) => ({
          ...c,
          id: `${200000000000000000n + BigInt(i)}`,
          application_id: IDS.app,
          version: '1',
        })),
      );
    }
    if (/^\/api\/v10\/webhooks\/\d+\/[^/]+/.test(p)) {
      if (rec.method === 'DELETE') return send(204);
      return send(
        200,
        messageObject({ ...((body as Json | undefined) ?? {}), webhook_id: IDS.app, application_id: IDS.app }),
      );
    }
    return send(404, { message: `fake discord has no route ${rec.method} ${p}`, code: 0 });
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.shardOf.delete(ws);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    ws.on('message', (raw) => {
      let msg: { op: number; d: Json };
      try {
        msg = JSON.parse(textOf(raw)) as { op: number; d: Json };
      } catch {
        return;
      }
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        this.identifies += 1;
        this.seq += 1;
        const shard = (msg.d.shard as [number, number] | undefined) ?? [0, 1];
        this.shardOf.set(ws, shard);
        ws.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: this.seq,
            d: {
              v: 10,
              user: { ...userObject(IDS.bot, 'WU Helper', true) },
              guilds: [],
              session_id: `session-${this.identifies}`,
              resume_gateway_url: this.gatewayUrl,
              shard,
              application: { id: IDS.app, flags: 0 },
            },
          }),
        );
        this.isReady = true;
        for (const r of this.readyWaiters.splice(0)) r();
      }
      if (msg.op === 6) {
        this.resumes += 1;
        this.seq += 1;
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: this.seq, d: {} }));
        for (const frame of this.missed.splice(0)) ws.send(frame);
      }
    });
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    await new Promise<void>((r) => this.server.close(() => r()));
    this.server.closeAllConnections();
  }
}

function textOf(raw: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  return (Buffer.isBuffer(raw) ? raw : Buffer.from(raw)).toString('utf8');
}

/** Discord's checks on what a callback may hold, as far as this bot uses it; a 400 reply when one fails. */
export function callbackProblems(body: unknown): string[] {
  const cb = body as { type?: number; data?: Json } | undefined;
  const data = cb?.data;
  if (!cb || !data) return [];
  const problems: string[] = [];
  const ids = new Set<string>();
  const checkId = (id: unknown, where: string) => {
    if (typeof id !== 'string' || id.length === 0 || id.length > 100)
      problems.push(`${where}: custom_id must be 1 to 100 characters`);
    else if (ids.has(id)) problems.push(`${where}: custom_id ${id} is used twice`);
    else ids.add(id);
  };
  const components = (data.components ?? []) as Json[];
  if (cb.type === 9) {
    checkId(data.custom_id, 'modal');
    const title = data.title;
    if (typeof title !== 'string' || title.length < 1 || title.length > 45)
      problems.push('modal: title must be 1 to 45 characters');
    if (components.length < 1 || components.length > 5) problems.push('modal: 1 to 5 components');
    components.forEach((c, i) => {
      const input = (c.type === 18 ? c.component : ((c.components as Json[] | undefined) ?? [])[0]) as Json | undefined;
      const label = c.type === 18 ? c.label : input?.label;
      if (c.type !== 18 && c.type !== 1) problems.push(`modal.components[${i}]: a label (18) or an action row (1)`);
      if (typeof label !== 'string' || label.length < 1 || label.length > 45)
        problems.push(`modal.components[${i}]: label must be 1 to 45 characters`);
      if (c.type === 18 && typeof c.description === 'string' && c.description.length > 100)
        problems.push(`modal.components[${i}]: description over 100`);
      if (input?.type !== 4) return problems.push(`modal.components[${i}]: a text input (4)`);
      checkId(input.custom_id, `modal.components[${i}]`);
      const max = input.max_length as number | undefined;
      if (max !== undefined && (max < 1 || max > 4000)) problems.push(`modal.components[${i}]: max_length 1 to 4000`);
      if (typeof input.placeholder === 'string' && input.placeholder.length > 100)
        problems.push(`modal.components[${i}]: placeholder over 100`);
    });
    return problems;
  }
  if (components.length > 5) problems.push(`components: ${components.length} rows, at most 5`);
  components.forEach((row, r) => {
    if (row.type !== 1) return;
    const inner = (row.components ?? []) as Json[];
    const selects = inner.filter((c) => c.type !== 2);
    if (inner.length < 1 || inner.length > 5) problems.push(`components[${r}]: ${inner.length} components, 1 to 5`);
    if (selects.length > 0 && inner.length > 1)
      problems.push(`components[${r}]: a select menu must be alone in its row`);
    inner.forEach((c, i) => {
      if (c.type === 2 && c.style === 5) return;
      checkId(c.custom_id, `components[${r}].components[${i}]`);
      if (c.type === 2 && typeof c.label === 'string' && c.label.length > 80)
        problems.push(`components[${r}].components[${i}]: label over 80`);
    });
  });
  return problems;
}

function invalidCallback(body: unknown): FaultReply | undefined {
  const problems = callbackProblems(body);
  return problems.length
    ? { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: { problems } } }
    : undefined;
}
