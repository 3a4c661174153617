// The build (scripts/build.mjs, run once by global-setup.ts) leaves discord.js as one bundled file
// where the compiled bot's imports find it before the project's node_modules: loading the package's
// hundreds of files was a third of the bot's start.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

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

/**
 * A copy of the project's build inputs in a temporary folder, with node_modules made of links to the
 * project's packages, esbuild left out until `addEsbuild`.
 */
function projectWithoutEsbuild(): { dir: string; build: () => string; addEsbuild: () => void } {
  const project = join(import.meta.dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'wu-build-'));
  for (const name of ['src', 'scripts', 'tsconfig.json', 'tsconfig.build.json', 'package.json']) {
    cpSync(join(project, name), join(dir, name), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(join(project, 'knowledge'), join(dir, 'knowledge'));
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name === 'esbuild' || name.startsWith('.')) continue;
    symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return {
    dir,
    // What the build said (its messages go to stderr).
    build: () =>
      // A build that hangs (a lock never released) is killed, and the test fails on what it said.
      spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
        .stderr,
    addEsbuild: () => symlinkSync(join(project, 'node_modules', 'esbuild'), join(dir, 'node_modules', 'esbuild')),
  };
}

describe('npm start on a dist/ built without esbuild', () => {
  let project: ReturnType<typeof projectWithoutEsbuild> | undefined;
  afterEach(() => {
    if (project) rmSync(project.dir, { recursive: true, force: true });
  });

  it('builds again once esbuild is installed, and then bundles discord.js', { timeout: 120_000 }, () => {
    project = projectWithoutEsbuild();
    const bundle = join(project.dir, 'dist', 'node_modules', 'discord.js', 'index.mjs');

    expect(project.build()).toMatch(/esbuild is not installed/);
    expect(existsSync(bundle)).toBe(false);
    // Nothing changed: the unbundled dist/ is current.
    expect(project.build()).not.toMatch(/compiling/);

    project.addEsbuild();
    expect(project.build()).toMatch(/dist\/ is missing or older than src\/: compiling/);
    expect(existsSync(bundle)).toBe(true);
    expect(project.build()).not.toMatch(/compiling/);
  });
});
