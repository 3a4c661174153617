// A command line quoted in a question (`patchctl install --all --exclude KB5034441`) says which
// program the question is about. A program the knowledge never mentions is another program's, and
// a code told beside its command line may be that program's, not Windows Update's.

/** Inline code, as Discord and issue trackers write it. */
const SPAN = /`([^`\n]{3,200})`/g;
/** A program as typed at a prompt: lower case, a word, maybe with its extension. */
const PROGRAM = /^[a-z][a-z0-9_.-]*$/;
/** An option (-x, --all, /scannow): what makes a quoted span a command line, not a quoted message. */
const OPTION = /^(?:--?|\/)[a-z]/i;

/** The programs of the command lines quoted in a text, without their extensions. */
export function quotedPrograms(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(SPAN)) {
    const [first, ...rest] = m[1]!.trim().split(/\s+/);
    if (!first || !PROGRAM.test(first) || !rest.some((t) => OPTION.test(t))) continue;
    found.push(first.replace(/\.(?:exe|cmd|bat|ps1|vbs)$/, ''));
  }
  return found;
}
