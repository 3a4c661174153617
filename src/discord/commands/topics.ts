// /wu topics: browse what the bot knows, by kind, with select menus.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord.js';
import type { Engine } from '../../engine/answer.ts';
import { KINDS, type Kind } from '../../knowledge/schema.ts';
import { clamp } from '../../render/embed.ts';
import { encode } from '../custom-id.ts';
import { buildReply } from '../reply.ts';
import type { View } from '../view.ts';
import type { SubcommandModule } from './types.ts';

const KIND_LABEL: Record<Kind, string> = {
  service: 'Services',
  fix: 'Fix guides',
  error: 'Error codes',
  concept: 'Background',
};
const PAGE = 25;

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export function topicsView(engine: Engine, kind?: Kind, page = 0): View {
  if (!kind) {
    const counts = engine.kb.countsByKind();
    return {
      embeds: [
        {
          title: 'What I know about Windows Update',
          description:
            KINDS.map((k) => `**${KIND_LABEL[k]}**: ${counts[k]}`).join('\n') + '\n\nPick a kind to see its entries.',
          color: 0x0078d4,
        },
      ],
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.StringSelect,
              custom_id: encode({ type: 'topics', page: 0 }),
              placeholder: 'Choose a kind',
              options: KINDS.map((k) => ({ label: `${KIND_LABEL[k]} (${counts[k]})`, value: k })),
            },
          ],
        },
      ],
    };
  }
  const all = engine.kb.ofKind(kind);
  const pages = Math.max(1, Math.ceil(all.length / PAGE));
  const p = Math.min(Math.max(page, 0), pages - 1);
  const slice = all.slice(p * PAGE, (p + 1) * PAGE);
  const rows: Row[] = [];
  if (slice.length) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: encode({ type: 'topics', kind, page: p }),
          placeholder: 'Open an entry',
          options: slice.map((e) => ({ label: clamp(e.title, 100), value: e.id })),
        },
      ],
    });
  }
  const nav = [];
  if (p > 0)
    nav.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: `${encode({ type: 'topics', kind, page: p - 1 })}`,
      label: 'Previous page',
    });
  if (p < pages - 1)
    nav.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: `${encode({ type: 'topics', kind, page: p + 1 })}`,
      label: 'Next page',
    });
  nav.push({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: encode({ type: 'topics', page: 1 }),
    label: 'All kinds',
  });
  rows.push({ type: ComponentType.ActionRow, components: nav } as Row);
  return {
    embeds: [
      {
        title: `${KIND_LABEL[kind]} (${all.length})${pages > 1 ? ` — page ${p + 1} of ${pages}` : ''}`,
        description: clamp(slice.map((e) => `• ${e.title}`).join('\n'), 4096),
        color: 0x0078d4,
      },
    ],
    components: rows,
  };
}

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
