// /wu fix problem: a step-by-step fix guide. Autocomplete over the fix guides.
import { FIX_KINDS } from '../../commands.ts';
import { suggestEntries } from '../autocomplete.ts';
import { lookupSubcommand } from './lookup.ts';

export const fix = lookupSubcommand({
  name: 'fix',
  description: 'Step-by-step fix for a Windows Update problem',
  option: {
    name: 'problem',
    description: 'The problem or the fix, e.g. reset components, stuck at 0%',
  },
  autocomplete: (ctx, interaction) => suggestEntries(ctx, interaction, FIX_KINDS),
});
