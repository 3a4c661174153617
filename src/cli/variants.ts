// npm run eval:variants [-- --only NAME,NAME] [--list NAME] [--file PATH]
// Metamorphic checks: each question of the sets one may tune on, said again the way real people vary the
// same question (Windows written short, a line saying which Windows the PC runs, what was already tried, a
// greeting and a sign-off, a typo in "update"), is scored against the original's label. A reading that holds
// for the question as written but breaks for its variant is one that will break on questions nobody has seen.
// Prints, per variation, how many variants there were, how many broke (the original passes, the variant
// fails) and how many mended. The sets kept for measuring are never read.
import { existsSync } from 'node:fs';
import { knowledgeDir } from '../knowledge/dir.ts';
import { engineOrExit } from '../startup.ts';
import { toLine } from './jsonl.ts';
import { SETS, judge, questionsIn } from './eval-sets.ts';

/** How people say the same question otherwise; each returns the question unchanged where it does not apply. */
const VARIATIONS: Record<string, { says: string; vary: (q: string) => string }> = {
  'windows-short': {
    says: 'Windows 10/11 written W10/W11',
    vary: (q) => q.replace(/\bwindows (1[01])\b/gi, 'W$1'),
  },
  'windows-win': {
    says: 'Windows 10/11 written "win 10"/"win 11"',
    vary: (q) => q.replace(/\bwindows (1[01])\b/gi, 'win $1'),
  },
  'wu-short': { says: 'Windows Update written WU', vary: (q) => q.replace(/\bwindows update\b/gi, 'WU') },
  'environment-line': {
    says: 'a line saying which Windows the PC runs',
    vary: (q) => `${q}\n\nWindows 11 Pro 23H2 on a Dell laptop.`,
  },
  'environment-label': { says: 'an "OS:" line', vary: (q) => `${q}\n\nOS: Windows 11 Home 24H2 (26100.2033)` },
  'environment-running': {
    says: 'a "Running ..." sentence',
    vary: (q) => `${q} Running Win 11 Pro 23H2 on a Lenovo ThinkPad T14.`,
  },
  'environment-aside': { says: 'an aside "(Windows 10 22H2)"', vary: (q) => `${q} (Windows 10 22H2)` },
  'template-desktop': {
    says: "an issue template's desktop section",
    vary: (q) =>
      `${q}\n\n**Desktop (please complete the following information):**\n - OS: Windows 11\n - Version: 23H2`,
  },
  'tried-sfc': {
    says: 'what was already tried, to no effect',
    vary: (q) => `${q}\n\nAlready tried restarting and running sfc /scannow, no luck.`,
  },
  'tried-troubleshooter': {
    says: 'what was already tried, run on',
    vary: (q) => `${q} I already restarted twice and ran the troubleshooter, nothing changed.`,
  },
  'greeting-sign-off': { says: 'a greeting and a sign-off', vary: (q) => `Hello everyone,\n\n${q}\n\nRegards,\nTom` },
  courtesy: { says: 'a plea for help', vary: (q) => `${q}\n\nAny help appreciated, been at this all day.` },
  'edit-line': {
    says: 'an "EDIT:" line, still there after a reboot',
    vary: (q) => `${q}\n\nEDIT: still happening after a reboot.`,
  },
  screenshot: {
    says: 'a screenshot pasted into a GitHub post',
    vary: (q) =>
      `${q}\n\n![image](https://user-images.githubusercontent.com/58348680/154676826-1c94b5ef-aaf1-4c49.png)`,
  },
  'discord-mention': { says: 'a Discord mention first', vary: (q) => `<@1048123456789012345> ${q}` },
  'discord-copy': { says: "a copied Discord message's name and time", vary: (q) => `jake — Today at 10:32 AM\n${q}` },
  'typo-core': {
    says: 'two letters swapped in the first of windows/update/install',
    vary: (q) =>
      q.replace(/\b(windows|update|updates|install|installing)\b/i, (w) => w.slice(0, 2) + w[3] + w[2] + w.slice(4)),
  },
  urgent: { says: 'marked urgent', vary: (q) => `URGENT!! ${q}` },
  lowercase: { says: 'all lower case', vary: (q) => q.toLowerCase() },
  uppercase: { says: 'all upper case', vary: (q) => q.toUpperCase() },
  bullets: {
    says: 'each sentence a bullet',
    vary: (q) =>
      q
        .split(/(?<=[.!?])\s+/)
        .map((x) => `- ${x}`)
        .join('\n'),
  },
  'no-end-punctuation': { says: "no '?', '.' or '!'", vary: (q) => q.replace(/[?!.]+(\s|$)/g, '$1') },
  'no-apostrophes': {
    says: 'apostrophes left out (dont, wont, cant, its)',
    vary: (q) => q.replace(/(\p{L})['’](\p{L})/gu, '$1$2'),
  },
  'curly-apostrophes': { says: "a phone's curly apostrophes", vary: (q) => q.replace(/(\p{L})'(\p{L})/gu, '$1’$2') },
  'no-articles': {
    says: 'articles left out, as someone new to English writes',
    vary: (q) => q.replace(/\b(?:the|a|an) /gi, ''),
  },
  'quick-question': { says: 'a "Quick question:" lead-in', vary: (q) => `Quick question: ${q}` },
  'thanks-first': { says: 'thanks said first', vary: (q) => `Thanks in advance! ${q}` },
  'ok-so': {
    says: 'a thread reply\'s "ok so" lead-in',
    vary: (q) => `ok so ${q.charAt(0).toLowerCase()}${q.slice(1)}`,
  },
  'user-pc': {
    says: "a help desk's 'a user's PC'",
    vary: (q) => q.replace(/\bmy (pc|computer|laptop)\b/gi, "a user's $1"),
  },
  'the-pc': { says: "'the PC' for 'my PC'", vary: (q) => q.replace(/\bmy (pc|computer|laptop)\b/gi, 'the $1') },
  'trailing-windows': { says: "', windows 11' at the end", vary: (q) => `${q.replace(/[?.!\s]+$/, '')}, windows 11` },
  hedge: {
    says: "'not sure if this is the right place but' first",
    vary: (q) => `not sure if this is the right place but ${q}`,
  },
  'first-post': {
    says: "'long time lurker, first time poster' first",
    vary: (q) => `Long time lurker, first time poster. ${q}`,
  },
  'have-a-problem': { says: "'I have a problem.' first", vary: (q) => `I have a problem. ${q}` },
  'sorry-english': { says: "'sorry for my bad english' last", vary: (q) => `${q} sorry for my bad english` },
  'update-line': { says: 'an "UPDATE: still broken" line', vary: (q) => `${q}\n\nUPDATE: still broken.` },
  'help-first': { says: '"HELP!!!" first', vary: (q) => `HELP!!! ${q}` },
  'pls-help': { says: '"pls help" last', vary: (q) => `${q} pls help` },
  'any-ideas': { says: '"Any ideas?" last', vary: (q) => `${q} Any ideas?` },
  'anyone-else': {
    says: '"Is this happening to anyone else?" last',
    vary: (q) => `${q}\n\nIs this happening to anyone else?`,
  },
  'same-here': { says: '"Same here." first', vary: (q) => `Same here. ${q}` },
  tldr: { says: '"TL;DR:" first', vary: (q) => `TL;DR: ${q}` },
  'help-title': { says: 'title line "Help needed"', vary: (q) => `Help needed\n\n${q}` },
  'hi-first': { says: '"Hi, " first', vary: (q) => `Hi, ${q}` },
  'thank-you-last': { says: '"Thank you!" last', vary: (q) => `${q}\n\nThank you!` },
  'more-info': {
    says: '"Let me know if you need more info." last',
    vary: (q) => `${q} Let me know if you need more info.`,
  },
  'maker-last': { says: '"I\'m on a Dell XPS 15." last', vary: (q) => `${q} I'm on a Dell XPS 15.` },
  'sent-from-phone': { says: '"Sent from my iPhone" last', vary: (q) => `${q}\n\nSent from my iPhone` },
  lol: { says: '"lol" last', vary: (q) => `${q} lol` },
  'sad-face': { says: '":(" last', vary: (q) => `${q} :(` },
  'windows-user-here': { says: '"Windows 11 user here." first', vary: (q) => `Windows 11 user here. ${q}` },
  'emoji-last': { says: 'emoji last', vary: (q) => `${q} 😭😭` },
  'code-fence': { says: 'a code fence around it', vary: (q) => '```\n' + q + '\n```' },
  'discord-quote': {
    says: 'a Discord quote of an earlier message first',
    vary: (q) => `> did you try restarting?\n${q}`,
  },
  'at-here': { says: '"@here" first', vary: (q) => `@here ${q}` },
  bump: { says: '"bump" line last', vary: (q) => `${q}\n\nbump` },
  'typos-on-mobile': { says: '"(sorry for typos, on mobile)" last', vary: (q) => `${q} (sorry for typos, on mobile)` },
  'question-label': { says: '"Question:" first', vary: (q) => `Question: ${q}` },
  'title-says-it-all': { says: '"Title says it all." first', vary: (q) => `Title says it all. ${q}` },
  'used-for': {
    says: '"I use it for Photoshop and Lightroom." last',
    vary: (q) => `${q} I use it for Photoshop and Lightroom.`,
  },
  'needed-for': { says: '"I need the laptop for AutoCAD." last', vary: (q) => `${q} I need the laptop for AutoCAD.` },
  'kids-play': { says: '"The kids play Minecraft on it." last', vary: (q) => `${q} The kids play Minecraft on it.` },
  'work-laptop': { says: '"It\'s a work laptop." last', vary: (q) => `${q} It's a work laptop.` },
  'not-techy': { says: '"I\'m not very techy." first', vary: (q) => `I'm not very techy. ${q}` },
  'pc-specs': {
    says: '"It\'s a 2019 HP laptop with 8GB RAM." last',
    vary: (q) => `${q} It's a 2019 HP laptop with 8GB RAM.`,
  },
  'screenshot-attached': { says: '"(screenshot attached)" last', vary: (q) => `${q} (screenshot attached)` },
  'worked-yesterday': {
    says: '"It was working fine yesterday." last',
    vary: (q) => `${q} It was working fine yesterday.`,
  },
  googled: { says: '"I googled but found nothing." last', vary: (q) => `${q} I googled but found nothing.` },
  'exam-tomorrow': {
    says: '"I have an exam tomorrow." last',
    vary: (q) => `${q} I have an exam tomorrow.`,
  },
  'thanks-for-reading': { says: '"Thanks for reading." last', vary: (q) => `${q}\n\nThanks for reading.` },
  'new-here': { says: '"New here, be gentle." first', vary: (q) => `New here, be gentle. ${q}` },
  frustrated: { says: '"This is driving me crazy." last', vary: (q) => `${q} This is driving me crazy.` },
  'tried-everything': { says: '"I\'ve tried everything." last', vary: (q) => `${q} I've tried everything.` },
  'doing-wrong': { says: '"What am I doing wrong?" last', vary: (q) => `${q} What am I doing wrong?` },
  'is-there-a-fix': { says: '"Is there a fix for this?" last', vary: (q) => `${q} Is there a fix for this?` },
  'pc-age': { says: '"My PC is 3 years old." last', vary: (q) => `${q} My PC is 3 years old.` },
  'brand-new': { says: '"It\'s a brand new laptop." last', vary: (q) => `${q} It's a brand new laptop.` },
  'dads-pc': {
    says: '"my PC" said as "my dad\'s PC"',
    vary: (q) => q.replace(/\bmy (pc|computer|laptop)\b/gi, "my dad's $1"),
  },
  'happened-again': { says: '"It happened again today." last', vary: (q) => `${q} It happened again today.` },
  'rebooted-times': { says: '"I rebooted like 5 times." last', vary: (q) => `${q} I rebooted like 5 times.` },
  worried: { says: '"Should I be worried?" last', vary: (q) => `${q} Should I be worried?` },
  'not-a-bug': {
    says: '"Not a bug report, just a question." first',
    vary: (q) => `Not a bug report, just a question. ${q}`,
  },
  'help-tag': { says: 'a "[Help]" tag first', vary: (q) => `[Help] ${q}` },
  'asking-for-mom': { says: '"Asking for my mom." first', vary: (q) => `Asking for my mom. ${q}` },
  'for-months': {
    says: '"This has been going on for months." last',
    vary: (q) => `${q} This has been going on for months.`,
  },
  'support-useless': {
    says: '"Microsoft support was useless." last',
    vary: (q) => `${q} Microsoft support was useless.`,
  },
  'dont-reinstall': {
    says: '"Please don\'t tell me to reinstall Windows." last',
    vary: (q) => `${q} Please don't tell me to reinstall Windows.`,
  },
  'in-the-uk': { says: '"I\'m in the UK." last', vary: (q) => `${q} I'm in the UK.` },
  'edit-formatting': { says: 'an "Edit: formatting" line last', vary: (q) => `${q}\n\nEdit: formatting` },
  'thanks-guys': { says: '"Thanks guys!" last', vary: (q) => `${q} Thanks guys!` },
  'if-that-matters': {
    says: '"I have a printer attached if that matters." last',
    vary: (q) => `${q}\n\nI have a printer attached if that matters.`,
  },
  'have-devices': {
    says: '"I have a Logitech mouse and an HP printer." last',
    vary: (q) => `${q} I have a Logitech mouse and an HP printer.`,
  },
  beginner: { says: '"PS: complete beginner here." last', vary: (q) => `${q}\n\nPS: complete beginner here.` },
  'long-post': { says: '"(long post, sorry)" first', vary: (q) => `(long post, sorry) ${q}` },
  thx: { says: '"thx" last', vary: (q) => `${q} thx` },
  desperate: { says: '"Please, I\'m desperate." last', vary: (q) => `${q} Please, I'm desperate.` },
  flair: { says: '"Sorry if wrong flair." last', vary: (q) => `${q}\n\nSorry if wrong flair.` },
  'mods-remove': {
    says: '"Mods, feel free to remove if not allowed." last',
    vary: (q) => `${q}\n\nMods, feel free to remove if not allowed.`,
  },
  'cross-post': { says: '"(x-post from r/techsupport)" first', vary: (q) => `(x-post from r/techsupport) ${q}` },
  'pc-laptop': { says: 'PC said as laptop', vary: (q) => q.replace(/\b(?:pc|computer)\b/gi, 'laptop') },
};

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option('--only')?.split(',');
const list = option('--list');
for (const name of [...(only ?? []), ...(list ? [list] : [])])
  if (!VARIATIONS[name]) {
    console.error(`no variation called ${name}; there are: ${Object.keys(VARIATIONS).join(', ')}`);
    process.exit(2);
  }
const file = option('--file');
if (args.includes('--file') && (!file || !existsSync(file))) {
  console.error(`--file: no such question file: ${file ?? '(missing)'}`);
  process.exit(2);
}
// The sets one may tune on, or the one file given.
const files = file ? [file] : SETS.filter(([, f, measureOnly]) => !measureOnly && existsSync(f)).map(([, f]) => f);

const engine = await engineOrExit(knowledgeDir());
const names = only ?? Object.keys(VARIATIONS);
const tally = new Map(names.map((n) => [n, { variants: 0, broke: 0, mended: 0 }]));
for (const f of files)
  for (const q of questionsIn(f)) {
    if (q.expect === 'any') continue;
    const passes = judge(q, toLine(engine.ask(q.q))).ok;
    for (const name of names) {
      const said = VARIATIONS[name]!.vary(q.q);
      if (said === q.q) continue;
      const t = tally.get(name)!;
      t.variants += 1;
      const { ok, why } = judge(q, toLine(engine.ask(said)));
      if (passes === ok) continue;
      if (passes) t.broke += 1;
      else t.mended += 1;
      if (list === name && passes) console.log(`  [${q.expect}] ${said.slice(0, 140).replace(/\s+/g, ' ')}  -> ${why}`);
    }
  }
for (const [name, t] of tally)
  console.log(
    `${name.padEnd(22)} ${String(t.variants).padStart(6)} variants, ${String(t.broke).padStart(5)} broke, ` +
      `${String(t.mended).padStart(4)} mended  (${VARIATIONS[name]!.says})`,
  );
