// The caches discord.js fills from traffic stay bounded, whoever asks.
import { Client, LimitedCollection, type User } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { CACHED_PEOPLE, clientOptions } from '../../src/discord/client-options.ts';

const client = new Client({ intents: [], ...clientOptions(loadConfig({})) });
afterAll(() => client.destroy());

describe('the Client options', () => {
  it('keep at most CACHED_PEOPLE users, always the bot itself, however many ask', () => {
    const me = '100000000000000002';
    const user = (id: string) => ({ id, client: { user: { id: me } } }) as unknown as User;
    const users = client.users.cache;
    expect(users).toBeInstanceOf(LimitedCollection);
    users.set(me, user(me));
    for (let i = 0; i < CACHED_PEOPLE * 3; i++) users.set(`${200000000000000000n + BigInt(i)}`, user(String(i)));
    expect(users.size).toBeLessThanOrEqual(CACHED_PEOPLE);
    expect(users.has(me)).toBe(true);
  });

  it('send payloads as they are, and ping no one by default', () => {
    const options = clientOptions(loadConfig({}));
    expect(options.jsonTransformer?.({ custom_id: 'x' })).toEqual({ custom_id: 'x' });
    expect(options.allowedMentions).toEqual({ parse: [] });
  });
});
