// /wu-stats: the report, short and private, for this server. A top-level command so Discord hides
// it from members without Manage Server (default_member_permissions); the handler checks again,
// since a server can grant it to others under Integrations.
import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type APIEmbedField,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import type { Handled } from '../respond.ts';
import { buildReply } from '../reply.ts';
import { buildReport, type Report } from '../../insight/report.ts';
import { clamp } from '../../render/embed.ts';

export const STATS_COMMAND = 'wu-stats';

export const statsDefinition = new SlashCommandBuilder()
  .setName(STATS_COMMAND)
  .setDescription('What people asked WU Helper here and what failed them (Manage Server)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addIntegerOption((o) =>
    o.setName('days').setDescription('How many days back (default 30)').setMinValue(1).setMaxValue(400),
  );

const DAY_MS = 86_400_000;
const quote = (s: string) => `“${clamp(s.replace(/\s+/g, ' '), 80)}”`;
const pct = (n: number, of: number) => (of > 0 ? `${Math.round((100 * n) / of)}%` : '—');

function field(name: string, lines: string[]): APIEmbedField | undefined {
  return lines.length ? { name, value: clamp(lines.join('\n'), 1024) } : undefined;
}

export function statsEmbedFields(r: Report): APIEmbedField[] {
  return [
    field(
      'Most often declined or unsure',
      r.troubles
        .slice(0, 3)
        .map(
          (g) =>
            `• ${g.count}× ${quote(g.examples[0] ?? '')}${g.nearest[0] ? ` — nearest: ${g.nearest[0].title}` : ''}`,
        ),
    ),
    field(
      'Worst helpful ratio',
      r.worst.slice(0, 3).map((v) => `• ${v.title}: ${v.helpful} 👍 ${v.notHelpful} 👎`),
    ),
    field(
      'Not helpful, in their words',
      r.notHelpful.flatMap((g) => g.comments.slice(0, 1).map((c) => `• ${g.title}: ${quote(c)}`)).slice(0, 3),
    ),
    field(
      'Most used',
      r.used.slice(0, 5).map((u) => `• ${u.title} (${u.count})`),
    ),
    field(
      'Declines that look like Windows Update',
      r.inScopeDeclines.slice(0, 3).map((g) => `• ${g.count}× ${quote(g.examples[0] ?? '')}`),
    ),
    field(
      'Per day',
      [
        r.days
          .slice(-7)
          .map((d) => `${d.day.slice(5)}: ${d.interactions}`)
          .join(' · '),
      ].filter(Boolean),
    ),
  ].filter((f): f is APIEmbedField => f !== undefined);
}

export async function stats(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<Handled> {
  const say = (description: string) =>
    interaction.reply(buildReply({ embeds: [{ description, color: 0x737373 }], ephemeral: true }));
  const guild = interaction.guildId;
  if (!guild) {
    await say('/wu-stats is about one server: use it in a server.');
    return 'stats';
  }
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    await say('Only members with **Manage Server** can see these figures.');
    return 'stats';
  }
  if (!ctx.insight) {
    await say('Insight is turned off on this bot (INSIGHT=off): nothing is kept, so there are no figures.');
    return 'stats';
  }
  const days = interaction.options.getInteger('days') ?? 30;
  const since = Date.now() - days * DAY_MS;
  // Reading the store may take longer than Discord's 3 s for a first reply.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let report: Report;
  try {
    report = buildReport(await ctx.insight.summary({ since, guild }), ctx.engine(), { since, guild, top: 5 });
  } catch (err) {
    ctx.log.error({ err: { message: (err as Error).message }, guild }, 'insight: could not read the stats');
    await interaction.editReply({
      content: 'I could not read the figures just now: the insight store is unavailable.',
    });
    return 'stats';
  }
  const t = report.totals;
  const payload = buildReply({
    embeds: [
      {
        title: `WU Helper here, the last ${days} day${days === 1 ? '' : 's'}`,
        description:
          `${t.interactions} interactions from ${t.users} people: ${pct(t.answers, t.interactions)} answered, ` +
          `${t.unsure} unsure, ${t.declines} declined. Votes: ${t.helpful} 👍 ${t.notHelpful} 👎.` +
          (t.interactions === 0 ? '\nNothing yet.' : ''),
        fields: statsEmbedFields(report),
        color: 0x0078d4,
        footer: { text: 'Only you see this. The full report: npm run report -- --guild ' + guild },
      },
    ],
  });
  await interaction.editReply({ embeds: payload.embeds, allowedMentions: payload.allowedMentions });
  return 'stats';
}
