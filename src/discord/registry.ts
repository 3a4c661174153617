// The one list of commands: the deploy script registers these definitions and the bot dispatches
// to these handlers, so the two can never drift apart.
import {
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './context.ts';
import type { SubcommandModule } from './commands/types.ts';
import type { Handled } from './respond.ts';
import { explain } from './commands/explain.ts';
import { fix } from './commands/fix.ts';
import { error } from './commands/error.ts';
import { ask } from './commands/ask.ts';
import { topics } from './commands/topics.ts';
import { ASK_MESSAGE_NAME, askMessage, askMessageDefinition } from './commands/ask-message.ts';
import { privacy } from './commands/privacy.ts';
import { STATS_COMMAND, stats, statsDefinition } from './commands/stats.ts';

export const ROOT_COMMAND = 'wu';

export const SUBCOMMAND_MODULES: readonly SubcommandModule[] = [explain, fix, error, ask, topics, privacy];

export function wuDefinition(): SlashCommandBuilder {
  const root = new SlashCommandBuilder()
    .setName(ROOT_COMMAND)
    .setDescription('Windows Update help: services, error codes and fixes');
  for (const m of SUBCOMMAND_MODULES) {
    root.addSubcommand((sub) => {
      const own = m.options(sub.setName(m.name).setDescription(m.description));
      if (m.sharedOptions === false) return own;
      return own
        .addUserOption((o) => o.setName('user').setDescription('Mention the person you are helping'))
        .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'));
    });
  }
  return root;
}

/** Every command, as registered with Discord. */
export function commandDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [wuDefinition().toJSON(), askMessageDefinition.toJSON(), statsDefinition.toJSON()];
}

function subcommandOf(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
): SubcommandModule | undefined {
  if (interaction.commandName !== ROOT_COMMAND) return undefined;
  const name = interaction.options.getSubcommand(false);
  return SUBCOMMAND_MODULES.find((m) => m.name === name);
}

export const registry = {
  chatInput(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<Handled> | undefined {
    if (interaction.commandName === STATS_COMMAND) return stats(ctx, interaction);
    return subcommandOf(interaction)?.execute(ctx, interaction);
  },
  async autocomplete(ctx: BotContext, interaction: AutocompleteInteraction): Promise<boolean> {
    const m = subcommandOf(interaction);
    if (!m?.autocomplete) return false;
    await m.autocomplete(ctx, interaction);
    return true;
  },
  messageContextMenu: { name: ASK_MESSAGE_NAME, handler: askMessage },
};
