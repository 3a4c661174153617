// npm start without a token: the console, driven with piped input as a script would.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function consoleSession(lines: string[], extraEnv: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: 'test/fixtures/good', ...extraEnv },
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('the console (no DISCORD_TOKEN)', () => {
  it('says how to connect to Discord, answers each command and exits at end of input', () => {
    const r = consoleSession([
      'help',
      '/wu explain windows update service',
      '/wu error 80070422',
      '/wu fix restart windows update',
      '/wu topics',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/DISCORD_TOKEN/);
    expect(r.stdout).toMatch(/\/wu explain <topic>/);
    expect(r.stdout).toMatch(/Windows Update service \(wuauserv\)/);
    expect(r.stdout).toMatch(/0x80070422: the Windows Update service is disabled/);
    expect(r.stdout).toMatch(/services\.msc/);
    expect(r.stdout).toMatch(/fix \(2\):/);
  });

  it('stops at exit, and takes plain text as a question', () => {
    const r = consoleSession(['what does the windows update service do', 'exit', '/wu error 0x80070422']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wuauserv/);
    expect(r.stdout).not.toMatch(/ERROR_SERVICE_DISABLED/);
  });

  it('helps with unknown commands and empty subcommands instead of failing', () => {
    const r = consoleSession(['/wu frobnicate', '/wu error', '/nope']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/There is no \/wu frobnicate/);
    expect(r.stdout).toMatch(/\/wu error needs something after it/);
    expect(r.stdout).toMatch(/I don't know the command \/nope/);
  });

  it('names the variable and where to set it when configuration is wrong', () => {
    const r = consoleSession([], { RATE_LIMIT_BURST: 'soon' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/RATE_LIMIT_BURST must be a whole number/);
    expect(r.stderr).toMatch(/\.env/);
  });
});
