// /wu topics: browse what the bot knows, by kind, with select menus (the view is in ../view.ts,
// where the buttons and menus that page through it find it too).
import { buildReply } from '../reply.ts';
import { topicsView } from '../view.ts';
import type { SubcommandModule } from './types.ts';

export const topics: SubcommandModule = {
  name: 'topics',
  description: 'Browse everything WU Helper knows, by kind',
  options: (sub) => sub,
  execute: async (ctx, interaction) => {
    const view = topicsView(ctx.engine());
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    await interaction.reply(
      buildReply({
        ...view,
        ephemeral: isPrivate,
        mention: isPrivate ? undefined : interaction.options.getUser('user')?.id,
      }),
    );
    return 'topics';
  },
};
