// The Helpful / Not helpful buttons under an answer, fitted within Discord's limits (5 rows of 5
// buttons): a row of their own when there is room, else at the end of a button row with room for two.
import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import type { View } from './view.ts';
import { encodeFeedback } from './feedback-id.ts';

export const HELPFUL_LABEL = 'Helpful';
export const NOT_HELPFUL_LABEL = 'Not helpful';

const MAX_ROWS = 5;
const MAX_PER_ROW = 5;

export function feedbackButtons(entry: string, ref: string | null): APIButtonComponent[] {
  return [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: encodeFeedback({ type: 'vote', helpful: true, entry, ref }),
      label: HELPFUL_LABEL,
      emoji: { name: '👍' },
    },
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: encodeFeedback({ type: 'vote', helpful: false, entry, ref }),
      label: NOT_HELPFUL_LABEL,
      emoji: { name: '👎' },
    },
  ];
}

/** The view with feedback buttons for the answer `entry`, asked by interaction `ref`; unchanged if there is no room. */
export function withFeedback(view: View, entry: string | null | undefined, ref: string | undefined): View {
  if (!entry || !ref) return view;
  const buttons = feedbackButtons(entry, ref);
  if (view.components.length < MAX_ROWS)
    return { ...view, components: [...view.components, { type: ComponentType.ActionRow, components: buttons }] };
  const rows = [...view.components];
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    const onlyButtons = r.components.every((c) => c.type === ComponentType.Button);
    if (onlyButtons && r.components.length + buttons.length <= MAX_PER_ROW) {
      rows[i] = { ...r, components: [...r.components, ...buttons] };
      return { ...view, components: rows };
    }
  }
  return view;
}
