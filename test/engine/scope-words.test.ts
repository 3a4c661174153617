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

  it('writes Windows as people shorten it as the phrase every reading is written for', () => {
    expect(words.spell('went from win 10 to W11 yesterday, Win11 is slow and WU fails')).toBe(
      'went from Windows 10 to Windows 11 yesterday, Windows 11 is slow and Windows Update fails',
    );
    // Whole words only: a file, a model number or a longer word is left as it is.
    expect(words.spell('w11.dll, the W110 dock and Win10Pwn')).toBe('w11.dll, the W110 dock and Win10Pwn');
    // "Un-install" hyphenated is the word the readings of taking an update off are written with; an un-installer stays.
    // A help desk's "a user's laptop" is the laptop, as "my laptop" is.
    expect(words.spell("a user's laptop restarts at night and the user's PC too")).toBe(
      'the laptop restarts at night and the pc too',
    );
    // Contractions typed without their apostrophe are the words the readings are written with.
    expect(words.spell('it cant install and the button doesnt work')).toBe(
      "it can't install and the button doesn't work",
    );
    expect(words.spell('can I un-install it, or is the un-installer broken')).toBe(
      'can I uninstall it, or is the un-installer broken',
    );
  });

  it('takes out a line or aside that only says which Windows the PC runs, and nothing that asks about it', () => {
    expect(words.withoutEnvironment('Steam fails to update\nOS: Windows 11 Home 24H2 (26100.2033)')).not.toMatch(
      /windows|24h2|26100/i,
    );
    expect(words.withoutEnvironment('my laptop is slow since Tuesday (Windows 10 22H2)')).not.toMatch(/windows/i);
    // ...or which Windows the asker uses, or which maker's PC it is, said outright or run on at the end.
    expect(words.withoutEnvironment('Windows 11 user here. the app store wont open')).not.toMatch(/windows/i);
    expect(words.withoutEnvironment('the app store wont open. I’m on a Dell XPS 15.')).not.toMatch(/dell/i);
    expect(words.withoutEnvironment("the app store wont open I'm on a Lenovo ThinkPad T14")).not.toMatch(/lenovo/i);
    // ...but not a phone or a Mac, which say another system.
    expect(words.withoutEnvironment("how do I update safari? I'm on a Mac")).toMatch(/mac/i);
    // ...or a clause at the end naming only the Windows, as chat adds it.
    expect(words.withoutEnvironment('the steam client wont open since tuesday, Windows 11 Pro')).not.toMatch(
      /windows/i,
    );
    // ...or which machine it is and what is in it, or whose it is; who manages it stays where a setting is locked.
    expect(words.withoutEnvironment("updates fail every night. It's a 2019 HP laptop with 8GB RAM.")).not.toMatch(
      /hp|ram/i,
    );
    expect(words.withoutEnvironment("updates fail every night. It's a work laptop.")).not.toMatch(/work laptop/);
    expect(words.withoutEnvironment("Pause is greyed out. It's a work laptop.")).toMatch(/work laptop/);
    expect(words.withoutEnvironment("It's a work laptop. Pause is greyed out.")).toMatch(/work laptop/);
    // ...but what the PC is, said beside a locked setting, still goes: it says nothing of why the setting is locked.
    expect(words.withoutEnvironment("Pause is greyed out. It's a brand new laptop.")).not.toMatch(/brand new/);
    expect(words.withoutEnvironment("updates fail every night. It's a brand new laptop. My PC is 3 years old.")).toBe(
      'updates fail every night. ',
    );
    // What is left has one space where each sentence was.
    expect(words.withoutEnvironment("Windows 11 user here. It's an old Dell laptop. the store wont open")).toBe(
      ' the store wont open',
    );
    // The version asked about, a code, or a question of support stays.
    for (const kept of [
      'Windows 11 24H2 not showing up in settings',
      'it rolls back and I am back on Windows 10 with 0xC1900101.',
      'is my version still supported? Windows 11 Home 23H2',
      'Windows 10 Pro 22H2.\nIs it still fine to keep using after the end-of-support news?',
      "- Version: 24H2\nwhat's the newest this PC can go to?",
      'Windows 11 on a Surface Go 2?',
      'can this laptop take it, Windows 11?',
    ])
      expect(words.withoutEnvironment(kept)).toBe(kept);
  });

  it('takes out a sentence telling what was tried to no effect, not one telling what it still shows', () => {
    expect(words.withoutTried('updates fail. Already tried restarting and running sfc /scannow, no luck.')).not.toMatch(
      /sfc|restarting/,
    );
    expect(words.withoutTried('updates fail every night.\nEdit: still happening after another restart.')).not.toMatch(
      /restart/,
    );
    // Repairs that found nothing wrong are repairs tried.
    expect(words.withoutTried('the store app will not install. Tried sfc and DISM, both came back clean.')).not.toMatch(
      /sfc|DISM/,
    );
    // An edit's label that says nothing changed: its "update" is the post's.
    expect(words.withoutTried('the printer app shows a blank page.\n\nUPDATE: still broken.')).not.toMatch(/update/i);
    // ...and the next sentence when it only says the progress has not moved.
    const stuck = words.withoutTried('Stuck at 20% since Monday. I tried rebooting and pausing it. Still 20%.');
    expect(stuck).not.toMatch(/rebooting|Still/);
    expect(stuck).toMatch(/Stuck at 20%/);
    expect(words.withoutTried('- Stuck at 20%.\n- I tried rebooting and pausing it.\n- Still 20%.')).not.toMatch(
      /rebooting/,
    );
    expect(words.withoutTried('updates fail every night. I googled but found nothing.')).not.toMatch(/googled/);
    expect(words.withoutTried('updates fail every night. Microsoft support was useless.')).not.toMatch(/support/);
    expect(words.withoutTried('tried everything i could think of. 25H2 just wont show up')).not.toMatch(/everything/);
    expect(words.withoutTried("updates fail every night. I've tried everything. I rebooted like 5 times")).not.toMatch(
      /everything|rebooted/,
    );
    expect(words.withoutTried('updates fail and I already ran the troubleshooter, nothing changed')).not.toMatch(
      /troubleshooter/,
    );
    for (const kept of [
      'ran sfc and it still fails with 0x800f081f, no luck',
      'Trying to install the feature update, it restarts and goes back with nothing changed. Why?',
      'sfc found corrupt files but could not fix some of them',
    ])
      expect(words.withoutTried(kept)).toBe(kept);
  });

  it('knows a text that is nothing but what was tried to no effect, however its ending is written', () => {
    for (const only of [
      'I already tried sfc, dism and the troubleshooter, nothing worked',
      'tried the reset script and dism... still not working',
      'ran the troubleshooter and sfc but updates are still failing',
    ])
      expect(words.onlyTried(only), only).toBe(true);
    for (const more of [
      // Something else told: the tried sentence is taken out, the rest read.
      'updates fail. Already tried restarting and running sfc /scannow, no luck.',
      // A code still shown: the sentence is the question.
      'ran sfc and it still fails with 0x800f081f, no luck',
      'my laptop is slow',
      // A question of one word or a code, what was tried run on after it.
      'cryptsvc I already restarted twice and ran the troubleshooter, nothing changed.',
      '0x80070422\nUPDATE: still broken.',
      // A sentence that asks inside, tells an attempt still going on, or what happened since.
      'ran Get-WindowsUpdateLog, where does the output go I already restarted twice and ran the troubleshooter, nothing changed.',
      'trying to remove a broken update but theres no uninstall button, tried the troubleshooter too, no luck',
      "already tried holding the power button during 'Undoing changes' and now it just restarts over and over, no luck",
      // A question asked before what was tried, run on.
      'how do i reset the softwaredistribution folder I already restarted twice and ran the troubleshooter, nothing changed.',
    ])
      expect(words.onlyTried(more), more).toBe(false);
  });

  it("takes out an issue template's placeholder text and a line giving only Windows' version, not its headings", () => {
    const post =
      'PhotoLab crashes when saving\n**Describe the bug**\nA clear and concise description of what the bug is.\n' +
      '**Desktop (please complete the following information):**\n - OS: Windows 11\n - Version: 23H2\n - App: 4.2.1';
    const read = words.withoutSignOff(words.withoutEnvironment(post));
    expect(read).not.toMatch(/clear and concise|complete the following|windows|23h2/i);
    expect(read).toMatch(/\*\*Describe the bug\*\*/);
    expect(read).toMatch(/4\.2\.1/);
  });

  it("takes out a pasted screenshot's address, Discord's markup and how urgent it is", () => {
    const read = words.withoutSignOff(
      'sam — Today at 9:14 PM\n<@1048123456789012345> URGENT!! updates fail every night\n\n![shot](https://user-images.githubusercontent.com/1/2-ab.png)',
    );
    expect(read).not.toMatch(/sam|today|1048|githubusercontent|shot|urgent/i);
    expect(read).toMatch(/updates fail every night/);
  });

  it("takes out a post's sign-off, with the asker's name", () => {
    expect(words.withoutSignOff('updates fail every night.\n\nThanks in advance,\nMaria')).not.toMatch(/maria|thanks/i);
    expect(words.withoutSignOff('updates fail every night. Regards, Tom')).not.toMatch(/tom/i);
    expect(words.withoutSignOff('thanks windows update')).toBe('thanks windows update');
    // A mail app's signature, an offer of more detail, and a title line that only asks for help.
    expect(words.withoutSignOff('Help needed\n\nupdates fail every night.\n\nSent from my iPhone')).not.toMatch(
      /iphone|help/i,
    );
    expect(words.withoutSignOff('updates fail every night. Let me know if you need more info.')).not.toMatch(/info/);
    // A post's own asides: typos typed on a phone, "title says it all", a "Question:" label, a bump.
    const asides = words.withoutSignOff(
      'Question: Title says it all. updates fail every night (sorry for typos, on mobile)\n\nbump',
    );
    expect(asides).not.toMatch(/question|title|mobile|typos|bump/i);
    expect(asides).toMatch(/updates fail every night/);
  });

  it('takes out the asides said by the way, each also run on at the end, never a sentence telling what broke', () => {
    // The asker's circumstances: what the PC is used for, who plays what on it, that it worked till lately, that the
    // asker is no expert or has something due; a screenshot said to be attached; someone new to the forum.
    const told = words.withoutSignOff(
      "New here, be gentle. I'm not very techy. updates fail every night (screenshot attached) I use it for " +
        'Photoshop and Lightroom. The kids play Minecraft on it. It was working fine yesterday. I have an exam tomorrow.',
    );
    expect(told).not.toMatch(/gentle|techy|screenshot|photoshop|minecraft|working|exam/i);
    expect(told).toMatch(/updates fail every night/);
    expect(words.withoutSignOff('stuck at 30% for an hour, we need the laptop for class tomorrow')).not.toMatch(
      /class/,
    );
    // What else the asker has, marked as perhaps beside the point, or only devices beside the PC; not when it says
    // something is wrong with them, nor what an update may need (BitLocker said as had).
    expect(
      words.withoutSignOff('updates fail every night. We use Zscaler on the laptops, if that matters.'),
    ).not.toMatch(/zscaler/i);
    expect(words.withoutSignOff('updates fail every night I have a Logitech mouse and two Dell monitors.')).not.toMatch(
      /logitech|monitors/i,
    );
    expect(words.withoutSignOff('I have a printer that stopped printing after the update, if that matters')).toMatch(
      /printer/,
    );
    expect(words.withoutSignOff('the update finished. I have a dead keyboard.')).toMatch(/keyboard/);
    expect(words.withoutSignOff('it loops on restart. I have BitLocker on I think.')).toMatch(/bitlocker/i);
    // An issue template's placeholder with its heading: the template's section, not the asker's desktop PC.
    expect(
      words.withoutSignOff(
        'updates fail.\n\n**Desktop (please complete the following information):**\n - OS: Windows 11',
      ),
    ).not.toMatch(/desktop/i);
    // A helper's question quoted at the top of a reply; not a quoted error message.
    expect(words.withoutSignOff('> did you try restarting?\nyes, twice, still stuck at 0%')).not.toMatch(/restarting/);
    expect(words.withoutSignOff('> Error 0x80070005: Access is denied\nthis is what I get')).toMatch(
      /access is denied/i,
    );
    // Who plays what, said as its own sentence without "on it"; not when the sentence goes on to what broke.
    expect(words.withoutSignOff('how do I pause updates for a month? my daughter plays Roblox.')).not.toMatch(
      /roblox/i,
    );
    expect(words.withoutSignOff('my son plays Fortnite and since the update it crashes')).toMatch(/fortnite/i);
    // ...how the asker feels, that it happened again, and asking in general for a fix or whether to worry.
    const feelings = words.withoutSignOff(
      'updates fail every night. This is driving me crazy. It happened again today. Is there a fix for this? ' +
        'What am I doing wrong? Should I be worried?',
    );
    expect(feelings).not.toMatch(/crazy|again|fix|wrong|worried/i);
    // ...who the asker writes for, how long it has gone on, where the asker lives, an edit's note, a plea.
    const asides2 = words.withoutSignOff(
      "Asking for my mom. updates fail every night. This has been going on for months. I'm in the UK. Please " +
        "don't tell me to reinstall Windows.\n\nEdit: formatting",
    );
    expect(asides2).not.toMatch(/mom|months|uk|reinstall|formatting/i);
    expect(asides2).toMatch(/updates fail every night/);
    expect(
      words.withoutSignOff('(long post, sorry) updates fail every night.\n\nPS: complete beginner here.'),
    ).not.toMatch(/long post|beginner/);
    expect(words.withoutSignOff('Not a bug report, just a question. can I pause updates for a month?')).not.toMatch(
      /bug/,
    );
    // ...and a forum's own.
    const forum = words.withoutSignOff(
      "(x-post from r/techsupport) updates fail every night. Please, I'm desperate.\n\nSorry if wrong flair. " +
        'Mods, feel free to remove if not allowed.',
    );
    expect(forum).not.toMatch(/x-post|desperate|flair|mods/i);
    expect(forum).toMatch(/updates fail every night/);
    // A code is what is left to read, however few words are.
    expect(words.withoutSignOff('0x80070422 Mods, feel free to remove if not allowed.')).not.toMatch(/mods/i);
    // Not where the asker is on the PC ("I'm in safe mode"), nor a sentence that goes on to tell what broke.
    expect(words.withoutSignOff("updates fail every night. I'm in safe mode.")).toMatch(/safe mode/);
    for (const kept of [
      'I use it for work and since the update it will not boot. any ideas',
      'my son plays Fortnite on it and it crashes since the update',
      'it was working fine before the update. now it fails',
    ])
      expect(words.withoutSignOff(kept)).toBe(kept);
  });

  it("reads putting back what an update put on a device as taking the update off, not getting an app's old one back", () => {
    expect(words.takesUpdateOff.test('realtek audio has a new version from windows. can i put previous back??')).toBe(
      true,
    );
    expect(words.takesUpdateOff.test('can I put the old driver back')).toBe(true);
    expect(words.takesUpdateOff.test('the new photos app is different, can I get my old one back?')).toBe(false);
  });

  it('reads going back asked after an upgrade to another Windows as taking it off, not a device firmware rolled back', () => {
    expect(
      words.takesUpdateOff.test('we upgraded the lab from windows 10 last month. could we still roll it back?'),
    ).toBe(true);
    expect(words.takesUpdateOff.test('If I upgrade the router firmware and it breaks, can I roll back?')).toBe(false);
  });

  it('reads the PC restarting for its updates, in any language, and not an app restarting for its own', () => {
    expect(words.restartsForUpdates.test('my laptop just restarted to install updates mid call')).toBe(true);
    expect(words.restartsForUpdates.test('se me reinició la pc en plena llamada por las actualizaciones')).toBe(true);
    expect(words.restartsForUpdates.test('Zoom restarted itself to install its own update')).toBe(false);
  });

  it.each([
    ['can I disable BITS on the kiosk PCs?', true],
    ['should the Update Orchestrator service be set to manual?', true],
    ['is it safe to delete the SoftwareDistribution folder', true],
    ['Ist es sicher, den Ordner SoftwareDistribution zu löschen?', true],
    ['Est-ce sûr de désactiver BITS ?', true],
    ['¿Puedo desactivar el servicio wuauserv?', true],
    // A how-to that says "can I", and the same verbs not opening a question, ask no leave.
    ['how can I restart the update service', false],
    ['¿Qué puedo hacer si no arranca?', false],
    ['No puedo reiniciarlo, no es seguro que funcione', false],
  ])('reads %j as asking leave or advice: %s', (question, asks) => {
    expect(words.asksLeave.test(question)).toBe(asks);
  });

  // Each meaning pattern compiled once, with what says it and what rules it out.
  it.each([
    ['target release version', 'said', 'keep the whole fleet on 24H2 for now', true],
    ['target release version', 'said', 'stop them jumping to 25h2', true],
    ['target release version', 'said', 'is 24H2 still supported?', false],
    ['wakes from sleep to update', 'said', 'the screen lights up in the middle of the night', true],
    ['wakes from sleep to update', 'said', 'wuauserv turns itself back on after I disable it', false],
    ['keeps re-enabling', 'said', 'I disabled it twice and it keeps turning itself back on', true],
    ['keeps re-enabling', 'said', 'it switches the service back on whenever I disable it', true],
    ['keeps re-enabling', 'said', 'I disabled it last week, how do I turn it back on?', false],
    ['keeps re-enabling', 'said', 'set it to disabled, and a week later it was back on automatic', true],
    // Updates working again once another thing was turned off is no service turned on again.
    ['keeps re-enabling', 'said', 'I turned off the proxy and now updates are running again', false],
    ['keeps re-enabling', 'said', 'how do I stop it coming back after I removed it', false],
    // Asking how to turn it on again is not its turning itself on again.
    ['keeps re-enabling', 'said', 'le service est désactivé, comment le réactiver ?', false],
    ['keeps re-enabling', 'said', "je l'ai désactivé, mais il se réactive tout seul", true],
    ['power off during update', 'said', 'the power went out while it was updating', true],
    [
      'power off during update',
      'said',
      'I panicked and turned the laptop off while it said dont turn off your pc',
      true,
    ],
    ['power off during update', 'said', 'turn off automatic updates during the install', false],
    ['power off during update', 'said', "Seit Stunden 'Arbeiten an Updates 40%'. Darf ich den PC ausschalten?", true],
    ['power off during update', 'said', 'Les mises à jour sont bloquées à 12 %, puis-je éteindre ?', true],
    ['power off during update', 'said', 'kann ich ihn ausschalten, wenn ich nach Hause gehe?', false],
    // A restart an installed update asks for is not one in the middle of updating.
    ['power off during update', 'said', 'Das Update ist installiert, soll ich neu starten?', false],
    ['power off during update', 'said', 'Updates hängen seit einer Stunde bei 3 %, soll ich neu starten?', true],
    ['power off during update', 'said', 'my kid yanked the power cord while the screen said working on updates', true],
    ['power off during update', 'said', 'Se fue la luz mientras Windows instalaba las actualizaciones', true],
    [
      'roll back driver',
      'said',
      'Update hat den WLAN-Treiber getauscht, seitdem kein Internet. Rückgängig machen?',
      true,
    ],
    // A driver that comes back again and again is to be stopped, not rolled back once more.
    ['roll back driver', 'unless', 'der alte Treiber kommt nach jedem Neustart zurück', true],
    ['uninstall update', 'said', 'back out the bad cumulative update on these desktops', true],
    ['uninstall update', 'said', 'how do I remove the update notification', false],
    // A driver's update is rolled back, and a version gone back from.
    ['uninstall update', 'unless', 'undo the driver update', true],
    ['uninstall update', 'unless', 'remove the 24H2 update', true],
    ['uninstall update', 'said', "Comment enlever la mise à jour d'hier ?", true],
    ['list installed updates', 'said', 'which update broke my scanner?', true],
    ['list installed updates', 'said', 'how can I find the update that broke my mic', true],
    ['list installed updates', 'said', 'Welches Update ist schuld am fehlenden Ton?', true],
    ['list installed updates', 'said', '¿Qué actualización causó el fallo del sonido?', true],
    ['list installed updates', 'unless', 'which updates are available for me', true],
    ['restart required to finish updating', 'said', "updates won't install until I restart, and I just did", true],
    // Whether shutting down does as well as the restart asked for.
    ['restart required to finish updating', 'said', 'it says restart required. would shutting down work too?', true],
    ['restart required to finish updating', 'said', 'does shutting down count as exercise?', false],
    ['restart required to finish updating', 'unless', "restart required, I restart, and now it won't boot", true],
    [
      'restart required to finish updating',
      'said',
      'it keeps saying restart required. i restart it, the circle spins, it comes back fine, and two days later it says it again',
      true,
    ],
    [
      'restart required to finish updating',
      'said',
      'il me demande de redémarrer, je redémarre, et il me le redemande encore',
      true,
    ],
    ['wakes from sleep to update', 'said', 'mi pc se enciende sola de madrugada', true],
    // Getting past a hold said with "hold" alone is a safeguard hold; not a phone line's hold.
    ['safeguard hold', 'said', 'can I force past the hold with the media creation tool?', true],
    ['safeguard hold', 'unless', 'the support line put me on hold, then told me to skip the hold queue', true],
    // Woken for its updates said so, or woken from sleep in German, French or Spanish; not a person waking up.
    ['wakes from sleep to update', 'said', 'does the laptop wake itself up to install updates at night?', true],
    ['wakes from sleep to update', 'said', 'der Laptop wacht nachts aus dem Ruhezustand auf', true],
    ['wakes from sleep to update', 'said', 'mon portable sort tout seul de veille', true],
    ['wakes from sleep to update', 'said', 'i woke up to find updates installed', false],
    ['target release version', 'said', 'Wie halte ich unsere Rechner auf Windows 11 24H2 fest?', true],
    ['postpone updates', 'said', 'Kann ich Windows sagen, dass es vier Wochen keine Updates installieren soll?', true],
    ['postpone updates', 'said', 'is there a snooze button for windows updates', true],
    ['postpone updates', 'said', 'how could I stop my system from updating, new updates break it', true],
    ['postpone updates', 'said', '¿se puede hacer que no se actualice por un tiempo?', true],
    ['postpone updates', 'said', 'how do I stop my system from crashing', false],
    // From ordinary users' stories (written-68): a German boot loop, a driver put back, a version with no more updates.
    ['boot loop after update', 'said', 'mein Rechner hat was installiert und jetzt startet er immer wieder neu', true],
    ['boot loop after update', 'said', 'der Router startet immer wieder neu', false],
    // Plain words for what installed, for what the PC does when it updates, and for restarting "all by itself".
    ['list installed updates', 'said', 'how can i see what the computer installed last night?', true],
    ['how windows update works', 'said', 'what the computer actually does when it updates', true],
    ['stop automatic restart after updates', 'said', 'my computer restarted all by itself while i was printing', true],
    // How to get from one Windows 11 version to the next; not how to stay on one.
    ['upgrade windows manually', 'said', 'how can I update windows 11 23h2 to 24h2?', true],
    ['upgrade windows manually', 'unless', 'how do I stop it going from 24h2 to 25h2', true],
    ['boot loop after update', 'said', 'mein Laptop startet seit dem Update gestern ständig neu', true],
    ['stop driver updates', 'said', 'rolled the driver back to 546, overnight windows reinstalled 560 again', true],
    [
      'stop driver updates',
      'said',
      'I went back to the old graphics driver, but the computer put the new one back',
      true,
    ],
    ['windows 11 end of servicing', 'said', "la 24h2 n'a plus de mises à jour, c'est vrai ?", true],
    // From a third second reader's batch (written-72): the same readings in more words and languages.
    ['wakes from sleep to update', 'said', 'event viewer says the wake source was a timer', true],
    ['stuck downloading', 'said', 'Das Update lädt bis 35 Prozent und fängt dann wieder bei null an', true],
    // A PC on a cellular connection, or a month's data used up, is updating on a metered connection.
    ['metered connection updates', 'said', 'the field laptop runs on lte all day and the updates never download', true],
    ['metered connection updates', 'said', 'se acabaron mis datos por una actualización de windows', true],
    ['metered connection updates', 'said', 'the updates never download on this laptop', false],
    ['windows 11 end of servicing', 'said', 'how much longer will 25h2 keep getting security patches', true],
    ['windows 11 end of servicing', 'said', 'ma version 23h2 reçoit-elle encore des correctifs', true],
    ['roll back feature update', 'said', 'how do I put the laptop back on 25h2?', true],
    ['roll back feature update', 'said', '¿cómo regreso a la 24h2?', true],
    [
      'MOSETUP_E_COMPAT_INSTALLREQ_BLOCK',
      'said',
      'something on this pc has to be uninstalled before it can upgrade',
      true,
    ],
    // "To reboot for an update" is the PC's restart; an app that "needs to restart" for its own is not.
    ['stop automatic restart after updates', 'said', 'windows killed my zoom call to reboot for an update', true],
    [
      'stop automatic restart after updates',
      'said',
      'teams keeps saying it needs to restart to apply an update',
      false,
    ],
    [
      'difference between quality and feature updates',
      'said',
      'las actualizaciones que llegan cada mes y la grande que sale una vez al año',
      true,
    ],
    ['feature update not offered', 'said', "it says I'm up to date but I'm still on 23H2", true],
    ['feature update not offered', 'said', 'is 24H2 up to date enough?', false],
    ['feature update not offered', 'said', 'health check is all green, yet the upgrade never shows up', true],
    // Not meeting them is the requirements' question: the meaning's unless.
    [
      'feature update not offered',
      'unless',
      "health check says it doesn't meet the requirements, so no windows 11",
      true,
    ],
    ['feature update not offered', 'unless', 'health check is all green, yet the upgrade never shows up', false],
    // Put to sleep and woken again, or powercfg's "Wake Source: Timer".
    ['wakes from sleep to update', 'said', 'when I put my computer to sleep, it wakes back up', true],
    ['wakes from sleep to update', 'said', 'powercfg says Wake Source: Timer', true],
    ['wakes from sleep to update', 'said', 'I put the baby to sleep and she wakes up at 3', false],
    // Windows Update said to always replace a driver, asked to stop.
    ['stop driver updates', 'said', 'it always updates the driver as soon as it goes online, can I stop that?', true],
    ['stop driver updates', 'said', 'it always updates the driver, which is great', false],
    // The update workers said to use the PC up.
    ['tiworker high cpu', 'said', 'something called tiworker is using everything', true],
    ['tiworker high cpu', 'said', 'what is tiworker and should it be running', false],
    ['tiworker high cpu', 'said', 'safe to end mousocoreworker in task manager? its tanking my fps', true],
    // A driver that comes back by itself, in English or German, is stopping driver updates.
    ['stop driver updates', 'said', 'the audio driver keeps coming back after every restart', true],
    ['stop driver updates', 'said', 'Der alte Grafiktreiber kommt nach jedem Neustart zurück', true],
    // Setup asking to uninstall an app that is not compatible; an app not compatible with a phone is not that.
    ['MOSETUP_E_COMPAT_INSTALLREQ_BLOCK', 'said', "it says an app isn't compatible and I need to uninstall it", true],
    ['MOSETUP_E_COMPAT_INSTALLREQ_BLOCK', 'said', "this app isn't compatible with my phone", false],
    // Restarted in the middle of something to install updates, or without asking.
    [
      'stop automatic restart after updates',
      'said',
      'restarted in the middle of my ranked match to install updates',
      true,
    ],
    ['stop automatic restart after updates', 'said', 'the pc rebooted without asking last night', true],
    // Not a PC that was asleep (it woke to update), nor one now stuck on the screen it restarted to: those are the
    // subject. A person waking up is no PC waking.
    [
      'stop automatic restart after updates',
      'unless',
      'it was asleep, then at 4am it restarted to install updates',
      true,
    ],
    ['stop automatic restart after updates', 'unless', 'the laptop woke up and rebooted for updates', true],
    ['stop automatic restart after updates', 'unless', 'it rebooted for updates and is stuck at 45%', true],
    [
      'stop automatic restart after updates',
      'unless',
      'i wake up to the login screen, it restarted for updates',
      false,
    ],
    // A download that climbs and starts over, or stops at a percentage; not an installer stopping.
    ['stuck downloading', 'said', 'the download goes up to 47% and then starts over from 0', true],
    ['stuck downloading', 'said', 'the installer stopped at 48% during setup', false],
    // Going back from one Windows 11 version to the one before; how long a version keeps getting updates.
    ['roll back feature update', 'said', 'can i just roll back to 23h2 or do i have to reinstall', true],
    ['roll back feature update', 'said', 'roll back the driver to the old version', false],
    ['windows 11 end of servicing', 'said', 'when does 25h2 stop getting patches', true],
    ['windows 11 end of servicing', 'said', '¿hasta cuándo recibe actualizaciones windows 11 24h2 home?', true],
    ['windows 11 end of servicing', 'unless', 'is windows 10 22h2 still getting updates', true],
  ] as const)('%s: %s reads %j as %s', (meaning, field, text, expected) => {
    expect(words.meanings.find((m) => m.meaning === meaning)?.[field].test(text)).toBe(expected);
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
    // Having moved to a version, or asking whether one is possible on a PC.
    expect(updating('went to windows 11 last week and honestly i prefer 10. can i go back')).toBe(true);
    expect(updating('surface pro 4, windows 11 possible?')).toBe(true);
    expect(updating('is a dark theme possible on windows 11 without an app')).toBe(false);
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
  it("tells a code every program shows (a wrapped Win32 error, COM's generic failures) from Windows Update's own", () => {
    expect(words.isEveryProgramsCode('0x80070005')).toBe(true);
    expect(words.isEveryProgramsCode('0x80004005')).toBe(true);
    expect(words.isEveryProgramsCode('0x8000ffff')).toBe(true);
    expect(words.isEveryProgramsCode('0x8024402C')).toBe(false);
    expect(words.isEveryProgramsCode('0xC1900101')).toBe(false);
  });
});
