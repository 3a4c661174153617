// The part of Discord's markdown that embeds render, as safe HTML: code blocks (with their language),
// inline code, bold, italic, underline, strikethrough, backslash escapes and bare links. The rules follow
// Discord's (simple-markdown's), so the preview shows what Discord does to the text, surprises included:
// a backslash before punctuation vanishes, "*x*" turns italic. Every character of the input is escaped.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, safe to put anywhere in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

// Discord's code block: an optional language on the opening line, then the code.
const CODE_BLOCK = /```(?:([a-z0-9_+\-.#]+?)\n)?\n*([^\n][\s\S]*?)\n*```/gi;

interface InlineRule {
  re: RegExp;
  html: (m: RegExpExecArray) => string;
}

const URL_RE = /https?:\/\/[^\s<]+[^<.,:;"')\]\s]/y;

// Tried in order at each position; sticky (y) so that \b and look-behinds see the text before.
const INLINE: InlineRule[] = [
  { re: /\\([^0-9A-Za-z\s])/y, html: (m) => escapeHtml(m[1]!) },
  { re: /(`+)([\s\S]*?[^`])\1(?!`)/y, html: (m) => `<code>${escapeHtml(m[2]!.trim())}</code>` },
  { re: URL_RE, html: (m) => `<a href="${escapeHtml(m[0])}" rel="noreferrer noopener">${escapeHtml(m[0])}</a>` },
  { re: /\*\*([\s\S]+?)\*\*(?!\*)/y, html: (m) => `<strong>${inline(m[1]!)}</strong>` },
  { re: /__([\s\S]+?)__(?!_)/y, html: (m) => `<u>${inline(m[1]!)}</u>` },
  {
    re: /\b_((?:__|\\[\s\S]|[^\\_])+?)_\b|\*(?=\S)((?:\*\*|\\[\s\S]|\s+(?:\\[\s\S]|[^\s*\\]|\*\*)|[^\s*\\])+?)\*(?!\*)/y,
    html: (m) => `<em>${inline(m[1] ?? m[2]!)}</em>`,
  },
  { re: /~~([\s\S]+?)~~/y, html: (m) => `<s>${inline(m[1]!)}</s>` },
  { re: /\|\|([\s\S]+?)\|\|/y, html: (m) => `<span class="spoiler">${inline(m[1]!)}</span>` },
];

// Characters that can start a rule; anything else is plain text.
const SPECIAL = /[\\`*_~|h]/;

function inline(text: string): string {
  let out = '';
  let plain = '';
  let i = 0;
  outer: while (i < text.length) {
    if (SPECIAL.test(text[i]!)) {
      for (const rule of INLINE) {
        rule.re.lastIndex = i;
        const m = rule.re.exec(text);
        if (m && m[0].length > 0) {
          out += escapeHtml(plain) + rule.html(m);
          plain = '';
          i += m[0].length;
          continue outer;
        }
      }
    }
    plain += text[i];
    i += 1;
  }
  return out + escapeHtml(plain);
}

/** Embed text (title, description, field) as Discord shows it, as HTML. */
export function markdownHtml(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(CODE_BLOCK)) {
    // A code block is a block of its own: the line breaks around it are not extra lines.
    out += inline(text.slice(last, m.index).replace(/\n$/, ''));
    const lang = m[1] ? ` data-lang="${escapeHtml(m[1])}"` : '';
    out += `<pre class="code-block"${lang}><code>${escapeHtml(m[2]!)}</code></pre>`;
    last = m.index + m[0].length;
    if (text[last] === '\n') last += 1;
  }
  return out + inline(text.slice(last));
}
