// INSIGHT=off keeps nothing and shows no feedback buttons; on (the default) the SQLite file and the
// hashing key are created on first start, with their folder, and need no set-up.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Bots } from '../fake-discord/bot-process.ts';
import { body, byLabel, text } from './helpers.ts';

const bots = new Bots();
const root = mkdtempSync(join(tmpdir(), 'wu-switch-'));

afterEach(() => bots.stopAll());
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('turning insight on and off', () => {
  it('INSIGHT=off: no buttons, no file, and /wu privacy says nothing is kept', async () => {
    const dataDir = join(root, 'off', 'data');
    const { discord } = await bots.start({ INSIGHT: 'off', DATA_DIR: dataDir });
    const r = body(await discord.interact(discord.command('wu', 'explain', { topic: 'orchestrator' })));
    expect(text(r)).toMatch(/UsoSvc/);
    expect(byLabel(r, 'Helpful')).toBeUndefined();
    expect(text(body(await discord.interact(discord.command('wu', 'privacy'))))).toMatch(/insight is turned off/);
    // An old message's button still gets a polite answer.
    const old = body(await discord.interact(discord.button('fb1:n:usosvc:')));
    expect(text(old)).toMatch(/not collecting feedback/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('on by default: creates the folder, insight.db and a private hashing key on first start', async () => {
    const dataDir = join(root, 'fresh', 'clone', 'data');
    const { discord, bot } = await bots.start({ DATA_DIR: dataDir });
    await bot.waitForOutput(/insight: store open/);
    const r = body(await discord.interact(discord.command('wu', 'explain', { topic: 'orchestrator' })));
    expect(byLabel(r, 'Helpful')).toBeTruthy();
    expect(existsSync(join(dataDir, 'insight.db'))).toBe(true);
    expect(statSync(join(dataDir, 'insight.secret')).mode & 0o777).toBe(0o600);
    // A forged vote for an entry that does not exist is refused, politely.
    expect(text(body(await discord.interact(discord.button('fb1:h:no-such-entry:'))))).toMatch(/no longer follow/);
    expect(bot.output()).not.toMatch(/"level":50/);
  });
});
