// Helpful / Not helpful under an answer, and the optional "What were you looking for?" box that
// Not helpful opens. One vote per user per answer (the message, and the entry it shows): a second
// click changes the vote. The thanks are private, so a public answer does not change for anyone.
import {
  ComponentType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
  type ButtonInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { BotContext } from './context.ts';
import { decodeFeedback, encodeFeedback } from './feedback-id.ts';
import { replyPrivately, type Handled } from './respond.ts';
import { refInMessage } from './insight-hook.ts';
import { MAX_COMMENT_CHARS } from '../insight/recorder.ts';

/** The modal's one text input. */
export const WANTED_INPUT = 'wanted';

const STALE = 'That button is from an answer I can no longer follow. Thanks all the same.';

export function notHelpfulModal(
  entry: string,
  ref: string | null,
  retentionDays: number,
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeFeedback({ type: 'comment', entry, ref }),
    title: 'Not helpful: tell us more',
    components: [
      {
        type: ComponentType.Label,
        label: 'What were you looking for?',
        description: `Optional. Kept for ${retentionDays} days to improve the answers; see /wu privacy.`,
        component: {
          type: ComponentType.TextInput,
          custom_id: WANTED_INPUT,
          style: TextInputStyle.Paragraph,
          max_length: MAX_COMMENT_CHARS,
          required: false,
          placeholder: 'e.g. the error still shows after the reset, or: how do I pause updates on Windows 11 Home',
        },
      },
    ],
  };
}

function wanted(interaction: ModalSubmitInteraction): string {
  try {
    return interaction.fields.getTextInputValue(WANTED_INPUT) ?? '';
  } catch {
    return '';
  }
}

export async function handleFeedback(
  ctx: BotContext,
  interaction: ButtonInteraction | ModalSubmitInteraction,
): Promise<Handled> {
  const action = decodeFeedback(interaction.customId);
  // A forged id, or an entry a knowledge update removed: no vote for what is not there.
  if (!action || !ctx.engine().kb.get(action.entry)) return replyPrivately(interaction, STALE);
  const insight = ctx.insight;
  if (!insight) return replyPrivately(interaction, 'Thanks. This bot is not collecting feedback at the moment.');
  const message = interaction.message;
  if (!message) return replyPrivately(interaction, 'Thanks for telling us.');
  const vote = {
    message: message.id,
    entry: action.entry,
    userId: interaction.user.id,
    guild: interaction.guildId ?? null,
    ref: action.ref ?? refInMessage(message) ?? null,
  };

  if (action.type === 'vote' && interaction.isButton()) {
    insight.recordVote({ ...vote, helpful: action.helpful, source: 'button' });
    if (action.helpful) return replyPrivately(interaction, 'Thanks! Glad it helped.');
    // With text off for the server, nothing typed would be kept: no box to fill in.
    if (!insight.keepsText(vote.guild))
      return replyPrivately(interaction, 'Thanks for telling us. Try /wu ask with other words, or /wu topics.');
    await interaction.showModal(notHelpfulModal(action.entry, vote.ref, ctx.config.INSIGHT_RETENTION_DAYS));
    return undefined;
  }
  if (action.type === 'comment' && interaction.isModalSubmit()) {
    const text = wanted(interaction);
    insight.recordComment(vote, text);
    return replyPrivately(
      interaction,
      text.trim()
        ? 'Thanks, that helps us improve the answers. Meanwhile, /wu ask with other words or /wu topics may find it.'
        : 'Thanks for telling us. Try /wu ask with other words, or /wu topics.',
    );
  }
  return replyPrivately(interaction, STALE);
}
