// Autocomplete choices from the engine's one search function; within Discord's limits.
import type { AutocompleteInteraction } from 'discord.js';
import type { Kind } from '../knowledge/schema.ts';
import type { BotContext } from './context.ts';
import { clamp } from '../render/embed.ts';

export async function suggestEntries(
  ctx: BotContext,
  interaction: AutocompleteInteraction,
  kinds: readonly Kind[],
): Promise<void> {
  const focused = String(interaction.options.getFocused() ?? '');
  const choices = ctx
    .engine()
    .suggest(focused, kinds, 25)
    .map((e) => ({ name: clamp(e.title, 100), value: e.id }));
  await interaction.respond(choices);
}
