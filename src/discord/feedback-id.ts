// The custom_ids of the Helpful / Not helpful buttons and of the "What were you looking for?" modal,
// versioned like custom-id.ts's (which they do not share, so the two can change apart):
//
//   fb1:h:<entry>:<ref>   Helpful         fb1:n:<entry>:<ref>   Not helpful
//   fb1:m:<entry>:<ref>   the modal's submit
//
// <entry> is the entry shown (or the code, for a code with no entry of its own) and <ref> the id of
// the interaction that asked, so a vote finds its question. At most 6 + 60 + 1 + 22 = 89 characters.
import { entryId as entryIdSchema } from '../knowledge/schema.ts';

export const FEEDBACK_VERSION = 'fb1';

export type FeedbackAction =
  | { type: 'vote'; helpful: boolean; entry: string; ref: string | null }
  | { type: 'comment'; entry: string; ref: string | null };

const CODE = /^0x[0-9A-F]{8}$/;
const SNOWFLAKE = /^\d{15,22}$/;

export const isFeedbackKey = (s: string | undefined): s is string =>
  s !== undefined && (CODE.test(s) || entryIdSchema.safeParse(s).success);

export function isFeedbackId(customId: string): boolean {
  return typeof customId === 'string' && customId.startsWith(`${FEEDBACK_VERSION}:`);
}

export function encodeFeedback(a: FeedbackAction): string {
  const tag = a.type === 'comment' ? 'm' : a.helpful ? 'h' : 'n';
  return [FEEDBACK_VERSION, tag, a.entry, a.ref ?? ''].join(':');
}

export function decodeFeedback(customId: string): FeedbackAction | null {
  if (typeof customId !== 'string' || customId.length > 100) return null;
  const [version, tag, entry, ref, ...rest] = customId.split(':');
  if (version !== FEEDBACK_VERSION || rest.length > 0 || !isFeedbackKey(entry) || ref === undefined) return null;
  if (ref !== '' && !SNOWFLAKE.test(ref)) return null;
  const r = ref === '' ? null : ref;
  if (tag === 'h' || tag === 'n') return { type: 'vote', helpful: tag === 'h', entry, ref: r };
  if (tag === 'm') return { type: 'comment', entry, ref: r };
  return null;
}
