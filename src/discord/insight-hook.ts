// Where the interaction handlers meet insight. Before dispatch, an interaction is given the ref its
// answer's feedback buttons will carry; replyWithAnswer notes the engine's Answer (confidence,
// alternatives); after the reply has gone out, one event is recorded from what was noted. Nothing
// here can fail an answer: recording is synchronous, queued, and wrapped.
import type { Interaction, Message } from 'discord.js';
import type { Answer } from '../engine/answer.ts';
import type { InteractionKind, Outcome } from '../insight/store.ts';
import type { BotContext } from './context.ts';
import { decode } from './custom-id.ts';
import { decodeFeedback, isFeedbackId } from './feedback-id.ts';

interface Note {
  /** The ref for the answer's Helpful / Not helpful buttons. */
  ref?: string;
  answer?: Answer;
}

const notes = new WeakMap<object, Note>();

/** The interaction that asked for what this message shows: its feedback buttons' ref, else Discord's metadata. */
export function refInMessage(message: Message | null | undefined): string | undefined {
  if (!message) return undefined;
  for (const row of message.components ?? []) {
    const json = row.toJSON() as { components?: { custom_id?: string }[] };
    for (const c of json.components ?? []) {
      const ref = c.custom_id && isFeedbackId(c.custom_id) ? decodeFeedback(c.custom_id)?.ref : undefined;
      if (ref) return ref;
    }
  }
  return message.interactionMetadata?.id ?? undefined;
}

/** Before dispatch: when insight is on, the ref an answer to this interaction carries. */
export function beginInsight(ctx: BotContext, interaction: Interaction): void {
  if (!ctx.insight) return;
  // A button that changes an answer in place keeps the question it answers.
  const ref = interaction.isMessageComponent() ? (refInMessage(interaction.message) ?? interaction.id) : interaction.id;
  notes.set(interaction, { ref });
}

/** The ref for feedback buttons on this interaction's answer; undefined when insight is off. */
export function feedbackRefOf(interaction: object): string | undefined {
  return notes.get(interaction)?.ref;
}

/** Called with every engine answer sent as a reply (respond.ts). */
export function noteAnswer(interaction: object, answer: Answer): void {
  const note = notes.get(interaction);
  if (note) note.answer = answer;
}

function kindOf(interaction: Interaction): InteractionKind | undefined {
  if (interaction.isChatInputCommand())
    return interaction.options.getSubcommand(false) === 'ask' ? 'question' : 'command';
  if (interaction.isMessageContextMenuCommand()) return 'context-menu';
  if (interaction.isButton()) return isFeedbackId(interaction.customId) ? undefined : 'button';
  if (interaction.isStringSelectMenu()) return 'select';
  // Autocomplete is typing, not asking; modal submits are feedback, recorded as such.
  return undefined;
}

function actionOf(interaction: Interaction): string | null {
  if (interaction.isChatInputCommand())
    return `${interaction.commandName} ${interaction.options.getSubcommand(false) ?? ''}`.trim();
  if (interaction.isMessageContextMenuCommand()) return interaction.commandName;
  if (interaction.isMessageComponent()) return decode(interaction.customId)?.type ?? 'stale';
  return null;
}

/** The options that hold what the user asked, in /wu ask, explain, fix and error. */
const ASKED = new Set(['question', 'topic', 'problem', 'code']);

/** What the user typed: the subcommand's question option, or the text of the message asked about. */
export function textOf(interaction: Interaction): string | null {
  if (interaction.isChatInputCommand()) {
    const options = interaction.options.data[0]?.options ?? [];
    const text = options.find((o) => ASKED.has(o.name))?.value;
    return typeof text === 'string' ? text : null;
  }
  if (interaction.isMessageContextMenuCommand()) {
    const m = interaction.targetMessage;
    return [m.content, ...m.embeds.map((e) => `${e.title ?? ''} ${e.description ?? ''}`)].join('\n').trim() || null;
  }
  return null;
}

function outcomeOf(answer: Answer | undefined, handled: string | undefined, isEntry: boolean): Outcome {
  if (answer) {
    if (answer.status === 'decline') return 'decline';
    return answer.alternatives.length > 0 ? 'unsure' : 'answer';
  }
  if (handled === 'decline') return 'decline';
  if (handled === 'rate-limited') return 'limited';
  return isEntry ? 'answer' : 'other';
}

/** After dispatch (or its failure): one event for this interaction. Never throws. */
export function recordInteraction(
  ctx: BotContext,
  interaction: Interaction,
  handled: string | undefined,
  latencyMs: number,
  failed = false,
): void {
  const insight = ctx.insight;
  if (!insight) return;
  try {
    const kind = kindOf(interaction);
    if (!kind) return;
    const answer = notes.get(interaction)?.answer;
    const isEntry = handled !== undefined && ctx.engine().kb.get(handled) !== undefined;
    const entry = answer
      ? (answer.entry?.id ?? (answer.status === 'answer' ? (answer.codes[0] ?? null) : null))
      : isEntry
        ? handled
        : null;
    insight.recordInteraction({
      id: interaction.id,
      at: Date.now(),
      guild: interaction.guildId ?? null,
      kind,
      action: actionOf(interaction),
      entry,
      outcome: failed ? 'error' : outcomeOf(answer, handled, isEntry),
      confidence: answer ? answer.confidence : null,
      alternatives: answer?.alternatives.length ?? 0,
      latencyMs,
      userId: interaction.user.id,
      text: textOf(interaction),
    });
    // A fix guide's It worked / Still broken is feedback on that guide.
    if (!failed && interaction.isButton()) {
      const action = decode(interaction.customId);
      if (action?.type === 'solved' && isEntry)
        insight.recordVote({
          message: interaction.message.id,
          entry: action.id,
          userId: interaction.user.id,
          guild: interaction.guildId ?? null,
          helpful: action.solved,
          source: 'guide',
          ref: interaction.message.interactionMetadata?.id ?? null,
        });
    }
  } catch (err) {
    ctx.log.warn({ err }, 'insight: could not record an interaction');
  }
}
