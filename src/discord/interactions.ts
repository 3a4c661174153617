// Every interaction comes through here: dispatch by type, one log line each, and an error boundary
// that gives the user a short private apology with a reference id while the process keeps serving.
import { randomUUID } from 'node:crypto';
import { DiscordAPIError, MessageFlags, type Interaction } from 'discord.js';
import type { BotContext } from './context.ts';
import { registry } from './registry.ts';
import { handleComponent } from './components.ts';
import { buildReply } from './reply.ts';
import { replyPrivately, type Handled } from './respond.ts';
import { handleFeedback } from './feedback.ts';
import { isFeedbackId } from './feedback-id.ts';
import { beginInsight, recordInteraction } from './insight-hook.ts';

function describe(interaction: Interaction): Record<string, unknown> {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    return {
      kind: interaction.isAutocomplete() ? 'autocomplete' : 'command',
      command: `${interaction.commandName} ${interaction.options.getSubcommand(false) ?? ''}`.trim(),
    };
  }
  if (interaction.isMessageContextMenuCommand()) return { kind: 'context-menu', command: interaction.commandName };
  if (interaction.isMessageComponent()) return { kind: 'component', customId: interaction.customId };
  if (interaction.isModalSubmit()) return { kind: 'modal', customId: interaction.customId };
  return { kind: `type-${interaction.type}` };
}

const OPTION_ERRORS = new Set([
  'CommandInteractionOptionType',
  'CommandInteractionOptionNotFound',
  'CommandInteractionOptionEmpty',
  'CommandInteractionOptionNoSubcommand',
]);

async function dispatch(ctx: BotContext, interaction: Interaction): Promise<Handled> {
  if (interaction.isAutocomplete()) {
    if (!(await registry.autocomplete(ctx, interaction))) await interaction.respond([]);
    return undefined;
  }
  if (interaction.isChatInputCommand()) {
    const run = registry.chatInput(ctx, interaction);
    return run
      ? await run
      : replyPrivately(interaction, "I don't know that command. Try /wu ask, or /wu topics to see what I know.");
  }
  if (interaction.isMessageContextMenuCommand()) {
    if (interaction.commandName === registry.messageContextMenu.name)
      return registry.messageContextMenu.handler(ctx, interaction);
    return replyPrivately(interaction, "I don't know that command.");
  }
  if ((interaction.isButton() || interaction.isModalSubmit()) && isFeedbackId(interaction.customId))
    return handleFeedback(ctx, interaction);
  if (interaction.isButton() || interaction.isStringSelectMenu()) return handleComponent(ctx, interaction);
  if (interaction.isRepliable()) return replyPrivately(interaction, "I can't handle that kind of interaction yet.");
  return undefined;
}

async function apologise(interaction: Interaction, ref: string): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const payload = buildReply({
    embeds: [
      {
        description: `Sorry, something went wrong on my side. If it keeps happening, tell the bot's admins this reference: \`${ref}\`.`,
        color: 0x737373,
      },
    ],
    ephemeral: true,
  });
  if (interaction.replied || interaction.deferred)
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply(payload);
}

export async function handleInteraction(ctx: BotContext, interaction: Interaction): Promise<void> {
  const started = performance.now();
  const about = describe(interaction);
  beginInsight(ctx, interaction);
  try {
    const entry = await dispatch(ctx, interaction);
    const ms = Number((performance.now() - started).toFixed(2));
    ctx.log.info({ ...about, entry, user: interaction.user.id, ms }, 'interaction');
    // After the reply has gone out: queued, written later, never in the way of an answer.
    recordInteraction(ctx, interaction, entry, ms);
  } catch (err) {
    // A retried callback that Discord had already applied: the user saw the reply (40060).
    // An interaction that expired before we answered cannot be answered at all (10062).
    if (err instanceof DiscordAPIError && (err.code === 40060 || err.code === 10062)) {
      ctx.log.warn(
        { ...about, code: err.code },
        err.code === 40060 ? 'reply was already delivered' : 'interaction expired before the reply',
      );
      return;
    }
    // Options that do not match the command's definition (a stale registration, a forged payload).
    if (err instanceof Error && 'code' in err && OPTION_ERRORS.has(String(err.code))) {
      ctx.log.warn({ ...about, code: String(err.code) }, 'interaction had options that do not match the command');
      if (interaction.isRepliable() && !interaction.replied) {
        await replyPrivately(
          interaction,
          "That command arrived with options I can't read: Discord may still be updating it. Try again in a minute, or use /wu ask.",
        ).catch(() => {});
      }
      return;
    }
    const ref = randomUUID().slice(0, 8);
    ctx.log.error({ ...about, ref, err }, 'interaction failed');
    recordInteraction(ctx, interaction, undefined, performance.now() - started, true);
    try {
      await apologise(interaction, ref);
    } catch (again) {
      ctx.log.warn({ ref, err: again }, 'could not send the apology');
    }
  }
}
