// Sends an engine answer as the reply to a command, with the right privacy and mention.
import type { ChatInputCommandInteraction, MessageContextMenuCommandInteraction, RepliableInteraction } from 'discord.js';
import type { Answer } from '../engine/answer.ts';
import { buildReply } from './reply.ts';
import { answerView } from './view.ts';

export interface AnswerTarget {
  private: boolean;
  /** The member being helped, pinged in a public answer. */
  mention?: string;
  content?: string;
}

/** Declines are always private: they help the asker and would only be noise in the channel. */
export async function replyWithAnswer(interaction: RepliableInteraction, answer: Answer, target: AnswerTarget): Promise<void> {
  const ephemeral = target.private || answer.status === 'decline';
  const view = answerView(answer, { ephemeral });
  await interaction.reply(buildReply({ ...view, ephemeral, mention: ephemeral ? undefined : target.mention, content: ephemeral ? undefined : target.content }));
}

export async function replyPrivately(interaction: RepliableInteraction, text: string): Promise<void> {
  await interaction.reply(buildReply({ embeds: [{ description: text, color: 0x737373 }], ephemeral: true }));
}

/** The shared options of every /wu subcommand. */
export function targetOf(interaction: ChatInputCommandInteraction): AnswerTarget {
  return { private: interaction.options.getBoolean('private') ?? false, mention: interaction.options.getUser('user')?.id };
}

export type { MessageContextMenuCommandInteraction };
