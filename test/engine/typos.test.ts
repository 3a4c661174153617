import { describe, expect, it } from 'vitest';
import { TypoRepair } from '../../src/engine/typos.ts';
import { terms } from '../../src/engine/terms.ts';

// A small vocabulary, as terms, with how many entries use each.
const known = new Map(
  terms('windows update target version error code services orchestrator log download work').map((t) => [t, 3]),
);
const repair = new TypoRepair(known);
const term = (word: string) => terms(word)[0]!;

describe('TypoRepair', () => {
  it('reads a word with two letters swapped, or one missing, as the word meant', () => {
    expect(repair.read(term('orchestartor'))).toEqual([term('orchestrator')]);
    expect(repair.read(term('updte'))).toEqual([term('update')]);
  });

  it('reads a word ending in "in" for "ing" as the word meant, when what is left is a word of four letters', () => {
    // The stemmer cuts "ing" whole: "downloadin" is two letters from "download", one from "downloading".
    expect(repair.read(term('downloadin'))).toEqual([term('download')]);
    expect(repair.read(term('workin'))).toEqual([term('work')]);
    // "login" is not "logging": three letters are too short to tell.
    expect(repair.read(term('login'))).toEqual([term('login')]);
  });

  it('reads a long word the stemmer cut after a typo in its ending as the word it begins', () => {
    // "orchestrater" is stemmed to "orchestrat": two letters short of "orchestrator", not one edit away.
    expect(term('orchestrater')).toBe('orchestrat');
    expect(repair.read(term('orchestrater'))).toEqual([term('orchestrator')]);
    // Under eight letters a word is as likely one of its own: not read as a longer one.
    const cut = new TypoRepair(
      new Map([
        ['abcdefgxy', 1],
        ['abcdefghijkl', 1],
      ]),
    );
    expect(cut.read('abcdefghij')).toEqual(['abcdefghijkl']);
    expect(cut.read('abcdefg')).toEqual(['abcdefg']);
  });

  it('leaves a blob longer than any word as it is, rather than trying every edit of it', () => {
    const long = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz';
    const withLong = new TypoRepair(new Map([[long, 3]]));
    // One letter missing from a known word of 52 letters: not read as that word, left as it is.
    expect(withLong.read(long.slice(1))).toEqual([long.slice(1)]);
    // Two letters swapped in a long known word is still repaired.
    expect(repair.read(term('orchestartor'))).toEqual([term('orchestrator')]);
  });

  it('splits two known words run together', () => {
    expect(repair.split(term('targetversion'))).toEqual([term('target'), term('version')]);
    expect(repair.split(term('windowsupdate'))).toEqual([term('windows'), term('update')]);
    expect(repair.split(term('updateservices'))).toEqual([term('update'), term('services')]);
  });

  it("reads a synonym's everyday word as what it means, never as a typo of another word", () => {
    const withSynonyms = new TypoRepair(known, new Map([[term('patch'), term('update')]]));
    expect(withSynonyms.read(term('patches'))).toEqual([term('update')]);
    // Without it, "patch" is one letter from a known word ("path" here) and would be read as that.
    const withPath = new TypoRepair(new Map([...known, [term('path'), 3]]));
    expect(withPath.read(term('patch'))).toEqual([term('path')]);
  });

  it('leaves a common English word as itself, unless it is another form of a known word', () => {
    const vocabulary = new Map(terms('team threat notify bug bas').map((t) => [t, 3]));
    const common = new Set(terms('steam thread notified bugs base'));
    const withCommon = new TypoRepair(vocabulary, new Map(), common);
    // One letter from a known word, but words of their own: "steam" is not "team", "thread" not "threat".
    expect(withCommon.read(term('steam'))).toEqual([term('steam')]);
    expect(withCommon.read(term('thread'))).toEqual([term('thread')]);
    expect(withCommon.read(term('base'))).toEqual([term('base')]);
    expect(new TypoRepair(vocabulary).read(term('steam'))).toEqual([term('team')]);
    // The same word but for its last letter, or with one more at its end: read as the known form.
    expect(withCommon.read(term('notified'))).toEqual([term('notify')]);
    expect(withCommon.read(term('bugs'))).toEqual([term('bug')]);
    expect(withCommon.isCommonWord(term('steam'))).toBe(true);
  });

  it('reads a known word as if unknown when asked to, and keeps it when it repairs to no other word', () => {
    // "compter" is one letter from the French "compte" and from "computer" (comput).
    const withCompte = new TypoRepair(new Map([...known, [term('compte'), 1], [term('computer'), 9]]));
    expect(withCompte.read(term('compter'))).toEqual([term('compte')]);
    expect(withCompte.readAsUnknown(term('compter'))).toEqual([term('computer')]);
    expect(withCompte.readAsUnknown(term('windows'))).toEqual([term('windows')]);
  });

  it('leaves known words, short pieces and numbers whole', () => {
    expect(repair.split(term('orchestrator'))).toBeUndefined();
    // "log" is under four letters: "updatelog" is not split, so no short word splits an ordinary one.
    expect(repair.split(term('updatelog'))).toBeUndefined();
    expect(repair.split('update2024')).toBeUndefined();
  });
});
