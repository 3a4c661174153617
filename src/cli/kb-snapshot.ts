// Run by scripts/build.mjs after every build and at every `npm start`: makes dist/knowledge-snapshot.json
// (knowledge/snapshot.ts) current, so the compiled bot starts without parsing and checking the YAML.
// Quick when the snapshot is current (one hash of the files). Broken knowledge is not a build failure:
// no snapshot is written, and the bot's own full load then stops it with kb:check's messages.
import { knowledgeDir } from '../knowledge/dir.ts';
import { COMPILED, removeSnapshot, snapshotIsCurrent, snapshotKey, writeSnapshot } from '../knowledge/snapshot.ts';

const say = (msg: string) => process.stderr.write(`build: ${msg}\n`);

const dir = knowledgeDir();
const key = snapshotKey(dir, COMPILED);
if (!key) {
  say(`no knowledge snapshot: ${dir} cannot be read, or this is not a build`);
} else if (!snapshotIsCurrent(key)) {
  // Only now: checking a current snapshot (every npm start) need not load the YAML parser and zod.
  const [{ loadKnowledge }, { KNOWLEDGE_CHECKS }] = await Promise.all([
    import('../knowledge/load.ts'),
    import('../startup.ts'),
  ]);
  const result = loadKnowledge(dir, KNOWLEDGE_CHECKS);
  const after = snapshotKey(dir, COMPILED);
  if (!result.ok) {
    removeSnapshot();
    say(`the knowledge has ${result.problems.length} problem(s), so no snapshot: npm run kb:check lists them`);
  } else if (after?.knowledge !== key.knowledge) {
    // Edited while it was being checked: what was checked may not be what the files hold now.
    removeSnapshot();
    say('the knowledge changed while it was being checked, so no snapshot: the next start makes one');
  } else {
    writeSnapshot(result.kb, key);
    say(`knowledge snapshot written (${result.kb.entries.length} entries)`);
  }
}
