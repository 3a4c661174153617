// /wu error code: what an error code means, in any spelling people paste.
import type { SubcommandModule } from './types.ts';
import { runSubcommand } from '../../commands.ts';
import { replyWithAnswer, targetOf } from '../respond.ts';
import { clamp } from '../../render/embed.ts';

export const error: SubcommandModule = {
  name: 'error',
  description: 'What a Windows Update error code means and what to do',
  options: (sub) =>
    sub.addStringOption((o) =>
      o
        .setName('code')
        .setDescription('The code as you see it, e.g. 0x80070422 or 80070422')
        .setRequired(true)
        .setMaxLength(200)
        .setAutocomplete(true),
    ),
  execute: async (ctx, interaction) => {
    return replyWithAnswer(
      interaction,
      runSubcommand(ctx.engine(), 'error', interaction.options.getString('code', true)),
      targetOf(interaction),
    );
  },
  autocomplete: async (ctx, interaction) => {
    const typed = String(interaction.options.getFocused() ?? '').slice(0, 100);
    await interaction.respond(
      ctx
        .engine()
        .suggestCodes(typed)
        .map((s) => ({ name: clamp(s.label, 100), value: s.code })),
    );
  },
};
