// Autocomplete of a topic still being typed (/wu explain orch, /wu fix del opt): the entries whose
// title or one of whose names the typed words begin, word by word, in order. The search reads whole
// words, so a word half typed ("troub", "deliv") finds nothing there or the wrong entry.
import type { Entry, Kind } from '../knowledge/schema.ts';
import { namesOf } from '../knowledge/base.ts';
import { nameWords } from '../knowledge/scripts.ts';

interface Name {
  entry: Entry;
  words: readonly string[];
  title: boolean;
}

export class NameCompleter {
  private readonly names: Name[];

  constructor(entries: readonly Entry[]) {
    this.names = entries.flatMap((entry) => [
      { entry, words: nameWords(entry.title), title: true },
      ...namesOf(entry).map((n) => ({ entry, words: nameWords(n), title: false })),
    ]);
  }

  /**
   * The entries a typed topic begins a name of, best first: a name whose words it types in full, then
   * one it begins at its first word, then one of the kinds asked for, then a title, then the shortest.
   */
  complete(typed: string, kinds: readonly Kind[], limit: number): Entry[] {
    const words = nameWords(typed);
    if (!words.length) return [];
    // The last word counts as typed in full once a space follows it, or at three letters ("up" is
    // still "update" being typed).
    const lastDone = /\s$/.test(typed) || words[words.length - 1]!.length >= 3;
    const best = new Map<string, { entry: Entry; score: number }>();
    for (const name of this.names) {
      const at = beginsWords(words, name.words);
      if (at < 0) continue;
      // A word typed in full ("kb" in "uninstall kb") over one it only begins ("kb2267602").
      const whole = lastDone && words.every((w) => name.words.includes(w));
      // The whole of a name, however short ("wu", "kb"), first of all.
      const exact = words.length === name.words.length && words.every((w, i) => w === name.words[i]);
      const score =
        (exact ? 32 : 0) +
        (whole ? 16 : 0) +
        (at === 0 ? 8 : 0) +
        (kinds.includes(name.entry.kind) ? 4 : 0) +
        (name.title ? 2 : 0) +
        1 / (1 + name.words.length);
      const seen = best.get(name.entry.id);
      if (!seen || score > seen.score) best.set(name.entry.id, { entry: name.entry, score });
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((b) => b.entry);
  }
}

/**
 * Where the typed words begin the name's words in order, each typed word the start of a name word
 * ("del opt" in "delivery optimization service"), the last maybe still half typed; -1 if they do not.
 */
function beginsWords(typed: readonly string[], name: readonly string[]): number {
  let first = -1;
  let j = 0;
  for (const t of typed) {
    while (j < name.length && !name[j]!.startsWith(t)) j++;
    if (j === name.length) return -1;
    if (first < 0) first = j;
    j++;
  }
  return first;
}
