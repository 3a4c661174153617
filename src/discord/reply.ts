// The one way messages are built for Discord: allowed_mentions is always set, so only the person
// being helped can be pinged, and never @everyone, @here or a role, whatever text is echoed.
import {
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type MessageMentionOptions,
} from 'discord.js';

export interface ReplyOptions {
  embeds: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** The one user who may be pinged: the person being helped. */
  mention?: string;
  /** Extra text before the mention-free content, such as "Shared by". */
  content?: string;
  ephemeral?: boolean;
}

export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: MessageMentionOptions;
  flags?: MessageFlags.Ephemeral;
}

const SNOWFLAKE = /^\d{15,22}$/;

export function buildReply(o: ReplyOptions): ReplyPayload {
  const mention = o.mention && SNOWFLAKE.test(o.mention) ? o.mention : undefined;
  const content = [mention ? `<@${mention}>` : '', o.content ?? ''].filter(Boolean).join(' ').slice(0, 2000);
  return {
    ...(content ? { content } : {}),
    embeds: o.embeds,
    components: o.components ?? [],
    allowedMentions: mention ? { users: [mention] } : { parse: [] },
    ...(o.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** For updates of an existing message (buttons): same rule, no flags (ephemerality cannot change). */
export function buildUpdate(o: Omit<ReplyOptions, 'ephemeral'>): Omit<ReplyPayload, 'flags'> {
  const { flags: _flags, ...rest } = buildReply(o);
  return rest;
}
