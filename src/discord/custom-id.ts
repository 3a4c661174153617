// Button and select state lives in the custom_id, versioned and parsed, so a click works after a
// restart and on any process. A stale or forged id parses to null and gets a friendly message.
import { entryId as entryIdSchema } from '../knowledge/schema.ts';
import { KINDS, type Kind } from '../knowledge/schema.ts';

export const ID_VERSION = 'wu1';

export type Action =
  /** Show a fix guide: the overview, or one step (0-based). */
  | { type: 'page'; id: string; step: number | 'all' }
  /** "Did this fix it?" answered. */
  | { type: 'solved'; id: string; solved: boolean }
  /** Open an entry: "Did you mean", the next fix, a topic. */
  | { type: 'open'; id: string }
  /** Post a public copy of a private answer. */
  | { type: 'share'; id: string; code?: string }
  /** The topics browser: pick a kind, or a page of a kind's entries. */
  | { type: 'topics'; kind?: Kind; page: number };

const isEntryId = (s: string | undefined): s is string => s !== undefined && entryIdSchema.safeParse(s).success;

export function encode(a: Action): string {
  const parts: (string | number)[] = [ID_VERSION];
  switch (a.type) {
    case 'page':
      parts.push('p', a.id, a.step);
      break;
    case 'solved':
      parts.push(a.solved ? 'y' : 'n', a.id);
      break;
    case 'open':
      parts.push('o', a.id);
      break;
    case 'share':
      parts.push('s', a.id, ...(a.code ? [a.code] : []));
      break;
    case 'topics':
      parts.push('t', a.kind ?? '', a.page);
      break;
  }
  return parts.join(':');
}

export function decode(customId: string): Action | null {
  if (typeof customId !== 'string' || customId.length > 100) return null;
  const [version, tag, a, b, ...rest] = customId.split(':');
  if (version !== ID_VERSION || rest.length > 0 || tag === undefined) return null;
  switch (tag) {
    case 'p':
      if (!isEntryId(a)) return null;
      if (b === 'all') return { type: 'page', id: a, step: 'all' };
      if (b !== undefined && /^\d{1,2}$/.test(b)) return { type: 'page', id: a, step: Number(b) };
      return null;
    case 'y':
    case 'n':
      return isEntryId(a) && b === undefined ? { type: 'solved', id: a, solved: tag === 'y' } : null;
    case 'o':
      return isEntryId(a) && b === undefined ? { type: 'open', id: a } : null;
    case 's':
      if (!isEntryId(a)) return null;
      if (b === undefined) return { type: 'share', id: a };
      return /^0x[0-9A-F]{8}$/.test(b) ? { type: 'share', id: a, code: b } : null;
    case 't': {
      if (b === undefined || !/^\d{1,2}$/.test(b)) return null;
      if (a === '') return { type: 'topics', page: Number(b) };
      return KINDS.includes(a as Kind) ? { type: 'topics', kind: a as Kind, page: Number(b) } : null;
    }
    default:
      return null;
  }
}
