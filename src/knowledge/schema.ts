// The one definition of a knowledge entry. Types come from here (z.infer), and so does the JSON
// Schema that editors use (npm run kb:schema writes knowledge/schema.json).
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "reset-update-components"')
  .max(60);

export const errorCode = z
  .string()
  .regex(/^0x[0-9A-F]{8}$/, 'must be written 0x followed by 8 upper-case hex digits, like "0x80070422"');

export const source = z
  .object({
    title: text(200),
    url: z.url({ protocol: /^https$/, message: 'must be an https:// address' }),
    // Set when no Microsoft page confirms what the entry takes from this source.
    third_party: z.boolean().optional(),
  })
  .strict();

export const windowsVersion = z.enum(['windows-10', 'windows-11', 'windows-server']);

export const shell = z.enum(['cmd', 'powershell', 'run', 'settings']);

export const command = z
  .object({
    // cmd and powershell are typed at a prompt; run goes in Win+R; settings is a click path.
    shell,
    run: text(1000),
  })
  .strict();

export const step = z
  .object({
    title: text(100),
    text: text(700).optional(),
    commands: z.array(command).max(12).optional(),
    admin: z.boolean().optional(),
    caution: text(400).optional(),
  })
  .strict();

const common = {
  id: entryId,
  title: text(120),
  // The words people use for this entry; each alias belongs to one entry only.
  aliases: z.array(text(100)).default([]),
  // Names that are not Windows Update's own: any product's update is described with them ("cancel an
  // update", "stuck at 0%", "pending restart"), or they are general Windows tools ("powercfg
  // /lastwake"). They name this entry like aliases do, but alone do not make a question about Windows
  // Update, so a phone's or an app's story told with them is still declined.
  generic_aliases: z.array(text(100)).default([]),
  summary: text(400),
  // Other phrasings and symptoms that should find this entry in free-text search.
  keywords: z.array(text(200)).default([]),
  related: z.array(entryId).default([]),
  sources: z.array(source).min(1, 'cite at least one source'),
  applies_to: z.array(windowsVersion).optional(),
  reviewed: z.iso.date({ message: 'must be a date written YYYY-MM-DD' }),
  // The last day a time-bound fact in this entry (an end of support, an ESU year, a retirement) is
  // known to hold. After it kb:check fails and names the entry; the bot still answers, with a warning.
  valid_until: z.iso.date({ message: 'must be a date written YYYY-MM-DD' }).optional(),
  // Facts kept in the entry that no Microsoft page confirms; shown with a warning.
  unverified: z.array(text(300)).optional(),
  // A general Windows task other guides use (an elevated prompt, a clean boot): naming it does not by
  // itself make a question about Windows Update ("winget fails... works in Terminal (Admin)").
  general: z.boolean().optional(),
};

export const serviceEntry = z
  .object({
    kind: z.literal('service'),
    ...common,
    service_name: z.string().regex(/^[A-Za-z0-9_]+$/, 'must be the service name, like "wuauserv"'),
    display_name: text(100),
    processes: z.array(text(60)).default([]),
    does: text(700),
    when_stopped: text(600),
    default_start: text(200).optional(),
    notes: z.array(text(500)).max(8).optional(),
    fixes: z.array(entryId).default([]),
  })
  .strict();

export const fixEntry = z
  .object({
    kind: z.literal('fix'),
    ...common,
    when: text(400),
    steps: z.array(step).min(1, 'a fix needs at least one step').max(20),
    caution: text(500).optional(),
    next: entryId.optional(),
    escalate: text(400),
  })
  .strict();

export const codeInfo = z
  .object({
    code: errorCode,
    name: text(80).optional(),
    meaning: text(400).optional(),
  })
  .strict();

export const errorEntry = z
  .object({
    kind: z.literal('error'),
    ...common,
    // Exact codes this entry explains.
    codes: z.array(codeInfo).default([]),
    // A family entry answers for every code that starts with this prefix and has no entry of its own.
    family: z
      .string()
      .regex(/^0x[0-9A-F]{1,7}$/, 'must be a hex prefix like "0x8024"')
      .optional(),
    meaning: text(700),
    causes: z.array(text(300)).default([]),
    fixes: z.array(entryId).default([]),
    notes: z.array(text(500)).max(8).optional(),
  })
  .strict()
  .refine((e) => e.codes.length > 0 || e.family !== undefined, {
    message: 'an error entry needs codes or a family prefix',
    path: ['codes'],
  });

export const conceptSection = z.object({ title: text(100), text: text(1000) }).strict();

export const conceptEntry = z
  .object({
    kind: z.literal('concept'),
    ...common,
    sections: z.array(conceptSection).min(1).max(10),
  })
  .strict();

export const entry = z.discriminatedUnion('kind', [serviceEntry, fixEntry, errorEntry, conceptEntry]);

export type Entry = z.infer<typeof entry>;
export type ServiceEntry = z.infer<typeof serviceEntry>;
export type FixEntry = z.infer<typeof fixEntry>;
export type ErrorEntry = z.infer<typeof errorEntry>;
export type ConceptEntry = z.infer<typeof conceptEntry>;
export type Kind = Entry['kind'];
export type Step = z.infer<typeof step>;
export type Command = z.infer<typeof command>;
export type Source = z.infer<typeof source>;
export type Shell = z.infer<typeof shell>;

export const KINDS: readonly Kind[] = ['service', 'fix', 'error', 'concept'];
export type CodeInfo = z.infer<typeof codeInfo>;

// A table of codes as Microsoft lists them (knowledge/tables/): names and numbers carried over,
// meanings in our words. It answers for codes that have no entry of their own.
export const tableComponent = z
  .object({
    id: entryId,
    name: text(80),
    // The guides that fit errors of this component, safest first.
    fixes: z.array(entryId).default([]),
  })
  .strict();

export const tableCode = z
  .object({
    code: errorCode,
    name: text(100),
    component: entryId,
    meaning: text(400),
    // The Win32 error number inside a 0x8007xxxx code, as people meet it ("System error 1060").
    win32: z.number().int().min(0).max(0xffff).optional(),
  })
  .strict();

const extendPart = z.object({ value: z.string().regex(/^[0-9A-F]{1,2}$/), name: text(80), meaning: text(300).optional() });

export const codeTable = z
  .object({
    id: entryId,
    title: text(200),
    sources: z.array(source).min(1, 'cite at least one source'),
    // The day the table was last read against its sources.
    read: z.iso.date({ message: 'must be a date written YYYY-MM-DD' }),
    components: z.array(tableComponent).min(1),
    codes: z.array(tableCode).min(1),
    // Setup's extend codes (0x4000D): phase digit and operation, as Microsoft documents them.
    extend_codes: z
      .object({
        how_to_read: text(500),
        note: text(300).optional(),
        phases: z.array(extendPart.strict()),
        operations: z.array(extendPart.strict()),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CodeTable = z.infer<typeof codeTable>;
export type TableCode = z.infer<typeof tableCode>;
export type TableComponent = z.infer<typeof tableComponent>;

/** A regular expression kept as data: it must compile (any case). */
const pattern = z.string().refine((p) => {
  try {
    new RegExp(p, 'i');
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

// The catalogue of what is not Windows Update (knowledge/scope/): products that update themselves,
// Windows activation, devices; each with where to look instead. Scope is data, not word lists in code.
export const otherProduct = z
  .object({
    id: entryId,
    name: text(80),
    match: z.array(text(60)),
    codes: z
      .array(z.string().regex(/^0x[0-9A-F]{1,8}$/, 'must be a hex prefix like "0xC004F"'))
      .optional(),
    unless: z.array(text(60)).optional(),
    // Named lists of `unless` phrases from the catalogue's phrase_sets, for the words several products
    // share (updating Windows, said many ways), kept in one place.
    unless_sets: z.array(entryId).optional(),
    // Regular expressions (case-insensitive) that name it when no phrase of any product does: a
    // program's own version number ("3.5.3 -> 3.5.4", "v0.59.0"). Tried only in a question with no
    // error code and nothing of ours named.
    patterns: z.array(pattern).optional(),
    // It stays the subject even when the question also names Windows Update or a part of it ("my
    // keyboard stopped working after Windows Update"): only `unless` keeps such a question with us.
    subject_even_when_ours_named: z.boolean().optional(),
    // ...and its `patterns` even beside an error code of ours: for a program's own updater said to fail in the same
    // clause ("edge://settings/help throws 0x80070005", "the app's own updater fails with 1603"), where the code is
    // that updater's. Its `match` phrases are read as any product's.
    subject_even_beside_codes: z.boolean().optional(),
    // A post that starts with its name ("NinjaOne's feature update policy fails with exit code 1", "Lansweeper flags
    // our ESU PCs as unsupported") is about it: its report, agent, policy or worklet, whatever Windows updating it
    // speaks of, and something of ours named too; unless a code of ours is there, or its `unless` (with its `unless_sets`).
    subject_when_named_first: z.boolean().optional(),
    // A question in a Windows administrator's words (scope-words.yaml's windows_admin: BitLocker,
    // WinRE, Group Policy) is about a Windows PC, whatever else it mentions ("...except my phone").
    unless_windows_admin: z.boolean().optional(),
    // A question asking to take the update off or hold it back (scope-words.yaml's
    // take_update_off_patterns: "how do I uninstall that KB", "should I pause updates") is about the update.
    unless_taking_update_off: z.boolean().optional(),
    // A question saying the PC restarted for its updates (scope-words.yaml's restart_for_updates_patterns: "my
    // laptop restarted to install updates in the middle of a Zoom call") is about that restart.
    unless_restarting_for_updates: z.boolean().optional(),
    // Meanings (scope-words.yaml's meaning_patterns, by their `meaning`) that keep a question with us when they read it
    // ("windows update history": "which Windows updates went on last night? Chrome crashes since"): what is asked is
    // ours, whatever the product that gave the reason.
    unless_meant: z.array(text(80)).optional(),
    // Its `patterns` are read only in what is left of a question whose Windows updating is said only in passing
    // (scope-words.yaml's in_passing_patterns: "stopped working after the latest Windows update"), where that
    // left part names nothing of ours, no KB or code of ours, nothing of the PC itself, and takes no update off.
    only_beside_in_passing: z.boolean().optional(),
    // A tool that acts on Windows Update itself (a tweak script, an update blocker): a long post titled with it is as
    // often about what it left of Windows Update as about the tool, so its title alone does not make the tool the
    // subject (Engine.ask's title reading).
    acts_on_windows_update: z.boolean().optional(),
    where: text(400),
    see: z.array(entryId).optional(),
  })
  .strict()
  .refine((p) => p.match.length > 0 || (p.patterns?.length ?? 0) > 0, {
    message: 'give at least one phrase in match (or a pattern)',
    path: ['match'],
  });

export const productCatalogue = z
  .object({
    id: entryId,
    reviewed: z.iso.date({ message: 'must be a date written YYYY-MM-DD' }),
    sources: z.array(source).min(1, 'cite at least one source'),
    phrase_sets: z.record(entryId, z.array(text(60)).min(1)).optional(),
    products: z.array(otherProduct).min(1),
  })
  .strict();

export type OtherProduct = z.infer<typeof otherProduct>;
export type ProductCatalogue = z.infer<typeof productCatalogue>;

// The field's words (knowledge/vocabulary/): each group's first phrase is what the knowledge says,
// the others what people type for it ("wu" = Windows Update, "hangs" ~ "stuck", "Treiber" = driver).
export const synonymList = z
  .object({
    id: entryId,
    reviewed: z.iso.date({ message: 'must be a date written YYYY-MM-DD' }),
    groups: z.array(z.array(text(60)).min(2, 'a group needs the word and at least one other way to say it')).min(1),
  })
  .strict();

export type SynonymList = z.infer<typeof synonymList>;

// The words that tell whether a question is about Windows Update at all, and what the asker wants
// (knowledge/vocabulary/scope-words.yaml): the scope reads them, the ranking leans by them.
export const scopeWords = z
  .object({
    id: entryId,
    reviewed: z.iso.date({ message: 'must be a date written YYYY-MM-DD' }),
    windows: z.array(text(40)).min(1),
    // Other ways of writing a phrase, as its letters ("W11", "win 10"): written as the first before the question is read.
    spellings: z
      .array(z.array(text(40)).min(2, 'a spelling group needs the phrase and at least one other way to write it'))
      .default([]),
    machine: z.array(text(40)).default([]),
    edition: z.array(text(40)).default([]),
    windows_admin: z.array(text(40)).default([]),
    windows_admin_phrases: z.array(text(60)).default([]),
    windows_admin_patterns: z.array(pattern).default([]),
    updating_itself: z.array(text(40)).min(1),
    updating: z.array(text(40)).default([]),
    updating_patterns: z.array(pattern).default([]),
    kb_patterns: z.array(pattern).default([]),
    ours_patterns: z.array(pattern).default([]),
    in_passing_patterns: z.array(pattern).default([]),
    satisfied_patterns: z.array(pattern).default([]),
    environment_patterns: z.array(pattern).default([]),
    environment_subject_patterns: z.array(pattern).default([]),
    tried_patterns: z.array(pattern).default([]),
    // What a question asks that is nothing but repairs of ours tried to no effect ("Tried sfc, DISM and the
    // troubleshooter, nothing worked."): the name of what comes next.
    tried_only_means: text(80).optional(),
    sign_off_patterns: z.array(pattern).default([]),
    boilerplate_patterns: z.array(pattern).default([]),
    core_words: z.array(text(40)).default([]),
    windows_itself_patterns: z.array(pattern).default([]),
    take_update_off_patterns: z.array(pattern).default([]),
    restart_for_updates_patterns: z.array(pattern).default([]),
    issue_report_patterns: z.array(pattern).default([]),
    // A meaning said in words a synonym cannot list, as the words around a version ("keep our fleet on 24H2"):
    // a question that matches one of the patterns, and none of `unless`, is read as also saying the meaning.
    meaning_patterns: z
      .array(
        z.object({ meaning: text(80), patterns: z.array(pattern).min(1), unless: z.array(pattern).default([]) }).strict(),
      )
      .default([]),
    ours_codes: z.array(z.string().regex(/^0x[0-9A-F]{1,8}$/, 'must be a hex prefix like "0x8024"')).default([]),
    every_program_codes: z
      .array(z.string().regex(/^0x[0-9A-F]{1,8}$/, 'must be a hex prefix like "0x8007"'))
      .default([]),
    generic_before_service: z.array(text(40)).default([]),
    generic_processes: z.array(z.string().regex(/^[a-z0-9]+\.exe$/, 'must be a lower-case file name like "setup.exe"')).default([]),
    action: z.array(text(40)).default([]),
    explain: z.array(text(40)).default([]),
    trouble: z.array(text(40)).default([]),
    asks_leave_patterns: z.array(pattern).default([]),
    other_language_words: z.array(text(40)).default([]),
  })
  .strict();

export type ScopeWords = z.infer<typeof scopeWords>;
