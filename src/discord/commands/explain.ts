// /wu explain topic: what a service or concept is. Autocomplete over services and concepts.
import type { SubcommandModule } from './types.ts';
import { EXPLAIN_KINDS, runSubcommand } from '../../commands.ts';
import { replyWithAnswer, targetOf } from '../respond.ts';
import { suggestEntries } from '../autocomplete.ts';

export const explain: SubcommandModule = {
  name: 'explain',
  description: 'What a Windows Update service or idea is (try: orchestrator)',
  options: (sub) =>
    sub.addStringOption((o) =>
      o
        .setName('topic')
        .setDescription('A service, process or idea, e.g. orchestrator, wuauserv, TiWorker.exe')
        .setRequired(true)
        .setMaxLength(200)
        .setAutocomplete(true),
    ),
  execute: async (ctx, interaction) => {
    return replyWithAnswer(
      interaction,
      runSubcommand(ctx.engine(), 'explain', interaction.options.getString('topic', true)),
      targetOf(interaction),
    );
  },
  autocomplete: (ctx, interaction) => suggestEntries(ctx, interaction, EXPLAIN_KINDS),
};
