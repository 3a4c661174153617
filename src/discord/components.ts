// Buttons and select menus. Everything needed is in the custom_id; a stale or forged id, or an
// entry that no longer exists after a knowledge update, gets a friendly private message.
import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { BotContext } from './context.ts';
import { decode } from './custom-id.ts';
import { buildReply, buildUpdate } from './reply.ts';
import { replyPrivately, type Handled } from './respond.ts';
import { answerView, cardView, detailsView, fixView, solvedView, stillBrokenView, topicsView } from './view.ts';
import { KINDS, type Kind } from '../knowledge/schema.ts';
import { feedbackRefOf } from './insight-hook.ts';

const STALE =
  'That button is from an older answer I can no longer follow. Ask again with /wu and you will get a fresh one.';

export async function handleComponent(
  ctx: BotContext,
  interaction: ButtonInteraction | StringSelectMenuInteraction,
): Promise<Handled> {
  const action = decode(interaction.customId);
  if (!action) return replyPrivately(interaction, STALE);
  const engine = ctx.engine();
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const opts = { ephemeral, feedback: feedbackRefOf(interaction) };

  switch (action.type) {
    case 'page': {
      const entry = engine.kb.get(action.id);
      const card = engine.open(action.id)?.card;
      if (!card || entry?.kind !== 'fix') return replyPrivately(interaction, STALE);
      if (action.step !== 'all' && action.step >= card.steps.length) return replyPrivately(interaction, STALE);
      await interaction.update(buildUpdate(fixView(card, action.step, { ...opts, back: action.back })));
      return action.id;
    }
    case 'details': {
      const answer = engine.open(action.id);
      if (!answer) return replyPrivately(interaction, STALE);
      await interaction.update(buildUpdate(detailsView(answer.card, { ...opts, back: action.back })));
      return action.id;
    }
    case 'code': {
      const answer = engine.error(action.code);
      if (answer.status !== 'answer') return replyPrivately(interaction, STALE);
      await interaction.update(buildUpdate(answerView(answer, opts)));
      return answer.entry?.id ?? action.code;
    }
    case 'related': {
      const value = interaction.isStringSelectMenu() ? (interaction.values[0] ?? '') : '';
      const answer = engine.open(value);
      if (!answer) return replyPrivately(interaction, STALE);
      await interaction.update(buildUpdate(answerView(answer, { ...opts, back: action.from })));
      return value;
    }
    case 'solved': {
      const entry = engine.kb.get(action.id);
      if (entry?.kind !== 'fix') return replyPrivately(interaction, STALE);
      const view = action.solved ? solvedView(entry.title) : stillBrokenView(engine, entry.id, opts);
      await interaction.update(buildUpdate(view));
      return entry.id;
    }
    case 'open': {
      const answer = engine.open(action.id);
      if (!answer) return replyPrivately(interaction, STALE);
      await interaction.update(buildUpdate(answerView(answer, { ...opts, back: action.back })));
      return action.id;
    }
    case 'share': {
      const answer = action.code ? engine.error(action.code) : engine.open(action.id);
      if (!answer || answer.status !== 'answer') return replyPrivately(interaction, STALE);
      const view = cardView(answer.card, { ...opts, ephemeral: false }, action.code);
      // Shared by the person who asked; a mention that pings no one (allowed_mentions parse: []).
      await interaction.reply(buildReply({ ...view, content: `Shared by <@${interaction.user.id}>` }));
      return action.id;
    }
    case 'topics': {
      if (interaction.isStringSelectMenu()) {
        const value = interaction.values[0] ?? '';
        if (!action.kind) {
          if (!KINDS.includes(value as Kind)) return replyPrivately(interaction, STALE);
          await interaction.update(buildUpdate(topicsView(engine, value as Kind, 0)));
          return 'topics';
        }
        const answer = engine.open(value);
        if (!answer) return replyPrivately(interaction, STALE);
        await interaction.update(buildUpdate(answerView(answer, opts)));
        return value;
      }
      await interaction.update(buildUpdate(topicsView(engine, action.kind, action.page)));
      return 'topics';
    }
  }
}
