// Button and select state lives in the custom_id, versioned and parsed, so a click works after a
// restart and on any process. A stale or forged id parses to null and gets a friendly message.
// "back" is where the Back button returns: an entry id, or an error code (its answer is rebuilt).
import { entryId as entryIdSchema } from '../knowledge/schema.ts';
import { KINDS, type Kind } from '../knowledge/schema.ts';

export const ID_VERSION = 'wu1';
const MAX_ID = 100;

export type Back = string | undefined;

export type Action =
  /** Show a fix guide: the overview, or one step (0-based). */
  | { type: 'page'; id: string; step: number | 'all'; back?: string }
  /** "Did this fix it?" answered. */
  | { type: 'solved'; id: string; solved: boolean }
  /** Open an entry: "Did you mean", the next fix, a related topic, Back. */
  | { type: 'open'; id: string; back?: string }
  /** The whole entry: what the first screen left out. */
  | { type: 'details'; id: string; back?: string }
  /** The answer for an error code (Back to a code answer). */
  | { type: 'code'; code: string }
  /** The "Open a related topic" menu of the entry (or code answer) shown; the value is the entry. */
  | { type: 'related'; from: string }
  /** Post a public copy of a private answer. */
  | { type: 'share'; id: string; code?: string }
  /** The topics browser: pick a kind, or a page of a kind's entries. */
  | { type: 'topics'; kind?: Kind; page: number };

const isEntryId = (s: string | undefined): s is string => s !== undefined && entryIdSchema.safeParse(s).success;
const CODE = /^0x[0-9A-F]{8}$/;
const isBack = (s: string | undefined): boolean => s === undefined || isEntryId(s) || CODE.test(s);
const withBack = (parts: (string | number)[], back: string | undefined) => (back ? [...parts, back] : parts);

export function encode(a: Action): string {
  let parts: (string | number)[] = [ID_VERSION];
  switch (a.type) {
    case 'page':
      parts = withBack([...parts, 'p', a.id, a.step], a.back);
      break;
    case 'solved':
      parts.push(a.solved ? 'y' : 'n', a.id);
      break;
    case 'open':
      parts = withBack([...parts, 'o', a.id], a.back);
      break;
    case 'details':
      parts = withBack([...parts, 'd', a.id], a.back);
      break;
    case 'code':
      parts.push('c', a.code);
      break;
    case 'related':
      parts.push('r', a.from);
      break;
    case 'share':
      parts.push('s', a.id, ...(a.code ? [a.code] : []));
      break;
    case 'topics':
      parts.push('t', a.kind ?? '', a.page);
      break;
  }
  const id = parts.join(':');
  // A long pair of ids would pass Discord's limit: the Back target is dropped first.
  if (id.length > MAX_ID && 'back' in a && a.back) return encode({ ...a, back: undefined });
  return id;
}

export function decode(customId: string): Action | null {
  if (typeof customId !== 'string' || customId.length > MAX_ID) return null;
  const [version, tag, a, b, c, ...rest] = customId.split(':');
  if (version !== ID_VERSION || rest.length > 0 || tag === undefined) return null;
  switch (tag) {
    case 'p': {
      if (!isEntryId(a) || !isBack(c)) return null;
      const back = c ? { back: c } : {};
      if (b === 'all') return { type: 'page', id: a, step: 'all', ...back };
      if (b !== undefined && /^\d{1,2}$/.test(b)) return { type: 'page', id: a, step: Number(b), ...back };
      return null;
    }
    case 'y':
    case 'n':
      return isEntryId(a) && b === undefined ? { type: 'solved', id: a, solved: tag === 'y' } : null;
    case 'o':
    case 'd':
      if (!isEntryId(a) || c !== undefined || !isBack(b)) return null;
      return { type: tag === 'o' ? 'open' : 'details', id: a, ...(b ? { back: b } : {}) };
    case 'c':
      return a !== undefined && CODE.test(a) && b === undefined ? { type: 'code', code: a } : null;
    case 'r':
      return a !== undefined && (isEntryId(a) || CODE.test(a)) && b === undefined ? { type: 'related', from: a } : null;
    case 's':
      if (!isEntryId(a) || c !== undefined) return null;
      if (b === undefined) return { type: 'share', id: a };
      return CODE.test(b) ? { type: 'share', id: a, code: b } : null;
    case 't': {
      if (b === undefined || c !== undefined || !/^\d{1,2}$/.test(b)) return null;
      if (a === '') return { type: 'topics', page: Number(b) };
      return KINDS.includes(a as Kind) ? { type: 'topics', kind: a as Kind, page: Number(b) } : null;
    }
    default:
      return null;
  }
}
