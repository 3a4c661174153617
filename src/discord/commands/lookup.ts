// The subcommands that look one thing up by name (/wu explain, /wu fix, /wu error): one required,
// autocompleted text option whose value goes to runSubcommand, as the console's does. They differ
// only in their words and in what autocomplete offers, so that is all each of them states.
import type { AutocompleteInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import type { SubcommandModule } from './types.ts';
import { runSubcommand } from '../../commands.ts';
import { replyWithAnswer, targetOf } from '../respond.ts';

export interface LookupSubcommand {
  name: 'explain' | 'fix' | 'error';
  description: string;
  /** The text option: what the user types. */
  option: { name: string; description: string };
  autocomplete: (ctx: BotContext, interaction: AutocompleteInteraction) => Promise<void>;
}

export function lookupSubcommand(spec: LookupSubcommand): SubcommandModule {
  return {
    name: spec.name,
    description: spec.description,
    options: (sub) =>
      sub.addStringOption((o) =>
        o
          .setName(spec.option.name)
          .setDescription(spec.option.description)
          .setRequired(true)
          .setMaxLength(200)
          .setAutocomplete(true),
      ),
    execute: async (ctx, interaction) => {
      return replyWithAnswer(
        interaction,
        runSubcommand(ctx.engine(), spec.name, interaction.options.getString(spec.option.name, true)),
        targetOf(interaction),
      );
    },
    autocomplete: spec.autocomplete,
  };
}
