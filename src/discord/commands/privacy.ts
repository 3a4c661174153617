// /wu privacy: what WU Helper keeps (a private reply), and for members with Manage Server,
// text:on|off for this server. Turning text off also deletes the question text already kept here.
import { PermissionFlagsBits } from 'discord.js';
import type { SubcommandModule } from './types.ts';
import { buildReply } from '../reply.ts';
import { whatIsKept } from '../../insight/policy.ts';

const say = (description: string, title = 'What WU Helper keeps') =>
  buildReply({ embeds: [{ title, description: description.slice(0, 4096), color: 0x0078d4 }], ephemeral: true });

export const privacy: SubcommandModule = {
  name: 'privacy',
  description: 'What WU Helper keeps of what you ask, and (Manage Server) whether it keeps question text here',
  sharedOptions: false,
  options: (sub) =>
    sub.addStringOption((o) =>
      o
        .setName('text')
        .setDescription('Manage Server only: keep the text of declined, unsure and Not helpful questions here')
        .addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
    ),
  execute: async (ctx, interaction) => {
    const insight = ctx.insight;
    if (!insight) {
      await interaction.reply(
        say('Nothing: insight is turned off on this bot (INSIGHT=off), so nothing you ask is kept.'),
      );
      return 'privacy';
    }
    const guild = interaction.guildId;
    const wanted = interaction.options.getString('text');
    if (wanted) {
      if (!guild) {
        await interaction.reply(say('Question text is set per server: use this in a server.', 'Not here'));
        return 'privacy';
      }
      if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
        await interaction.reply(
          say('Only members with **Manage Server** can change what is kept here.', 'Not allowed'),
        );
        return 'privacy';
      }
      try {
        await insight.setKeepText(guild, wanted === 'on');
      } catch (err) {
        ctx.log.error({ err: { message: (err as Error).message }, guild }, 'insight: could not change text keeping');
        await interaction.reply(
          say('I could not save that just now: the insight store is unavailable. Try again in a minute.', 'Not saved'),
        );
        return 'privacy';
      }
    }
    const lines = whatIsKept(ctx.config.INSIGHT_RETENTION_DAYS).map((l) => `• ${l}`);
    if (guild) {
      const on = insight.keepsText(guild);
      lines.push(
        '',
        `On this server, question text is **${on ? 'kept' : 'not kept'}**${wanted ? ' (just changed)' : ''}. ` +
          `Members with Manage Server can change it with \`/wu privacy text:${on ? 'off' : 'on'}\`` +
          (on ? ' (which also deletes the text already kept here).' : '.'),
      );
    }
    await interaction.reply(say(lines.join('\n')));
    return 'privacy';
  },
};
