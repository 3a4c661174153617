// /wu ask question: any question in the user's own words. Subject to the per-user cooldown.
import type { SubcommandModule } from './types.ts';
import { replyPrivately, replyWithAnswer, targetOf } from '../respond.ts';

export const ask: SubcommandModule = {
  name: 'ask',
  description: 'Ask about Windows Update in your own words',
  options: (sub) =>
    sub.addStringOption((o) =>
      o
        .setName('question')
        .setDescription('Your question, or paste the error message')
        .setRequired(true)
        .setMaxLength(2000),
    ),
  execute: async (ctx, interaction) => {
    const wait = ctx.cooldown.take(interaction.user.id);
    if (wait > 0)
      return replyPrivately(interaction, `You're asking faster than I can keep up with: try again in ${wait} s.`);
    return replyWithAnswer(
      interaction,
      ctx.engine().ask(interaction.options.getString('question', true)),
      targetOf(interaction),
    );
  },
};
