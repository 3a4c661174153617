// The discord.js Client options both ways of serving share (gateway.ts, http.ts).
//
// Caches: discord.js keeps every user and member it meets, with no limit, and every message whose
// button is clicked (200 a channel). This bot only answers interactions, and reads what it needs from
// each interaction itself, never from those caches: left as they are, they would grow with everyone
// who ever asked. Users and members are kept up to a bound (the bot's own always), messages and
// reactions not at all. The caches discord.js needs for itself (guilds, channels, roles) are left
// alone, as its documentation asks.
import { Options, type ClientOptions } from 'discord.js';
import type { Config } from '../config.ts';
import { sendAsIs } from './json-transformer.ts';
import { restOptions } from './serving.ts';

/** How many users, and how many members, stay cached: the recent askers, for a burst of clicks. */
export const CACHED_PEOPLE = 1000;

export function clientOptions(config: Config): Omit<ClientOptions, 'intents'> {
  return {
    rest: restOptions(config),
    // A default for anything that does not go through reply.ts: ping no one.
    allowedMentions: { parse: [] },
    jsonTransformer: sendAsIs,
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      UserManager: { maxSize: CACHED_PEOPLE, keepOverLimit: (user) => user.id === user.client.user?.id },
      GuildMemberManager: { maxSize: CACHED_PEOPLE, keepOverLimit: (member) => member.id === member.client.user?.id },
    }),
  };
}
