// Reads the codes off a copy of one of Microsoft's code pages (its Markdown source, or "code NAME"
// lines) and compares them with a code table: what the next person runs when the page changes.
import type { CodeTable } from './schema.ts';

export interface PageCode {
  code: string;
  name: string;
}

// A code followed, in the same row, by its symbolic name: "| 0x80240001 | `WU_E_NO_SERVICE` | ..." or
// "0x80240001 WU_E_NO_SERVICE".
const ROW = /\b0[xX]([0-9A-Fa-f]{8})\b[\s|`*]+([A-Z][A-Z0-9_]{3,})\b/;

export function codesOnPage(text: string): PageCode[] {
  const out: PageCode[] = [];
  for (const line of text.split('\n')) {
    if (line.trimStart().startsWith('#')) continue;
    const m = ROW.exec(line);
    if (m) out.push({ code: `0x${m[1]!.toUpperCase()}`, name: m[2]! });
  }
  return out;
}

export interface CodeDiff {
  /** On the page, not in the table. */
  added: PageCode[];
  /** In the table, no longer on the page. */
  removed: PageCode[];
  /** On both, with another name. */
  renamed: { code: string; page: string; table: string }[];
}

export function diffCodes(page: readonly PageCode[], table: CodeTable): CodeDiff {
  const inTable = new Map(table.codes.map((c) => [c.code, c.name]));
  const onPage = new Map(page.map((c) => [c.code, c.name]));
  return {
    added: [...onPage].filter(([code]) => !inTable.has(code)).map(([code, name]) => ({ code, name })),
    removed: [...inTable].filter(([code]) => !onPage.has(code)).map(([code, name]) => ({ code, name })),
    renamed: [...onPage]
      .filter(([code, name]) => inTable.has(code) && inTable.get(code) !== name)
      .map(([code, name]) => ({ code, page: name, table: inTable.get(code)! })),
  };
}
