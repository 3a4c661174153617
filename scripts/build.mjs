// npm run build: compiles src/ to dist/ with tsc (tsconfig.build.json).
// --if-stale (run by npm start and npm run start:sharded): builds only when dist/ is missing or was built
// from other sources, so a fresh clone needs only `npm install` and `npm start`.
//
// Either way it then makes the knowledge snapshot current (dist/knowledge-snapshot.json, made by
// dist/cli/kb-snapshot.js): the compiled bot starts from it instead of parsing the YAML, as long as the
// knowledge files are those it was made from.
//
// Plain JavaScript, so it runs before anything is compiled. dist/.build-stamp holds a fingerprint of
// the sources it was built from (every file's path, size and mtime, and the tsconfigs): a changed,
// added or deleted file makes dist/ stale, whatever its mtime. Its second line says whether discord.js
// was bundled (bundleDiscord), so installing esbuild later makes dist/ stale too. One build at a time:
// dist/.build-lock (holding the builder's pid) makes concurrent starts wait for the build in progress
// instead of running a second tsc, and then find dist/ current.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const stampFile = join(dist, '.build-stamp');
const lockFile = join(dist, '.build-lock');
// Where bundleDiscord puts discord.js: the compiled bot's bare imports look here first.
const distModules = join(dist, 'node_modules');
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];
// What bundleDiscord returns, and the stamp records, when esbuild is not installed.
const NO_ESBUILD = 'no esbuild';
const require = createRequire(import.meta.url);

const say = (msg) => process.stderr.write(`build: ${msg}\n`);

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out.sort();
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(src), ...CONFIGS.map((c) => join(root, c))]) {
    const s = statSync(file);
    hash.update(`${relative(root, file)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  // The bundle of discord.js (bundleDiscord) is made from the installed version.
  hash.update(`discord.js\0${discordVersion()}\n`);
  return hash.digest('hex');
}

function isCurrent() {
  if (!existsSync(join(dist, 'main.js')) || !existsSync(stampFile)) return false;
  // A deployment may ship dist/ without src/: then there is nothing to compare with.
  if (!existsSync(src)) return true;
  const [built, bundle] = readFileSync(stampFile, 'utf8').trim().split('\n');
  return built === fingerprint() && bundleIsCurrent(bundle);
}

/**
 * A dist/ built without esbuild is stale once esbuild is installed (the bundle saves ~200 ms a start).
 * Not the other way round: a bundle made earlier still works without esbuild, and a bundle esbuild
 * could not make is not retried at every start.
 */
function bundleIsCurrent(recorded) {
  if (recorded !== `bundle: ${NO_ESBUILD}`) return true;
  try {
    require.resolve('esbuild');
    return false;
  } catch {
    return true;
  }
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Takes the build lock, waiting for a build in progress; a lock whose process is gone is taken over. */
function lock() {
  mkdirSync(dist, { recursive: true });
  let said = false;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let holder;
    try {
      holder = Number(readFileSync(lockFile, 'utf8'));
    } catch {
      continue; // released meanwhile
    }
    // An empty file: its writer is between creating and writing it.
    if (holder && !alive(holder)) {
      say(`taking over the lock of process ${holder}, which is gone`);
      try {
        unlinkSync(lockFile);
      } catch {
        // someone else took it over first
      }
      continue;
    }
    if (!said) say(`waiting for the build in progress (process ${holder || '?'})`);
    said = true;
    sleep(100);
  }
}

function unlock() {
  try {
    unlinkSync(lockFile);
  } catch {
    // already gone
  }
}

/** Removes compiled files whose source was deleted or renamed, and directories left empty. */
function prune(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    // The discord.js bundle (bundleDiscord) has no source in src/.
    if (entry.isDirectory() && full === distModules) continue;
    if (entry.isDirectory()) {
      prune(full);
      if (readdirSync(full).length === 0) rmdirSync(full);
    } else if (/\.js(\.map)?$/.test(entry.name)) {
      const source = join(src, relative(dist, full).replace(/\.js(\.map)?$/, '.ts'));
      if (!existsSync(source)) unlinkSync(full);
    }
  }
}

function build() {
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc');
  } catch {
    throw new Error('dist/ needs building and TypeScript is not installed: run `npm install` (with dev dependencies)');
  }
  // Without a stamp, the incremental build info may describe files no longer in dist/: start over.
  if (!existsSync(stampFile)) rmIfExists(join(dist, '.tsbuildinfo'));
  const before = fingerprint();
  const t = performance.now();
  try {
    // tsc reports errors on stdout: send them to stderr, so `echo … | npm start` output stays the bot's.
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
      cwd: root,
      stdio: ['ignore', 2, 2],
    });
  } catch {
    // noEmitOnError: dist/ is still the last good build, and its stamp no longer matches the sources.
    throw new Error('tsc failed (above); dist/ was not updated');
  }
  prune(dist);
  const bundle = bundleDiscord();
  // The fingerprint from before tsc ran: a file edited during the build makes the next start build again.
  writeFileSync(stampFile, `${before}\nbundle: ${bundle}\n`);
  say(`dist/ built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

let installedDiscord;
/** The installed discord.js's version: read once a run, though the fingerprint (up to three times) and the bundle ask. */
function discordVersion() {
  if (installedDiscord !== undefined) return installedDiscord;
  try {
    installedDiscord = JSON.parse(
      readFileSync(join(root, 'node_modules', 'discord.js', 'package.json'), 'utf8'),
    ).version;
  } catch {
    installedDiscord = 'none';
  }
  return installedDiscord;
}

/**
 * discord.js as one file, where the compiled bot's imports find it first: Node looks for a bare import
 * in dist/node_modules before the project's node_modules. Loading its hundreds of files took about
 * 400 ms of every start, the bundle about 190 ms. Runs from src/ (tsx) and the type checks use the
 * package itself. Without esbuild (installed without dev dependencies) the package is used as it is.
 * Returns what it did, for the build stamp: 'made', 'no esbuild' or 'failed'.
 */
function bundleDiscord() {
  const out = join(distModules, 'discord.js');
  rmSync(out, { recursive: true, force: true });
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    say('esbuild is not installed: the bot loads discord.js from node_modules (a slower start)');
    return NO_ESBUILD;
  }
  mkdirSync(out, { recursive: true });
  try {
    writeBundle(esbuild, out);
    return 'made';
  } catch (err) {
    // A bundle that cannot be made is no failed build: the package itself still works.
    rmSync(out, { recursive: true, force: true });
    say(`could not bundle discord.js (${err.message.split('\n')[0]}): the bot loads it from node_modules`);
    return 'failed';
  }
}

function writeBundle(esbuild, out) {
  // An ES module with its names spelled out: Node reads the names of a CommonJS file by scanning it,
  // which for 3 MB cost most of what bundling saves.
  const names = Object.keys(require('discord.js')).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  esbuild.buildSync({
    stdin: {
      contents: `import d from 'discord.js';\nexport default d;\nexport const { ${names.join(', ')} } = d;\n`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(out, 'index.mjs'),
    // discord.js's own require() calls, in an ES module.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // Optional native speed-ups discord.js tries to load, and uses only when installed.
    external: ['zlib-sync', 'bufferutil', 'utf-8-validate', 'erlpack'],
    logLevel: 'warning',
  });
  writeFileSync(
    join(out, 'package.json'),
    `${JSON.stringify({ name: 'discord.js', version: discordVersion(), private: true, exports: './index.mjs' }, null, 2)}\n`,
  );
}

function rmIfExists(file) {
  try {
    unlinkSync(file);
  } catch {
    // not there
  }
}

/**
 * Makes the knowledge snapshot current: quick when it is. Not making one is no failed build (the bot
 * then loads the YAML in full, and reports broken knowledge itself).
 */
function snapshot() {
  try {
    execFileSync(process.execPath, [join(dist, 'cli', 'kb-snapshot.js')], { cwd: root, stdio: ['ignore', 2, 2] });
  } catch {
    say('could not make the knowledge snapshot (above): the bot will load the knowledge in full');
  }
}

const ifStale = process.argv.includes('--if-stale');
if (!ifStale || !isCurrent()) {
  lock();
  try {
    // Another process may have built it while this one waited for the lock.
    if (!ifStale || !isCurrent()) {
      if (ifStale) say('dist/ is missing or older than src/: compiling');
      build();
    }
  } catch (err) {
    say(err.message);
    process.exitCode = 1;
  } finally {
    unlock();
  }
}
if (process.exitCode !== 1) snapshot();
