// Which files make up a knowledge folder, and a fingerprint of their contents. Both the loader and the
// snapshot of validated knowledge (snapshot.ts) use this one walk, so a snapshot covers exactly the
// files a full load would read. No YAML or zod here: checking a snapshot must not load them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .yaml/.yml file under dir, sorted, with full paths. */
export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/i.test(name)) out.push(full);
  }
  return out;
}

/**
 * A hash of every knowledge file's path (relative to the folder) and exact contents: any edit, added,
 * removed or renamed file changes it. Contents, not sizes and times, so a copy or a checkout of the
 * same files matches and an edit within the same second does not. Throws if the folder cannot be read.
 */
export function knowledgeFingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const full of yamlFiles(dir)) {
    const content = readFileSync(full);
    hash.update(`${relative(dir, full).split(sep).join('/')}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}
