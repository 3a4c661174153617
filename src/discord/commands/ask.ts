// /wu ask question: any question in the user's own words. Subject to the per-user rate limit,
// which it shares with the message menu.
import type { SubcommandModule } from './types.ts';
import { replyRateLimited, replyWithAnswer, targetOf } from '../respond.ts';

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
    const wait = ctx.rateLimit.take(interaction.user.id);
    if (wait > 0) return replyRateLimited(interaction, wait);
    return replyWithAnswer(
      interaction,
      ctx.engine().ask(interaction.options.getString('question', true)),
      targetOf(interaction),
    );
  },
};
