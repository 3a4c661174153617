// /wu error code: what an error code means, in any spelling people paste.
import type { SubcommandModule } from './types.ts';
import { runSubcommand } from '../../commands.ts';
import { replyWithAnswer, targetOf } from '../respond.ts';

export const error: SubcommandModule = {
  name: 'error',
  description: 'What a Windows Update error code means and what to do',
  options: (sub) => sub.addStringOption((o) => o.setName('code').setDescription('The code as you see it, e.g. 0x80070422 or 80070422').setRequired(true).setMaxLength(200)),
  execute: async (ctx, interaction) => {
    return replyWithAnswer(interaction, runSubcommand(ctx.engine(), 'error', interaction.options.getString('code', true)), targetOf(interaction));
  },
};
