// Sending our payloads as they are must send what discord.js's own conversion would have sent.
import { Options } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrThrow } from '../../src/knowledge/load.ts';
import { Engine } from '../../src/engine/answer.ts';
import { answerView, topicsView } from '../../src/discord/view.ts';
import { notHelpfulModal } from '../../src/discord/feedback.ts';
import { isApiShaped, sendAsIs } from '../../src/discord/json-transformer.ts';

const discordDefault = Options.createDefault().jsonTransformer!;
const engine = new Engine(loadKnowledgeOrThrow('knowledge'));

describe('sendAsIs, the Client jsonTransformer', () => {
  it("hands the bot's own embeds, components and modals over uncopied, equal to discord.js's conversion", () => {
    const views = ['0x80070422', 'reset windows update components', 'what does usosvc do', 'bake bread'].map((q) =>
      answerView(engine.ask(q), { ephemeral: true, feedback: '1234567890' }),
    );
    views.push(topicsView(engine));
    const parts: unknown[] = [
      ...views.flatMap((v) => [...v.embeds, ...v.components]),
      notHelpfulModal('wuauserv', '1234567890', 30),
      { name: 'Windows Update service', value: 'wuauserv' },
    ];
    for (const part of parts) {
      expect(sendAsIs(part)).toBe(part);
      expect(discordDefault(part)).toStrictEqual(part);
    }
  });

  it('converts anything else exactly as discord.js does', () => {
    for (const input of [
      { customId: 'a', minValues: 1 },
      { type: 2, emoji: '👍', custom_id: 'x' },
      { h1: 1, _private: true, name_localizations: { en_US: 'x' } },
      [{ ok: 'yes' }, { notOk: 'no' }],
      { when: new Date(0) },
      { nested: { toJSON: () => ({ camelCase: 1 }) } },
    ]) {
      expect(isApiShaped(input)).toBe(false);
      expect(sendAsIs(input)).toStrictEqual(discordDefault(input));
    }
  });
});
