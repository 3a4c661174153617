// /wu fix problem: a step-by-step fix guide. Autocomplete over the fix guides.
import type { SubcommandModule } from './types.ts';
import { FIX_KINDS, runSubcommand } from '../../commands.ts';
import { replyWithAnswer, targetOf } from '../respond.ts';
import { suggestEntries } from '../autocomplete.ts';

export const fix: SubcommandModule = {
  name: 'fix',
  description: 'Step-by-step fix for a Windows Update problem',
  options: (sub) =>
    sub.addStringOption((o) =>
      o
        .setName('problem')
        .setDescription('The problem or the fix, e.g. reset components, stuck at 0%')
        .setRequired(true)
        .setMaxLength(200)
        .setAutocomplete(true),
    ),
  execute: async (ctx, interaction) => {
    return replyWithAnswer(
      interaction,
      runSubcommand(ctx.engine(), 'fix', interaction.options.getString('problem', true)),
      targetOf(interaction),
    );
  },
  autocomplete: (ctx, interaction) => suggestEntries(ctx, interaction, FIX_KINDS),
};
