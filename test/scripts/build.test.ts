// The build (scripts/build.mjs, run once by global-setup.ts) leaves discord.js as one bundled file
// where the compiled bot's imports find it before the project's node_modules: loading the package's
// hundreds of files was a third of the bot's start.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** What a module in dist/ gets for an import, and a few of its names. */
function importFromDist(): { url: string; names: string[] } {
  const code = `const url = import.meta.resolve('discord.js'); const m = await import('discord.js');
process.stdout.write(JSON.stringify({ url, names: ['Client', 'Events', 'GatewayIntentBits', 'ShardingManager'].filter((n) => typeof m[n] === 'function' || typeof m[n] === 'object') }));`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: join(dist, 'discord'),
      encoding: 'utf8',
    }),
  ) as { url: string; names: string[] };
}

describe('the build', () => {
  it('bundles discord.js into dist/node_modules, which compiled modules import', () => {
    const { url, names } = importFromDist();
    expect(url).toMatch(/\/dist\/node_modules\/discord\.js\/index\.mjs$/);
    // The names the bot imports are there, as in the package.
    expect(names).toEqual(['Client', 'Events', 'GatewayIntentBits', 'ShardingManager']);
  });

  it('records the version it bundled, so a newer discord.js makes the next start build again', () => {
    const bundled = JSON.parse(readFileSync(join(dist, 'node_modules', 'discord.js', 'package.json'), 'utf8')) as {
      version: string;
    };
    const installed = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'discord.js', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(bundled.version).toBe(installed.version);
  });
});
