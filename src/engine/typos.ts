// What an unknown word stands for, by lookup in the knowledge's own vocabulary: a synonym's everyday
// word for what it means; a typo (two neighbouring letters swapped, one letter missing, extra or
// wrong) for the word meant; two known words run together for both. A common English word or another
// product's name is none of these: it stands for itself (english-words.ts). Unknown words come back in
// question after question (the same typos of the same words), so each word's repair is remembered,
// up to a bound.
import { terms, toTerm } from './terms.ts';
import { DeletionIndex } from './deletion-index.ts';

/** A word with each one of its letters deleted in turn. */
export function deletesOf(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

/** Longer than any word people type: a blob is left as it is (see read). */
const MAX_WORD = 40;
const MEMO_LIMIT = 10_000;
/** Only words this long are read as a longer known term cut short: shorter ones are too often words of their own. */
const CUT_FROM = 8;

export class TypoRepair {
  /** Which known terms (of four letters or more, without digits) delete to a string. */
  private readonly deletions: DeletionIndex;
  private readonly memo = new Map<string, readonly string[]>();
  /** Long known terms by themselves without their last two letters (see cut). */
  private readonly ends = new Map<string, string>();

  /**
   * known: each known term and how many entries use it (the commoner reading wins). meant: the
   * synonyms' one-word everyday words and what each means ("patch" -> "update", "stuk" -> "stuck"),
   * read as that rather than as a typo of some other word ("path").
   */
  constructor(
    private readonly known: ReadonlyMap<string, number>,
    private readonly meant: ReadonlyMap<string, string> = new Map(),
    private readonly common: ReadonlySet<string> = new Set(),
  ) {
    this.deletions = new DeletionIndex([...known.keys()].filter((t) => t.length >= 4 && !/\d/.test(t)));
    for (const [t, n] of known) {
      if (t.length < CUT_FROM + 2 || /\d/.test(t)) continue;
      // Two letters short: one letter short is one edit away, which repair() finds first.
      const start = t.slice(0, -2);
      const other = this.ends.get(start);
      if (start.length >= CUT_FROM && (!other || n > known.get(other)!)) this.ends.set(start, t);
    }
  }

  /**
   * What a question's term is read as. A synonym's everyday word is read as what it means ("stuk" as
   * "stuck"). An unknown word that is a known one with two neighbouring letters swapped ("scritps",
   * "orchestartor") is read as that word: the commonest typo, and one edit distance counts twice.
   * Else one letter missing, extra or wrong (see repair). Else two known words run together are read
   * as both (see split). Known words, short ones and codes stay.
   */
  read(term: string): readonly string[] {
    return this.known.has(term) ? [term] : this.readAsUnknown(term);
  }

  /**
   * A term read as if the knowledge did not have it: how read() reads every unknown word, and how an
   * English question reads a word the knowledge has only in another language's keywords ("compte", of
   * "compte Microsoft"), more likely a typo there ("compter" for "computer"). A word that repairs to no
   * other stays itself.
   */
  readAsUnknown(term: string): readonly string[] {
    const said = this.meant.get(term);
    if (said !== undefined) return [said];
    // No word of a language is this long: a pasted blob would cost its length squared in edits.
    if (term.length < 4 || term.length > MAX_WORD || /\d/.test(term)) return [term];
    const remembered = this.memo.get(term);
    if (remembered !== undefined) return remembered;
    const read = this.common.has(term) ? this.asCommonWord(term) : this.asTypo(term);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(term, read);
    return read;
  }

  /** Whether a term is a word of its own (a common English word or another product's name), not a typo. */
  isCommonWord(term: string): boolean {
    return this.common.has(term);
  }

  private asTypo(term: string): readonly string[] {
    const repaired = this.droppedG(term) ?? this.swapped(term) ?? this.repair(term) ?? this.cut(term);
    return repaired !== undefined ? [repaired] : (this.split(term) ?? [term]);
  }

  /**
   * A common English word the knowledge does not use is a word of its own ("steam" is not "team",
   * "thread" not "threat"). Only another form of it is read as the known one: a plural the stemmer
   * left whole ("bugs" as "bug"; another letter at the end makes another word: "base" is not "bas");
   * a stem in i where the known one ends in y ("notified" is "notifi", read as "notify"); a long known
   * word it begins ("orchestrate" as "orchestrator", see cut).
   */
  private asCommonWord(term: string): readonly string[] {
    const last = term[term.length - 1];
    if (last === 's' || last === 'i') {
      const shorter = term.slice(0, -1);
      const repaired = this.repair(term);
      if (repaired === (last === 's' ? shorter : `${shorter}y`)) return [repaired];
    }
    return [this.cut(term) ?? term];
  }

  /**
   * An unknown word made of two known ones run together ("targetversion", "windowsupdate"): the two
   * terms. Both pieces must be four letters or more, so short pieces ("per" + "form", "auto" + "mat")
   * do not split ordinary words ("updatelog" stays whole: "log" is too short).
   */
  split(term: string): [string, string] | undefined {
    if (term.length < 8 || this.known.has(term) || /\d/.test(term)) return undefined;
    for (let i = 4; i <= term.length - 4; i++) {
      const a = toTerm(term.slice(0, i));
      const b = toTerm(term.slice(i));
      if (a && b && this.known.has(a) && this.known.has(b)) return [a, b];
    }
    return undefined;
  }

  /**
   * "-in'" for "-ing" ("downloadin", "workin"), as people say it: the stemmer cuts "ing" whole, so the
   * word is two letters from its stem and one from nothing repair() knows.
   */
  private droppedG(term: string): string | undefined {
    if (term.length < 6 || !term.endsWith('in')) return undefined;
    const stem = terms(`${term}g`)[0];
    return stem && stem !== term && this.known.has(stem) ? stem : undefined;
  }

  private swapped(term: string): string | undefined {
    if (term.length < 5) return undefined;
    for (let i = 0; i < term.length - 1; i++) {
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      if (swapped !== term && this.known.has(swapped)) return swapped;
      // The stemmer may have cut a swapped ending differently: try the swapped word stemmed again.
      const restemmed = terms(swapped)[0];
      if (restemmed && restemmed !== term && this.known.has(restemmed)) return restemmed;
    }
    return undefined;
  }

  /**
   * A long word whose typo was in its ending, which the stemmer then cut ("orchestrater" is stemmed to
   * "orchestrat"): the known term it begins, two letters longer.
   */
  private cut(term: string): string | undefined {
    return term.length >= CUT_FROM ? this.ends.get(term) : undefined;
  }

  /**
   * One letter missing, extra or wrong ("stuk", "updatte", "windoes", "compter"): the known term it
   * most likely meant, the one most entries use. Bounded by the knowledge's own vocabulary.
   */
  private repair(term: string): string | undefined {
    const candidates = new Set<string>();
    // A letter missing: the typo is a known term with one letter deleted.
    for (const t of this.deletions.wordsDeletingTo(term)) candidates.add(t);
    for (const d of deletesOf(term)) {
      // A letter extra: deleting one gives a known term.
      if (this.known.has(d)) candidates.add(d);
      // A letter wrong (longer words only, where one letter cannot change the word).
      if (term.length >= 5)
        for (const t of this.deletions.wordsDeletingTo(d)) if (t.length === term.length) candidates.add(t);
    }
    let best: string | undefined;
    // The term itself is a candidate only when it is known (readAsUnknown): never its own repair.
    candidates.delete(term);
    for (const c of candidates) if (!best || this.known.get(c)! > this.known.get(best)!) best = c;
    return best;
  }
}
