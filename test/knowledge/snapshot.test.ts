// The snapshot of validated knowledge: used only when made from exactly the files there are now, by
// the build there is now; otherwise the YAML is loaded in full, and broken knowledge still stops
// start-up with its file:line:col messages.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';
import { knowledgeFingerprint } from '../../src/knowledge/files.ts';
import {
  readSnapshot,
  snapshotIsCurrent,
  snapshotKey,
  writeSnapshot,
  type SnapshotPlace,
} from '../../src/knowledge/snapshot.ts';
import { KnowledgeBase } from '../../src/knowledge/base.ts';
import { Engine } from '../../src/engine/answer.ts';
import { KNOWLEDGE_CHECKS, knowledgeOrExit } from '../../src/startup.ts';

const GOOD = 'test/fixtures/good';
const temps: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wu-snap-'));
  temps.push(dir);
  return dir;
}

/** A copy of the good fixture, and a place for snapshots with a build stamp of its own. */
function setUp(stamp = 'build-1'): { dir: string; place: SnapshotPlace } {
  const dir = tempDir();
  cpSync(GOOD, dir, { recursive: true });
  const build = tempDir();
  const place = { file: join(build, 'knowledge-snapshot.json'), stampFile: join(build, '.build-stamp') };
  writeFileSync(place.stampFile, `${stamp}\n`);
  return { dir, place };
}

/** Snapshots the folder as it is now, as the build does. */
function snapshot(dir: string, place: SnapshotPlace, kb = loadKnowledgeOrThrow(dir, KNOWLEDGE_CHECKS)): void {
  writeSnapshot(kb, snapshotKey(dir, place)!, place);
}

/** The same knowledge with one entry's title changed: a snapshot that can be told from the YAML. */
function marked(dir: string): KnowledgeBase {
  const kb = loadKnowledgeOrThrow(dir);
  const entries = kb.entries.map((e) => (e.id === 'wuauserv' ? { ...e, title: 'FROM THE SNAPSHOT' } : e));
  return new KnowledgeBase(entries, kb.tables, kb.products, kb.synonyms);
}

const edit = (path: string, fn: (t: string) => string) => writeFileSync(path, fn(readFileSync(path, 'utf8')));

afterEach(() => {
  vi.restoreAllMocks();
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('knowledge snapshot', () => {
  it('reads back exactly what the full load built, so answers cannot change', () => {
    const place = setUp().place;
    const full = loadKnowledgeOrThrow('knowledge', KNOWLEDGE_CHECKS);
    snapshot('knowledge', place, full);
    const kb = readSnapshot('knowledge', place)!;
    expect(kb).toBeDefined();
    // JSON.stringify compares key order too, which the engine's output could depend on.
    expect(JSON.stringify([kb.entries, kb.tables, kb.products, kb.synonyms])).toBe(
      JSON.stringify([full.entries, full.tables, full.products, full.synonyms]),
    );
    const [a, b] = [new Engine(full), new Engine(kb)];
    for (const q of ['0x80070422', 'update stuck at 0%', 'what does usosvc do', '0x8024ffff', 'bake bread'])
      expect(b.ask(q)).toEqual(a.ask(q));
  });

  it('is used while the files are those it was made from, whatever their times', () => {
    const { dir, place } = setUp();
    snapshot(dir, place, marked(dir));
    const file = join(dir, 'services/wuauserv.yaml');
    edit(file, (t) => t.replace('summary:', 'summary: x'));
    expect(readSnapshot(dir, place)).toBeUndefined();
    // Put back as it was (a newer mtime, the same bytes): the snapshot holds for it again.
    edit(file, (t) => t.replace('summary: x', 'summary:'));
    expect(readSnapshot(dir, place)?.get('wuauserv')?.title).toBe('FROM THE SNAPSHOT');
  });

  it('is not used once a file is added, removed or renamed', () => {
    for (const change of [
      (dir: string) => writeFileSync(join(dir, 'concepts/new.yaml'), 'id: new\n'),
      (dir: string) => rmSync(join(dir, 'fixes/restart-update-services.yaml')),
      (dir: string) => renameSync(join(dir, 'services/wuauserv.yaml'), join(dir, 'wuauserv.yaml')),
    ]) {
      const { dir, place } = setUp();
      snapshot(dir, place);
      expect(readSnapshot(dir, place)).toBeDefined();
      change(dir);
      expect(readSnapshot(dir, place)).toBeUndefined();
    }
  });

  it('is not used by another build, nor without one (run from the sources)', () => {
    const { dir, place } = setUp('build-1');
    snapshot(dir, place);
    writeFileSync(place.stampFile, 'build-2\n');
    expect(readSnapshot(dir, place)).toBeUndefined();
    rmSync(place.stampFile);
    expect(snapshotKey(dir, place)).toBeUndefined();
    expect(readSnapshot(dir, place)).toBeUndefined();
  });

  it('is not used when damaged', () => {
    const { dir, place } = setUp();
    snapshot(dir, place);
    writeFileSync(place.file, readFileSync(place.file, 'utf8').slice(0, 100));
    expect(readSnapshot(dir, place)).toBeUndefined();
    expect(snapshotIsCurrent(snapshotKey(dir, place)!, place)).toBe(false);
  });

  it('never hides broken knowledge: start-up still stops with the file, line and column', async () => {
    const { dir, place } = setUp();
    snapshot(dir, place);
    edit(join(dir, 'services/wuauserv.yaml'), (t) => t.replace(/^summary:/m, 'sumary:'));
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((msg: string) => void errors.push(msg));
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    await expect(knowledgeOrExit(dir, place)).rejects.toThrow('exit 1');
    expect(errors.join('\n')).toMatch(/services\/wuauserv\.yaml:\d+:\d+: sumary/);
  });

  it('knowledgeOrExit uses a current snapshot', async () => {
    const { dir, place } = setUp();
    snapshot(dir, place, marked(dir));
    expect((await knowledgeOrExit(dir, place)).get('wuauserv')?.title).toBe('FROM THE SNAPSHOT');
  });

  it('the fingerprint covers contents and paths, not times', () => {
    const { dir } = setUp();
    const before = knowledgeFingerprint(dir);
    const file = join(dir, 'errors/error-0x80070422.yaml');
    edit(file, (t) => t);
    expect(knowledgeFingerprint(dir)).toBe(before);
    edit(file, (t) => `${t}\n`);
    expect(knowledgeFingerprint(dir)).not.toBe(before);
  });
});

describe('the build', () => {
  it('leaves a current snapshot of the knowledge beside the compiled code', () => {
    // test/global-setup.ts has run scripts/build.mjs --if-stale.
    const place = { file: 'dist/knowledge-snapshot.json', stampFile: 'dist/.build-stamp' };
    expect(snapshotIsCurrent(snapshotKey('knowledge', place)!, place)).toBe(true);
  });
});
