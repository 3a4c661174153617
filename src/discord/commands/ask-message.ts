// "Ask WU Helper" on a message: answers that message's text (error codes in it are recognised).
// In public it points at the message and mentions its author, who is the person being helped.
// Shares the per-user rate limit with /wu ask.
import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { attachmentText, isTextAttachment } from '../attachments.ts';
import { replyPrivately, replyRateLimited, replyWithAnswer, type Handled } from '../respond.ts';

export const ASK_MESSAGE_NAME = 'Ask WU Helper';

export const askMessageDefinition = new ContextMenuCommandBuilder()
  .setName(ASK_MESSAGE_NAME)
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel);

export async function askMessage(ctx: BotContext, interaction: MessageContextMenuCommandInteraction): Promise<Handled> {
  const message = interaction.targetMessage;
  const own = [message.content, ...message.embeds.map((e) => `${e.title ?? ''} ${e.description ?? ''}`)]
    .join('\n')
    .trim();
  const hasFile = message.attachments.some((a) => isTextAttachment(a));
  if (!own && !hasFile)
    return replyPrivately(interaction, 'That message has no text I can read. Copy the error into /wu ask instead.');
  // After that check, so a right-click on a picture costs no question.
  const wait = ctx.rateLimit.take(interaction.user.id);
  if (wait > 0) return replyRateLimited(interaction, wait);
  // The message's own words first (the question), then any attached paste or log (codes are read from all).
  const text = [own, hasFile ? await attachmentText(message.attachments, ctx.config.DISCORD_API_URL) : '']
    .join('\n')
    .trim();
  if (!text)
    return replyPrivately(
      interaction,
      'I could not read the attached file in time. Paste the error into /wu ask instead.',
    );
  const link = interaction.guildId
    ? `https://discord.com/channels/${interaction.guildId}/${message.channelId}/${message.id}`
    : undefined;
  return replyWithAnswer(interaction, ctx.engine().ask(text), {
    private: false,
    mention: message.author.bot ? undefined : message.author.id,
    content: link ? `about [this message](${link})` : undefined,
  });
}
