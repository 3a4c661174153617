// assessScope's last chance before a decline: a first hit that stands far above the rest.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/answer.ts';
import { assessScope, otherProductIn } from '../../src/engine/scope.ts';
import type { Hit } from '../../src/engine/search.ts';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';

const engine = new Engine(loadKnowledgeOrThrow('knowledge'));

/** A hit that matched too little to answer by itself (a low phrase likeness and coverage). */
function hit(id: string, searchScore: number, coverage = 0.3): Hit {
  const entry = engine.kb.entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return { entry, score: 0.1, phrase: 0.1, coverage, strongCoverage: coverage, matchedWeight: 1, searchScore };
}

/** The other product a question is about, by name, when nothing of ours is said. */
const productOf = (q: string) => otherProductIn(q, [], engine.products, false)?.name;

const scopeOf = (ranked: Hit[]) => assessScope('longest one', ranked, false, engine.index, ['longest']);

describe('assessScope: a first hit that stands out', () => {
  it('is offered, marked weak, when its search score is four times any other', () => {
    const first = hit('pause-updates', 10);
    const scope = scopeOf([first, hit('manage-active-hours', 2), hit('hide-an-update', 1)]);
    expect(scope.inScope).toBe(true);
    expect(scope.hit).toBe(first);
    expect(scope.weak).toBe(true);
  });

  it('is not, when the next one scores more than a quarter of it', () => {
    expect(scopeOf([hit('pause-updates', 10), hit('manage-active-hours', 3)]).inScope).toBe(false);
  });

  it('is not, when it covers too little of the question', () => {
    expect(scopeOf([hit('pause-updates', 10, 0.1), hit('manage-active-hours', 1)]).inScope).toBe(false);
  });

  it("is not an error's entry, whose wording every program shares", () => {
    expect(scopeOf([hit('error-0x8007041d', 10), hit('manage-active-hours', 1)]).inScope).toBe(false);
  });

  it('is not alone: without a second hit that scored there is nothing to offer beside it', () => {
    expect(scopeOf([hit('pause-updates', 10)]).inScope).toBe(false);
    expect(scopeOf([hit('pause-updates', 10), hit('manage-active-hours', 0)]).inScope).toBe(false);
  });
});

describe('assessScope: a question that asks to take an update off', () => {
  it('needs only as much to match as one naming a part of ours', () => {
    // Phrase 0.1, coverage 0.25: too little for a question that only speaks of updating...
    const ranked = [hit('uninstall-update', 5, 0.25), hit('pause-updates', 4)];
    const q = 'remove the latest update, printer prints blank pages';
    const terms = engine.index.queryTerms(q);
    expect(assessScope(q, ranked, false, engine.index, terms).inScope).toBe(false);
    // ...but enough for one that asks to take an update off, which no other product named here claims.
    const off = assessScope(q, ranked, false, engine.index, terms, false, new Set(), q, true);
    expect(off.inScope).toBe(true);
    expect(off.hit?.entry.id).toBe('uninstall-update');
  });
});

describe('assessScope: a lower hit that matches enough', () => {
  /** A hit with its own phrase likeness and coverage, scored as ranked. */
  const shaped = (id: string, score: number, phrase: number, coverage: number): Hit => ({
    ...hit(id, score, coverage),
    score,
    phrase,
  });
  // "restart required" speaks of updating but not of Windows: half of it must match.
  const q = 'it keeps saying restart required';
  const terms = engine.index.queryTerms(q);

  it('is the answer when it reads as much like an entry as the first does', () => {
    const first = shaped('finish-pending-restart', 0.8, 0.3, 0.3);
    const lower = shaped('manage-active-hours', 0.7, 0.3, 0.5);
    expect(assessScope(q, [first, lower], false, engine.index, terms).hit).toBe(lower);
  });

  it('leaves the answer to the first when the first reads more like an entry of its own', () => {
    const first = shaped('finish-pending-restart', 0.8, 0.42, 0.36);
    const lower = shaped('manage-active-hours', 0.7, 0.36, 0.53);
    const scope = assessScope(q, [first, lower], false, engine.index, terms);
    expect(scope.inScope).toBe(true);
    expect(scope.hit).toBe(first);
  });
});

describe('otherProductIn: a product said only to work fine', () => {
  it('is what the question compares with, not its subject', () => {
    expect(productOf('my phone works fine on the same wifi but the laptop lost it since the update')).toBeUndefined();
    expect(productOf('chrome history is fine, the update history page is what is empty')).toBeUndefined();
    // ...or said to download or load fine, or to work where something else does not.
    expect(productOf('chrome downloads fine but the updates sit at 0%')).toBeUndefined();
    expect(productOf("Firefox works but the update page says it can't connect")).toBeUndefined();
    // ...or to do its own downloading at full speed, or not to be the problem.
    expect(
      productOf("Steam downloads at full speed, so it's not my internet, yet the updates sit at 0%"),
    ).toBeUndefined();
    expect(productOf("Teams isn't the problem here, the updates themselves sit at 0%")).toBeUndefined();
  });

  it('stays the subject where the same clause says it does not work, or it is named again', () => {
    expect(productOf("my game doesn't work on 24H2, worked fine on 23H2")).toBeDefined();
    expect(productOf('my phone is fine, but my phone charger broke since the update')).toBeDefined();
  });
});

describe('ProductCatalogue.phrasesIn: a version inside a name', () => {
  it('names the product as its name without the version does', () => {
    expect(productOf('the python 3.12 installer stops with a fatal error')).toBeDefined();
    expect(productOf('the python installer stops with a fatal error')).toBeDefined();
    // The words around it must still be the name's: "python" and "installer" apart are not it.
    expect(productOf('my python 3.12 setup broke')).toBeUndefined();
  });
});

describe("ProductCatalogue.saidOnlyInside: a phrase said only inside a product's name", () => {
  const catalogue = engine.products;
  const tools = catalogue.products.find((p) => p.product.id === 'windows-tweak-tools')!;
  // The number of an unless phrase "windows update" (any product's).
  const u = [...catalogue.phrasesIn('windows update').keys()].find((n) => !tools.match.includes(n))!;

  it('is part of that name, unless it is said once more on its own', () => {
    expect(catalogue.saidOnlyInside('Windows Update Blocker 1.8 crashes', u, tools.match)).toBe(true);
    expect(catalogue.saidOnlyInside('removed Windows Update Blocker, Windows Update still fails', u, tools.match)).toBe(
      false,
    );
  });
});

describe('otherProductIn: a product named only as what the PC interrupted', () => {
  it('is not the subject when the PC restarted or updated in the middle of it', () => {
    expect(productOf('It restarted itself in the MIDDLE of my Zoom call with a client')).toBeUndefined();
    expect(productOf('the laptop rebooted during our Teams meeting again')).toBeUndefined();
  });

  it('is not the subject when said only as what the asker did something for, or what is open', () => {
    expect(productOf('update fails with 0x8007000e, i have like 30 chrome tabs open all the time')).toBeUndefined();
    expect(productOf('i did turn off some services last year to make games run faster')).toBeUndefined();
    expect(productOf('chrome tabs keep crashing since chrome updated')).toBeDefined();
    // ...or what the PC is used for.
    expect(productOf('my PC stopped getting updates, I use it for Photoshop and Lightroom')).toBeUndefined();
    expect(productOf('photoshop crashes since I use it for lightroom too')).toBeDefined();
    // ...or what it is said not to be, or only suspected as the cause.
    expect(productOf("this isn't a Chrome problem, every download fails since the update")).toBeUndefined();
    expect(productOf('the PC wakes from sleep by itself, could it be the network adapter?')).toBeUndefined();
    expect(productOf('Chrome keeps crashing on every page, could it be the extensions?')).toBeDefined();
    // ...or what the asker says is not used or not there, with the others listed beside it.
    expect(productOf("updates keep failing on my laptop, we don't even have Chrome installed")).toBeUndefined();
    expect(productOf("the update is stuck at 35 percent. I'm not using Zoom or Slack")).toBeUndefined();
    expect(productOf("I don't use Chrome much but it crashes on every page")).toBeDefined();
    // ...or what the asker is writing on, not the PC the question is about.
    expect(productOf('typing this from my ipad because the pc is stuck at working on updates 30%')).toBeUndefined();
    expect(productOf('on my phone rn bc my laptop restarted for updates in the middle of my exam')).toBeUndefined();
    expect(
      productOf('Hi, on my phone rn because my laptop restarted for updates in the middle of my exam'),
    ).toBeUndefined();
    expect(productOf('- on my phone rn because the laptop restarted for updates\n- how do I stop it')).toBeUndefined();
    expect(productOf('on my iphone the update fails all the time')).toBeDefined();
    // ...or only heard or seen still going on, unless that is what is wrong.
    expect(productOf('since the update the screen stays black but I can still hear discord pinging')).toBeUndefined();
    expect(productOf('I can see Steam crashing on launch since the update')).toBeDefined();
    // ...or a phone as how someone is reached.
    expect(productOf("updates keep failing and my son isn't answering his phone, what do I do")).toBeUndefined();
    expect(productOf("my phone isn't answering calls since the update")).toBeDefined();
    // ...or what the asker marks as perhaps beside the point.
    expect(
      productOf('the upgrade is never offered. I have a printer and a scanner attached if that matters'),
    ).toBeUndefined();
    expect(productOf("the printer won't print since Tuesday. I have a scanner too if that matters")).toBeDefined();
    expect(productOf("I have a printer that won't print after the update, if that matters")).toBeDefined();
    // ...or only what the asker has, with nothing wrong said of it.
    expect(productOf('updates fail every night I have a Logitech mouse and an HP printer.')).toBeUndefined();
    expect(productOf("I have an HP printer that won't print since the update")).toBeDefined();
  });

  it('stays ours where Windows is said to act, with an adverb between ("windows quietly reinstalled")', () => {
    expect(
      productOf('my games crash since windows silently replaced my graphics driver, how do I stop it'),
    ).toBeUndefined();
    expect(productOf('my games crash since the driver was replaced, how do I stop it')).toBeDefined();
  });

  it('stays the subject when it restarted itself, or is named again on its own', () => {
    expect(productOf('Zoom restarted itself in the middle of my call')).toBeDefined();
    expect(productOf('my pc restarted during my zoom call, and now zoom crashes on start')).toBeDefined();
  });
});

describe('otherProductIn: "the application" beside upgrading to Windows 11', () => {
  it('is the check of the upgrade, in French or Spanish too, not a program of its own', () => {
    const productIdOf = (q: string) => otherProductIn(q, [], engine.products, false)?.id;
    expect(productIdOf("je voudrais passer à windows 11 mais l'application de vérification dit non")).toBeUndefined();
    expect(productIdOf('quiero actualizar a windows 11 pero la aplicación dice que no es compatible')).toBeUndefined();
    expect(productIdOf("l'application ne démarre plus depuis la mise à jour")).toBe('programs');
  });
});
