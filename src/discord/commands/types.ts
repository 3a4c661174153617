// The shape of a /wu subcommand module: its definition and its handlers, side by side.
import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import type { BotContext } from '../context.ts';
import type { Handled } from '../respond.ts';

export interface SubcommandModule {
  name: string;
  description: string;
  /** false: without the user/private options every other subcommand has (/wu privacy always answers privately). */
  sharedOptions?: boolean;
  /** Adds this subcommand's own options; the shared user/private options are added by the registry. */
  options(sub: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder;
  execute(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<Handled>;
  autocomplete?(ctx: BotContext, interaction: AutocompleteInteraction): Promise<void>;
}
