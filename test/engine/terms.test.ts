// The stemmer without regular expressions does what its rules, written as regular expressions, say.
import { describe, expect, it } from 'vitest';
import { inOtherLanguage, stem, terms, tokens, words } from '../../src/engine/terms.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

/** The stemmer as regular expressions: the rules as they were first written. */
function byRules(word: string): string {
  if (word.length <= 4 || /[\d._-]/.test(word)) return word;
  if (/^[а-я]/.test(word)) return word.slice(0, 5);
  let w = word;
  for (const [re, to] of [
    [/ies$/, 'y'],
    [/sses$/, 'ss'],
    [/ing$/, ''],
    [/ed$/, ''],
    [/([^su])s$/, '$1'],
  ] as const) {
    if (re.test(w)) {
      const out = w.replace(re, to);
      if (out.length >= 3) w = out;
      break;
    }
  }
  w = w.replace(/rr$/, 'r');
  if (w !== 'driver') w = w.replace(/(...)er$/, '$1');
  w = w.replace(/(...)e$/, '$1');
  return w.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

describe('stemmer', () => {
  it('stems every word of the knowledge as its rules say', () => {
    const kb = loadKnowledgeOrThrow('knowledge');
    const all = new Set(words(JSON.stringify(kb.entries)));
    expect(all.size).toBeGreaterThan(2000);
    for (const w of all) expect(stem(w)).toBe(byRules(w));
  });

  it('stems made-up endings as its rules say, short words and odd characters too', () => {
    const stems = ['a', 'up', 'upd', 'stop', 'updat', 'x\ny', 'a\u2028b', 'é', 'B'];
    const endings = [
      '',
      's',
      'ss',
      'us',
      'ies',
      'sses',
      'ing',
      'ed',
      'er',
      'e',
      'pp',
      'ee',
      'ers',
      'ering',
      'zz',
      'aa',
      'rr',
      'rred',
    ];
    for (const s of stems)
      for (const e of endings)
        for (const e2 of ['', ...endings]) {
          const w = s + e + e2;
          expect(stem(w)).toBe(byRules(w));
        }
  });
});

describe('tokens', () => {
  it('keeps a device driver apart from a disk drive, which the -er rule would join', () => {
    expect(terms('drivers driver')).toEqual(['driver', 'driver']);
    expect(terms('drive drives driving')).toEqual(['driv', 'driv', 'driv']);
    expect(terms('computer installers')).toEqual(['comput', 'instal']);
  });

  it('joins a verb ending in -er with its forms that double the r', () => {
    expect(new Set(terms('defer defers deferred deferring'))).toEqual(new Set(terms('defer')));
    expect(new Set(terms('transfer transferred transferring'))).toEqual(new Set(terms('transfer')));
  });

  it('reads a French elided word as the word after the apostrophe, and leaves English contractions', () => {
    expect(terms("l'installation")).toEqual(terms('installation'));
    expect(terms("qu'elle m'est proposée")).toEqual(terms('elle est proposée'));
    // Two letters after it ("j'ai") are too few to be sure; English keeps its own ("o'clock", "don't").
    expect(terms("j'ai o'clock")).toEqual(['jai', 'oclock']);
  });

  it('drops "tried" and "trying", which say what was done, not what it is about; "try" stays ("try again later")', () => {
    expect(terms('tried that, pause is greyed out')).toEqual(terms('that, pause is greyed out'));
    expect(terms('trying to pause')).toEqual(terms('to pause'));
    expect(terms('we will try again later')).not.toEqual(terms('we will again later'));
  });

  it('drops German chat filler, which says nothing of what is wrong ("schon seit gestern, hat nix gebracht")', () => {
    expect(terms('Update hängt schon seit gestern bei 0%, Neustart hat nix gebracht')).toEqual(
      terms('Update hängt gestern bei 0%, Neustart gebracht'),
    );
  });

  it('drops "matter", said of whether anything does ("if that matters"): its stem "mat" met unrelated words', () => {
    expect(terms('do updates really matter')).toEqual(terms('do updates'));
    expect(terms('I have Norton, if that matters')).toEqual(terms('I have Norton, if that'));
  });

  it('drops a contraction typed without its apostrophe as it drops the contraction ("im" as "i\'m")', () => {
    expect(terms('im going mad, ive restarted')).toEqual(terms("i'm going mad, i've restarted"));
    expect(terms('youre sure theres no update')).toEqual(terms("you're sure there's no update"));
  });

  it('reads a joined word as itself and its parts', () => {
    expect(tokens('TiWorker.exe restore-health')).toEqual([
      'tiworker.exe',
      'tiworker',
      'exe',
      'restore-health',
      'restore',
      'health',
    ]);
  });

  it('reads a host name also as the domains it belongs to, down to three labels', () => {
    const t = tokens('0.0.0.0 fe3.delivery.mp.microsoft.com');
    expect(t).toContain('delivery.mp.microsoft.com');
    expect(t).toContain('mp.microsoft.com');
    expect(t).not.toContain('microsoft.com');
    // A version number is not a host name.
    expect(tokens('10.0.19045.5247')).toEqual(['10.0.19045.5247', '10', '0', '19045', '5247']);
  });
});

describe('inOtherLanguage', () => {
  it('tells German, French and Spanish by a letter of theirs or their commonest words', () => {
    expect(inOtherLanguage('Wie setze ich Windows Update zurück')).toBe(true);
    expect(inOtherLanguage('mise a jour bloquee sur mon pc')).toBe(true);
    expect(inOtherLanguage('¿Cómo pauso las actualizaciones?')).toBe(true);
    expect(inOtherLanguage('my computer says the update failed')).toBe(false);
    // "die" is an English word too: a keyword needs two such words to count (a question one: it only
    // keeps its words from being read as English typos).
    expect(inOtherLanguage('updates die at 20%')).toBe(true);
    expect(inOtherLanguage('updates die at 20%', 2)).toBe(false);
    expect(inOtherLanguage('die Updates mit Fehler', 2)).toBe(true);
  });
});

describe('other scripts', () => {
  it('reads Chinese as pairs of characters, which meet a word wherever it stands', () => {
    expect(words('Windows更新失败')).toEqual(['windows', '更新', '新失', '失败']);
    // A single character, or two, is one word; fullwidth digits and letters fold to plain ones.
    expect(words('卡 在 ２４Ｈ２')).toEqual(['卡', '在', '24h2']);
  });

  it('reads a Russian word by its first five letters, so its endings meet', () => {
    expect(terms('обновление обновления обновить')).toEqual(['обнов', 'обнов', 'обнов']);
    // Function words (не) are dropped as English ones are; ё folds to е as Latin accents fold.
    expect(terms('Служба не запускается')).toEqual(['служб', 'запус']);
    expect(words('ещё')).toEqual(['еще']);
  });
});
