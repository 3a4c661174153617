// The scope's words come from knowledge/vocabulary/scope-words.yaml, read once into sets and patterns.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';
import { ScopeVocabulary } from '../../src/engine/scope-words.ts';
import { terms } from '../../src/engine/terms.ts';

const kb = loadKnowledgeOrThrow('knowledge');
const words = new ScopeVocabulary(kb.scopeWords);
const term = (w: string) => terms(w)[0]!;

describe('ScopeVocabulary', () => {
  it('reads words as the search does, so a plural or a verb form counts as its word', () => {
    expect(words.isWindowsTerm(term('laptops'))).toBe(true);
    expect(words.isWindowsTerm(term('wsus'))).toBe(true);
    expect(words.updating.has(term('rebooting'))).toBe(true);
    // KB articles are updates: "which KBs went on" speaks of updating.
    expect(words.updatingItself.has(term('KBs'))).toBe(true);
    // What is said only of updates is a part of what makes a question about updating.
    for (const t of words.updatingItself) expect(words.updating.has(t)).toBe(true);
    expect(words.action.has(term('repairing'))).toBe(true);
    expect(words.explain.has(term('meaning'))).toBe(true);
  });

  it('reads the PC restarting for its updates, in any language, and not an app restarting for its own', () => {
    expect(words.restartsForUpdates.test('my laptop just restarted to install updates mid call')).toBe(true);
    expect(words.restartsForUpdates.test('se me reinició la pc en plena llamada por las actualizaciones')).toBe(true);
    expect(words.restartsForUpdates.test('Zoom restarted itself to install its own update')).toBe(false);
  });

  it('reads each meaning pattern as its meaning, compiled once', () => {
    const stay = words.meanings.find((m) => m.meaning === 'target release version');
    expect(stay?.said.test('keep the whole fleet on 24H2 for now')).toBe(true);
    expect(stay?.said.test('stop them jumping to 25h2')).toBe(true);
    expect(stay?.said.test('is 24H2 still supported?')).toBe(false);
    const wakes = words.meanings.find((m) => m.meaning === 'wakes from sleep to update');
    expect(wakes?.said.test('the screen lights up in the middle of the night')).toBe(true);
    expect(wakes?.said.test('wuauserv turns itself back on after I disable it')).toBe(false);
    const reenabled = words.meanings.find((m) => m.meaning === 'keeps re-enabling');
    expect(reenabled?.said.test('I disabled it twice and it keeps turning itself back on')).toBe(true);
    expect(reenabled?.said.test('it switches the service back on whenever I disable it')).toBe(true);
    expect(reenabled?.said.test('I disabled it last week, how do I turn it back on?')).toBe(false);
    expect(reenabled?.said.test('set it to disabled, and a week later it was back on automatic')).toBe(true);
    // Updates working again once another thing was turned off is no service turned on again.
    expect(reenabled?.said.test('I turned off the proxy and now updates are running again')).toBe(false);
    expect(reenabled?.said.test('how do I stop it coming back after I removed it')).toBe(false);
    const powerOff = words.meanings.find((m) => m.meaning === 'power off during update');
    expect(powerOff?.said.test('the power went out while it was updating')).toBe(true);
    expect(powerOff?.said.test('I panicked and turned the laptop off while it said dont turn off your pc')).toBe(true);
    expect(powerOff?.said.test('turn off automatic updates during the install')).toBe(false);
    expect(powerOff?.said.test('my kid yanked the power cord while the screen said working on updates')).toBe(true);
    expect(powerOff?.said.test('Se fue la luz mientras Windows instalaba las actualizaciones')).toBe(true);
    const rollBack = words.meanings.find((m) => m.meaning === 'roll back driver');
    expect(
      rollBack?.said.test('Update hat den WLAN-Treiber getauscht, seitdem kein Internet. Rückgängig machen?'),
    ).toBe(true);
    // A driver that comes back again and again is to be stopped, not rolled back once more.
    expect(rollBack?.unless.test('der alte Treiber kommt nach jedem Neustart zurück')).toBe(true);
    const uninstall = words.meanings.find((m) => m.meaning === 'uninstall update');
    expect(uninstall?.said.test('back out the bad cumulative update on these desktops')).toBe(true);
    expect(uninstall?.said.test('how do I remove the update notification')).toBe(false);
    // A driver's update is rolled back, and a version gone back from.
    expect(uninstall?.unless.test('undo the driver update')).toBe(true);
    expect(uninstall?.unless.test('remove the 24H2 update')).toBe(true);
    expect(uninstall?.said.test("Comment enlever la mise à jour d'hier ?")).toBe(true);
    const history = words.meanings.find((m) => m.meaning === 'list installed updates');
    expect(history?.said.test('which update broke my scanner?')).toBe(true);
    expect(history?.unless.test('which updates are available for me')).toBe(true);
    const pending = words.meanings.find((m) => m.meaning === 'restart required to finish updating');
    expect(pending?.said.test("updates won't install until I restart, and I just did")).toBe(true);
    expect(pending?.unless.test("restart required, I restart, and now it won't boot")).toBe(true);
    expect(pending?.said.test('il me demande de redémarrer, je redémarre, et il me le redemande encore')).toBe(true);
    expect(wakes?.said.test('mi pc se enciende sola de madrugada')).toBe(true);
    expect(stay?.said.test('Wie halte ich unsere Rechner auf Windows 11 24H2 fest?')).toBe(true);
    const paused = words.meanings.find((m) => m.meaning === 'postpone updates');
    expect(paused?.said.test('Kann ich Windows sagen, dass es vier Wochen keine Updates installieren soll?')).toBe(
      true,
    );
    expect(paused?.said.test('is there a snooze button for windows updates')).toBe(true);
    const kinds = words.meanings.find((m) => m.meaning === 'difference between quality and feature updates');
    expect(kinds?.said.test('las actualizaciones que llegan cada mes y la grande que sale una vez al año')).toBe(true);
    const notOffered = words.meanings.find((m) => m.meaning === 'feature update not offered');
    expect(notOffered?.said.test("it says I'm up to date but I'm still on 23H2")).toBe(true);
    expect(notOffered?.said.test('is 24H2 up to date enough?')).toBe(false);
    expect(notOffered?.said.test('health check is all green, yet the upgrade never shows up')).toBe(true);
    // Not meeting them is the requirements' question: the meaning's unless.
    expect(notOffered?.unless.test("health check says it doesn't meet the requirements, so no windows 11")).toBe(true);
    expect(notOffered?.unless.test('health check is all green, yet the upgrade never shows up')).toBe(false);
  });

  it("reads a text's context from every list of its terms and from its phrases", () => {
    // "updte" is no word of the vocabulary; the typo-repaired list says "update".
    expect(words.contextOf([['updte']], 'the updte service').updating).toBe(false);
    expect(words.contextOf([['updte'], [term('update')]], 'the updte service').updating).toBe(true);
    // An administrator's phrase puts it on a Windows PC without any word of the sets.
    const policy = words.contextOf([[]], 'set in the group policy editor');
    expect([policy.admin, policy.windows, policy.updating]).toEqual([true, true, false]);
    expect(words.contextOf([[term('laptop')]], 'my laptop').windows).toBe(true);
    // Windows' Settings and secure keys said in everyday words.
    expect(words.contextOf([[]], 'I click the little gear and nothing happens').windows).toBe(true);
    expect(words.contextOf([[]], 'ctrl alt del still brings up the menu').windows).toBe(true);
  });

  it('reads a question about moving between Windows versions as one about updating, said either way round', () => {
    const updating = (text: string) => words.contextOf([[]], text).updating;
    expect(updating('how do i go back to windows 10')).toBe(true);
    expect(updating("i don't like windows 11, how do i go back?")).toBe(true);
    // Going back inside a program is not going back to a Windows version.
    expect(updating('on windows 11 how do i go back in file explorer')).toBe(false);
    expect(updating('is my pc too old for windows 11')).toBe(true);
    expect(updating('is it dangerous to keep using windows 10')).toBe(true);
  });

  it('reads a driver that comes back by itself after it was removed as updating, not a device that reconnects', () => {
    const updating = (text: string) => words.contextOf([[]], text).updating;
    expect(updating('my old audio driver comes back after every reboot')).toBe(true);
    expect(updating('the nvidia driver reinstalls itself')).toBe(true);
    expect(updating('my mouse driver keeps crashing, it comes back every time I plug it in')).toBe(false);
  });

  it("puts Windows Update's own folder, services and settings, said in plain words, on a Windows PC", () => {
    for (const text of [
      'can I delete the software distribution folder',
      'set the ethernet as metered',
      'restart the update services',
    ])
      expect(words.contextOf([[]], text).windows).toBe(true);
    expect(words.contextOf([[]], 'which software distribution platform is best').windows).toBe(false);
    // Phones and Macs have optional updates too.
    expect(words.contextOf([[]], 'my phone keeps offering optional updates').windows).toBe(false);
  });

  it('matches phrases at the start of a word, in any case, and the patterns beside them', () => {
    expect(words.adminPhrases.test('set it in the Group Policies editor')).toBe(true);
    expect(words.adminPhrases.test('stuck on Build 26100 since Tuesday')).toBe(true);
    expect(words.adminPhrases.test('my background policy group')).toBe(false);
    expect(words.updatingPhrases.test('is my PC eligible for Windows 11?')).toBe(true);
    expect(words.updatingPhrases.test('24H2 is not offered')).toBe(true);
    expect(words.updatingPhrases.test('my printer is eligible for a discount')).toBe(false);
    // A KB number is ours; so is a kind of Windows update, though only the KB number names an update.
    expect(words.kbNumber.test('KB5034441 fails')).toBe(true);
    expect(words.ours.test('the Store app broke after the cumulative update')).toBe(true);
    expect(words.kbNumber.test('the Store app broke after the cumulative update')).toBe(false);
  });

  it('says nothing without the file: a small knowledge folder has no scope words', () => {
    const none = new ScopeVocabulary();
    expect(none.isWindowsTerm(term('windows'))).toBe(false);
    expect(none.updatingPhrases.test('24H2 is not offered')).toBe(false);
    expect(none.adminPhrases.test('group policy')).toBe(false);
  });
});
