// A long post's title: what it says first, on a line of its own or before its template's first heading.
// Trackers and forums put the subject there ("Tailscale fails to start after KB5021233"); the story
// under it tells of everything around.

/** Where a title ends: a line break, or an issue template's heading, bold label or checkbox. */
const TITLE_END = /\r?\n|\s#{2,5}\s|\s\*\*\w|\s-\s\[[ x]\]/i;
/** Shorter than this is a greeting or a label ("Hi,", "Bug:"); longer is a paragraph, not a title. */
const MIN_TITLE = 10;
const MAX_TITLE = 160;

/** A greeting on a line of its own ("Hello everyone,", "Hi all!"): the title, if any, is on the next line. */
const GREETING_LINE = /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))\b[^\n]{0,30}?[,.!]?[ \t]*\r?\n/i;

export function titleOf(post: string): string | undefined {
  const text = post.trimStart().replace(GREETING_LINE, '').trimStart();
  const end = TITLE_END.exec(text);
  if (!end) return undefined;
  const title = text.slice(0, end.index).trim();
  // A first line that ends as a lead-in does ("been like this since the weekend:", "Process
  // Explorer capture:") opens a paste or the story that follows: it is no title.
  if (/[:;,]$/.test(title)) return undefined;
  return title.length >= MIN_TITLE && title.length <= MAX_TITLE ? title : undefined;
}
