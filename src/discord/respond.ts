// Sends an engine answer as the reply to a command, with the right privacy and mention.
import type {
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RepliableInteraction,
} from 'discord.js';
import type { Answer } from '../engine/answer.ts';
import { buildReply } from './reply.ts';
import { answerView } from './view.ts';
import { rateLimitNotice } from './rate-limit.ts';
import { feedbackRefOf, noteAnswer } from './insight-hook.ts';

/** What a handler answered with: an entry id (or "decline", "rate-limited"), for the log; undefined for notices. */
export type Handled = string | undefined;

export interface AnswerTarget {
  private: boolean;
  /** The member being helped, pinged in a public answer. */
  mention?: string;
  content?: string;
}

/** Declines are always private: they help the asker and would only be noise in the channel. */
/** Resolves with the entry answered, for the interaction's log line. */
export async function replyWithAnswer(
  interaction: RepliableInteraction,
  answer: Answer,
  target: AnswerTarget,
): Promise<Handled> {
  const ephemeral = target.private || answer.status === 'decline';
  noteAnswer(interaction, answer);
  const view = answerView(answer, { ephemeral, feedback: feedbackRefOf(interaction) });
  await interaction.reply(
    buildReply({
      ...view,
      ephemeral,
      mention: ephemeral ? undefined : target.mention,
      content: ephemeral ? undefined : target.content,
    }),
  );
  return answer.entry?.id ?? answer.status;
}

export async function replyPrivately(interaction: RepliableInteraction, text: string): Promise<Handled> {
  await interaction.reply(buildReply({ embeds: [{ description: text, color: 0x737373 }], ephemeral: true }));
  return undefined;
}

/** The private notice when the question rate limit applies; logged as "rate-limited" so operators can see it bite. */
export async function replyRateLimited(interaction: RepliableInteraction, waitMs: number): Promise<Handled> {
  await replyPrivately(interaction, rateLimitNotice(waitMs));
  return 'rate-limited';
}

/** The shared options of every /wu subcommand. */
export function targetOf(interaction: ChatInputCommandInteraction): AnswerTarget {
  return {
    private: interaction.options.getBoolean('private') ?? false,
    mention: interaction.options.getUser('user')?.id,
  };
}

export type { MessageContextMenuCommandInteraction };
