// /wu explain topic: what a service or concept is. Autocomplete over services and concepts.
import { EXPLAIN_KINDS } from '../../commands.ts';
import { suggestEntries } from '../autocomplete.ts';
import { lookupSubcommand } from './lookup.ts';

export const explain = lookupSubcommand({
  name: 'explain',
  description: 'What a Windows Update service or idea is (try: orchestrator)',
  option: {
    name: 'topic',
    description: 'A service, process or idea, e.g. orchestrator, wuauserv, TiWorker.exe',
  },
  autocomplete: (ctx, interaction) => suggestEntries(ctx, interaction, EXPLAIN_KINDS),
});
