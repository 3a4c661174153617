// Discord's message payloads (APIEmbed and message components, as the bot sends them) as HTML in
// Discord's dark theme. This renders payload objects only: the content comes from src/discord/view.ts,
// so the preview cannot drift from what the bot sends. Every string from a payload is escaped.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APISelectMenuComponent,
} from 'discord.js';
import { escapeHtml, markdownHtml } from './markdown.ts';

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One message as the bot sends it. */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: Row[];
}

/** Where a component leads within the page (an anchor), from its custom_id and, for a menu, an option's value. */
export type Linker = (customId: string, value?: string) => string | undefined;

const e = escapeHtml;

/** Text rendered as markdown, with the payload's own string kept in data-raw (what Discord counts). */
function md(cls: string, text: string, tag = 'div'): string {
  return `<${tag} class="${cls}" data-raw="${e(text)}">${markdownHtml(text)}</${tag}>`;
}

const hex = (colour: number) => `#${(colour & 0xffffff).toString(16).padStart(6, '0')}`;

/** Discord lays inline fields up to three a row; the others take the whole row. */
function fieldColumns(fields: readonly APIEmbedField[]): string[] {
  const cols: string[] = [];
  let i = 0;
  while (i < fields.length) {
    if (!fields[i]!.inline) {
      cols.push('1 / 13');
      i += 1;
      continue;
    }
    let run = 0;
    while (i + run < fields.length && fields[i + run]!.inline && run < 3) run += 1;
    const width = 12 / run;
    for (let k = 0; k < run; k++) cols.push(`${1 + k * width} / ${1 + (k + 1) * width}`);
    i += run;
  }
  return cols;
}

export function embedHtml(embed: APIEmbed): string {
  const parts: string[] = [];
  if (embed.author?.name)
    parts.push(`<div class="embed-author" data-raw="${e(embed.author.name)}">${e(embed.author.name)}</div>`);
  if (embed.title) {
    const title = md('embed-title', embed.title);
    parts.push(
      embed.url && /^https?:\/\//.test(embed.url)
        ? `<a class="embed-title-link" href="${e(embed.url)}" rel="noreferrer noopener">${title}</a>`
        : title,
    );
  }
  if (embed.description) parts.push(md('embed-description', embed.description));
  if (embed.fields?.length) {
    const cols = fieldColumns(embed.fields);
    parts.push(
      `<div class="embed-fields">${embed.fields
        .map(
          (f, i) =>
            `<div class="embed-field${f.inline ? ' inline' : ''}" style="grid-column: ${cols[i]}">${md('embed-field-name', f.name)}${md('embed-field-value', f.value)}</div>`,
        )
        .join('')}</div>`,
    );
  }
  if (embed.footer?.text || embed.timestamp) {
    // Discord shows the footer as plain text: no markdown.
    const text = embed.footer?.text
      ? `<span class="embed-footer-text" data-raw="${e(embed.footer.text)}">${e(embed.footer.text)}</span>`
      : '';
    const time = embed.timestamp ? `<span class="embed-timestamp">${e(embed.timestamp)}</span>` : '';
    parts.push(`<div class="embed-footer">${text}${text && time ? ' • ' : ''}${time}</div>`);
  }
  const colour = embed.color === undefined ? '#1e1f22' : hex(embed.color);
  return `<article class="embed" style="border-left-color: ${colour}" data-color="${colour}">${parts.join('')}</article>`;
}

const STYLE_CLASS: Record<ButtonStyle, string> = {
  [ButtonStyle.Primary]: 'primary',
  [ButtonStyle.Secondary]: 'secondary',
  [ButtonStyle.Success]: 'success',
  [ButtonStyle.Danger]: 'danger',
  [ButtonStyle.Link]: 'link',
  [ButtonStyle.Premium]: 'premium',
};

const EXTERNAL_ICON =
  '<svg class="external" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M15 2a1 1 0 0 0 0 2h3.59l-8.3 8.3a1 1 0 1 0 1.42 1.4L20 5.42V9a1 1 0 1 0 2 0V3a1 1 0 0 0-1-1h-6Z"/><path fill="currentColor" d="M5 5a1 1 0 0 0-1 1v13a1 1 0 0 0 1 1h13a1 1 0 0 0 1-1v-6a1 1 0 1 1 2 0v6a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3h6a1 1 0 1 1 0 2H5Z"/></svg>';
const CHEVRON =
  '<svg class="chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M5.3 9.3a1 1 0 0 1 1.4 0l5.3 5.29 5.3-5.3a1 1 0 1 1 1.4 1.42l-6 6a1 1 0 0 1-1.4 0l-6-6a1 1 0 0 1 0-1.42Z"/></svg>';

function buttonHtml(b: APIButtonComponent, link?: Linker): string {
  const style = STYLE_CLASS[b.style] ?? 'secondary';
  const label =
    'label' in b && b.label ? `<span class="button-label" data-raw="${e(b.label)}">${e(b.label)}</span>` : '';
  const emoji = 'emoji' in b && b.emoji?.name ? `<span class="button-emoji">${e(b.emoji.name)}</span>` : '';
  const disabled = b.disabled ? ' disabled' : '';
  if (b.style === ButtonStyle.Link) {
    const href = /^https?:\/\//.test(b.url) ? ` href="${e(b.url)}"` : '';
    return `<a class="button ${style}${disabled}"${href} title="${e(b.url)}" rel="noreferrer noopener">${emoji}${label}${EXTERNAL_ICON}</a>`;
  }
  if (b.style === ButtonStyle.Premium)
    return `<span class="button ${style}${disabled}" data-sku="${e(b.sku_id)}">SKU ${e(b.sku_id)}</span>`;
  const target = !b.disabled ? link?.(b.custom_id) : undefined;
  const attrs = `class="button ${style}${disabled}" data-custom-id="${e(b.custom_id)}" title="custom_id: ${e(b.custom_id)}"`;
  return target ? `<a ${attrs} href="${e(target)}">${emoji}${label}</a>` : `<span ${attrs}>${emoji}${label}</span>`;
}

function selectHtml(s: APISelectMenuComponent, link?: Linker): string {
  const placeholder = s.placeholder ?? 'Make a selection';
  const options =
    s.type === ComponentType.StringSelect
      ? `<ul class="select-options">${s.options
          .map((o) => {
            const target = link?.(s.custom_id, o.value);
            const label = `<span class="option-label" data-raw="${e(o.label)}">${e(o.label)}</span>`;
            const description = o.description
              ? `<span class="option-description" data-raw="${e(o.description)}">${e(o.description)}</span>`
              : '';
            const emoji = o.emoji?.name ? `<span class="option-emoji">${e(o.emoji.name)}</span>` : '';
            const body = `${emoji}<span class="option-text">${label}${description}</span>`;
            return `<li class="select-option" data-value="${e(o.value)}">${target ? `<a href="${e(target)}">${body}</a>` : body}</li>`;
          })
          .join('')}</ul>`
      : `<div class="select-kind">${e(ComponentType[s.type] ?? 'Select')}</div>`;
  return (
    `<div class="select${s.disabled ? ' disabled' : ''}" data-custom-id="${e(s.custom_id)}" title="custom_id: ${e(s.custom_id)}">` +
    `<div class="select-box"><span class="select-placeholder" data-raw="${e(placeholder)}">${e(placeholder)}</span>${CHEVRON}</div>` +
    `${options}</div>`
  );
}

export function componentsHtml(rows: readonly Row[], link?: Linker): string {
  if (!rows.length) return '';
  const html = rows.map((r) => {
    const inner = r.components
      .map((c) => (c.type === ComponentType.Button ? buttonHtml(c, link) : selectHtml(c, link)))
      .join('');
    return `<div class="action-row">${inner}</div>`;
  });
  return `<div class="components">${html.join('')}</div>`;
}

const EPHEMERAL_NOTE =
  '<div class="ephemeral-note"><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M12 5C5.65 5 2 12 2 12s3.65 7 10 7 10-7 10-7-3.65-7-10-7Zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8Zm0-2a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z"/></svg>Only you can see this • <span class="dismiss">Dismiss message</span></div>';

/** One bot message: the bot's name, the text, the embeds, the components; a private one says so. */
export function messageHtml(m: MessagePayload, opts: { ephemeral?: boolean; link?: Linker } = {}): string {
  const content = m.content ? md('message-content', m.content) : '';
  return (
    `<div class="message${opts.ephemeral ? ' ephemeral' : ''}">` +
    `<div class="avatar" aria-hidden="true">WU</div>` +
    `<div class="message-body"><div class="message-header"><span class="username">WU Helper</span><span class="app-badge">APP</span></div>` +
    `${content}${m.embeds.map(embedHtml).join('')}${componentsHtml(m.components, opts.link)}` +
    `${opts.ephemeral ? EPHEMERAL_NOTE : ''}</div></div>`
  );
}

/** One screen of an answer: the message, and what it is (the first screen, a step, the details). */
export interface Screen {
  /** Anchor of this screen in the page. */
  anchor: string;
  /** What a person calls it: "First screen", "Step 2 of 5", "Details". */
  caption: string;
  /** The view call that built it, for whoever maintains the views. */
  call: string;
  /** A short name for tests and styles: "first", "step", "details". */
  kind: string;
  message: MessagePayload;
  ephemeral: boolean;
}

/** One entry (or one question) in the page: every screen, and the plain text beside them. */
export interface Section {
  anchor: string;
  entryId: string | null;
  kind: string;
  title: string;
  /** Lines under the title: the id, the question, how it was matched. */
  meta: string[];
  screens: Screen[];
  /** The plain text rendering, as the console and `npm run ask` print it. */
  text: string;
  textCall: string;
}

export interface IndexGroup {
  name: string;
  items: { anchor: string; title: string; id: string }[];
}

function sectionHtml(s: Section, link: Linker | undefined, withIndex: boolean): string {
  const screens = s.screens
    .map(
      (sc) =>
        `<figure class="screen" id="${e(sc.anchor)}" data-screen="${e(sc.kind)}">` +
        `<figcaption><span class="caption">${e(sc.caption)}</span> <code class="call">${e(sc.call)}</code></figcaption>` +
        `${messageHtml(sc.message, { ephemeral: sc.ephemeral, link })}</figure>`,
    )
    .join('');
  const meta = s.meta.map((m) => `<span>${e(m)}</span>`).join('');
  const top = withIndex ? '<a class="to-index" href="#index">↑ index</a>' : '';
  return (
    `<section class="entry" id="${e(s.anchor)}" data-entry-id="${e(s.entryId ?? '')}" data-kind="${e(s.kind)}">` +
    `<header class="entry-head"><h2>${e(s.title)}</h2><div class="meta">${meta}${top}</div></header>` +
    `<div class="entry-body"><div class="screens">${screens}</div>` +
    `<aside class="plain"><h3><span class="caption">Plain text</span> <code class="call">${e(s.textCall)}</code></h3><pre class="plain-text">${e(s.text)}</pre></aside>` +
    `</div></section>`
  );
}

function indexHtml(groups: readonly IndexGroup[]): string {
  return (
    `<nav id="index" class="index">` +
    groups
      .map(
        (g) =>
          `<div class="index-group"><h3>${e(g.name)} <span class="count">${g.items.length}</span></h3><ul>` +
          g.items
            .map((i) => `<li><a href="#${e(i.anchor)}">${e(i.title)}</a> <span class="id">${e(i.id)}</span></li>`)
            .join('') +
          `</ul></div>`,
      )
      .join('') +
    `</nav>`
  );
}

export interface PageOptions {
  title: string;
  /** Under the title: what the page shows and how it was made. */
  subtitle?: string;
  sections: readonly Section[];
  index?: readonly IndexGroup[];
  link?: Linker;
}

/** A whole self-contained page: no script, no request for anything outside it. */
export function pageHtml(p: PageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(p.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="page-head"><h1>${e(p.title)}</h1>${p.subtitle ? `<p>${e(p.subtitle)}</p>` : ''}</header>
${p.index ? indexHtml(p.index) : ''}
<main>
${p.sections.map((s) => sectionHtml(s, p.link, Boolean(p.index))).join('\n')}
</main>
</body>
</html>
`;
}

// Discord's dark theme (colours from the client), sized like the desktop app.
const CSS = `
:root { color-scheme: dark; }
* { box-sizing: border-box; }
body { margin: 0; background: #313338; color: #dbdee1; font: 16px/1.375 "gg sans", "Noto Sans", "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; }
a { color: #00a8fc; text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre { font-family: Consolas, "Andale Mono WT", "Andale Mono", "Lucida Console", "DejaVu Sans Mono", monospace; }
.page-head { padding: 16px 24px; background: #2b2d31; border-bottom: 1px solid #1e1f22; }
.page-head h1 { margin: 0; font-size: 20px; color: #f2f3f5; }
.page-head p { margin: 4px 0 0; color: #b5bac1; font-size: 14px; }
.index { column-width: 300px; column-gap: 24px; padding: 8px 24px 16px; background: #2b2d31; border-bottom: 1px solid #1e1f22; }
.index h3 { break-after: avoid; margin: 8px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .02em; color: #b5bac1; }
.index .count { color: #949ba4; font-weight: 400; }
.index ul { margin: 0; padding: 0; list-style: none; font-size: 13px; line-height: 17px; }
.index li { padding: 1px 0; break-inside: avoid; }
.index .id, .meta span { color: #949ba4; font-size: 12px; }
.entry { padding: 20px 24px 28px; border-top: 1px solid #3f4147; }
.entry-head h2 { margin: 0; font-size: 18px; color: #f2f3f5; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 2px 0 12px; }
.to-index { font-size: 12px; margin-left: auto; }
/* The screens take whole columns of 620px (as many as fit beside the text), the text the rest. */
.entry-body { container-type: inline-size; display: grid; grid-template-columns: auto minmax(360px, 1fr); gap: 24px; align-items: start; }
.screens { display: grid; grid-template-columns: minmax(0, 620px); gap: 16px; align-items: start; }
@container (min-width: 1640px) { .screens { grid-template-columns: repeat(2, 620px); } }
@container (min-width: 2276px) { .screens { grid-template-columns: repeat(3, 620px); } }
.screen { margin: 0; background: #313338; border: 1px solid #3f4147; border-radius: 8px; min-width: 0; }
.screen:target { outline: 2px solid #5865f2; }
.screen figcaption { padding: 6px 12px; border-bottom: 1px solid #3f4147; font-size: 12px; color: #b5bac1; display: flex; gap: 8px; align-items: baseline; }
.screen .caption { font-weight: 700; text-transform: uppercase; letter-spacing: .02em; }
.call { color: #949ba4; font-size: 11px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.message { display: grid; grid-template-columns: 40px minmax(0, 1fr); gap: 0 16px; padding: 8px 16px 12px; }
.message.ephemeral { background: rgba(88, 101, 242, .06); }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #0078d4; color: #fff; display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: 14px; margin-top: 2px; }
.message-header { display: flex; align-items: center; gap: 4px; }
.username { color: #f2f3f5; font-weight: 500; }
.app-badge { background: #5865f2; color: #fff; font-size: 10px; font-weight: 600; line-height: 15px; padding: 0 4px; border-radius: 3px; margin-left: 2px; }
.message-content { white-space: pre-wrap; overflow-wrap: anywhere; }
.embed { max-width: 516px; margin-top: 4px; background: #2b2d31; border-left: 4px solid #1e1f22; border-radius: 4px; padding: 8px 16px 16px 12px; overflow-wrap: anywhere; }
.embed-author { font-size: 14px; font-weight: 600; color: #f2f3f5; margin-top: 8px; }
.embed-title { font-size: 16px; font-weight: 600; color: #f2f3f5; margin-top: 8px; white-space: pre-wrap; }
.embed-title-link .embed-title { color: #00a8fc; }
.embed-description, .embed-field-value { font-size: 14px; line-height: 18px; white-space: pre-wrap; }
.embed-description { margin-top: 8px; }
.embed-fields { display: grid; grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 8px; margin-top: 8px; }
.embed-field { min-width: 0; }
.embed-field-name { font-size: 14px; line-height: 18px; font-weight: 600; color: #f2f3f5; margin-bottom: 2px; white-space: pre-wrap; }
.embed-footer { margin-top: 8px; font-size: 12px; line-height: 16px; font-weight: 500; color: #b5bac1; }
.embed strong { font-weight: 700; }
.embed code, .message-content code { background: #1e1f22; border-radius: 3px; padding: 0 .2em; font-size: 85%; line-height: 1.125rem; white-space: pre-wrap; }
.code-block { position: relative; margin: 6px 0 2px; padding: 7px; background: #1e1f22; border: 1px solid #1e1f22; border-radius: 4px; font-size: 14px; line-height: 18px; white-space: pre-wrap; overflow-wrap: anywhere; color: #dbdee1; }
.code-block code { background: none; padding: 0; font-size: inherit; }
.code-block[data-lang]::before { content: attr(data-lang); float: right; margin: -4px -3px 0 8px; font: 600 10px/16px "gg sans", "Noto Sans", "DejaVu Sans", sans-serif; color: #949ba4; text-transform: uppercase; }
.spoiler { background: #1e1f22; border-radius: 3px; }
.components { display: flex; flex-direction: column; gap: 8px; margin-top: 8px; max-width: 516px; }
.action-row { display: flex; flex-wrap: wrap; gap: 8px; }
.button { display: inline-flex; align-items: center; justify-content: center; gap: 6px; height: 32px; min-width: 60px; padding: 2px 16px; border-radius: 8px; font-size: 14px; font-weight: 500; line-height: 16px; color: #fff; background: #4e5058; white-space: nowrap; cursor: pointer; }
a.button:hover { text-decoration: none; filter: brightness(1.1); }
.button.primary { background: #5865f2; }
.button.secondary, .button.link { background: #4e5058; }
.button.success { background: #248046; }
.button.danger { background: #da373c; }
.button.premium { background: #9b59b6; }
.button.disabled { opacity: .5; cursor: not-allowed; }
.button .external { margin-left: 2px; }
.select { width: 100%; max-width: 400px; }
.select-box { display: flex; align-items: center; justify-content: space-between; min-height: 40px; padding: 8px 8px 8px 12px; background: #1e1f22; border: 1px solid #1e1f22; border-radius: 4px; color: #949ba4; font-size: 14px; font-weight: 500; }
.select-options { list-style: none; margin: 2px 0 0; padding: 4px; background: #2b2d31; border: 1px solid #1e1f22; border-radius: 4px; font-size: 14px; }
.select-option a, .select-option > .option-text, .select-option > .option-emoji { color: #dbdee1; }
.select-option { padding: 6px 8px; border-radius: 4px; }
.select-option:hover { background: #35373c; }
.option-text { display: inline-flex; flex-direction: column; }
.option-description { color: #b5bac1; font-size: 12px; }
.select-kind { color: #949ba4; font-size: 12px; margin-top: 2px; }
.ephemeral-note { display: flex; align-items: center; gap: 4px; margin-top: 6px; font-size: 12px; color: #949ba4; }
.ephemeral-note .dismiss { color: #00a8fc; }
.plain { background: #2b2d31; border: 1px solid #3f4147; border-radius: 8px; }
.plain h3 { margin: 0; padding: 6px 12px; border-bottom: 1px solid #3f4147; font-size: 12px; color: #b5bac1; display: flex; gap: 8px; align-items: baseline; }
.plain h3 .caption { text-transform: uppercase; letter-spacing: .02em; }
.plain-text { margin: 0; padding: 12px; font-size: 13px; line-height: 18px; white-space: pre-wrap; overflow-wrap: anywhere; color: #dbdee1; }
@media (max-width: 1100px) { .entry-body { grid-template-columns: 1fr; } }
`;
