// Shared by the insight end-to-end tests: running `npm run report`, reading callbacks, and a
// PostgreSQL database of a test's own.
import { spawn } from 'node:child_process';
import pg from 'pg';
import type { RecordedRequest } from '../fake-discord/index.ts';
import type { Report } from '../../src/insight/report.ts';

export interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  components?: Component[];
  component?: Component;
  title?: string;
}

export interface Callback {
  type: number;
  data: {
    custom_id?: string;
    title?: string;
    flags?: number;
    content?: string;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
    components?: Component[];
  };
}

export const EPHEMERAL = 64;
/** The fake's default member permissions, and the same with Manage Server. */
export const MEMBER = '2248473465835073';
export const MANAGER = String(BigInt(MEMBER) | 32n);

export const body = (r: RecordedRequest) => r.body as Callback;
export const text = (c: Callback) => JSON.stringify(c.data.embeds ?? []);
export const buttons = (c: Callback) => (c.data.components ?? []).flatMap((r) => r.components ?? []);
export const byLabel = (c: Callback, label: string) => buttons(c).find((b) => b.label === label);

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** `npm run report -- args` with the given environment (no .env: the test says everything). */
export function runReport(args: string[], env: Record<string, string>): Promise<Run> {
  const child = spawn('npm', ['run', '--silent', 'report', '--', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (err += String(d)));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

export async function reportJson(args: string[], env: Record<string, string>): Promise<Report> {
  const r = await runReport(['--json', ...args], env);
  if (r.code !== 0) throw new Error(`report exited ${r.code}: ${r.err}${r.out}`);
  return JSON.parse(r.out) as Report;
}

/** Polls the report until ok() holds (the bot writes in batches, about once a second). */
export async function reportUntil(
  args: string[],
  env: Record<string, string>,
  ok: (r: Report) => boolean,
  timeoutMs = 30_000,
): Promise<Report> {
  const start = Date.now();
  for (;;) {
    const r = await reportJson(args, env);
    if (ok(r)) return r;
    if (Date.now() - start > timeoutMs) throw new Error(`report never matched:\n${JSON.stringify(r, null, 2)}`);
    await new Promise((res) => setTimeout(res, 300));
  }
}

let databases = 0;

/** A new, empty database on the test server: its URL. */
export async function createDatabase(serverUrl: string): Promise<string> {
  const name = `wu_${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return serverUrl.replace(/\/postgres$/, `/${name}`);
}
