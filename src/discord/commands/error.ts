// /wu error code: what an error code means, in any spelling people paste.
import { clamp } from '../../render/embed.ts';
import { lookupSubcommand } from './lookup.ts';

export const error = lookupSubcommand({
  name: 'error',
  description: 'What a Windows Update error code means and what to do',
  option: {
    name: 'code',
    description: 'The code as you see it, e.g. 0x80070422 or 80070422',
  },
  autocomplete: async (ctx, interaction) => {
    const typed = String(interaction.options.getFocused() ?? '').slice(0, 100);
    await interaction.respond(
      ctx
        .engine()
        .suggestCodes(typed)
        .map((s) => ({ name: clamp(s.label, 100), value: s.code })),
    );
  },
});
