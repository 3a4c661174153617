// The local console: the bot's commands without Discord. Works interactively and with piped input.
import { createInterface } from 'node:readline';
import type { Engine } from './engine/answer.ts';
import { runSubcommand, SUBCOMMANDS, type Subcommand } from './commands.ts';
import { renderText } from './render/text.ts';
import { withDetails } from './engine/card.ts';
import { KINDS } from './knowledge/schema.ts';

export const CONSOLE_HELP = [
  'Commands:',
  '  /wu explain <topic>     what a service or concept is (try: /wu explain orchestrator)',
  '  /wu fix <problem>       step-by-step fix (try: /wu fix reset components)',
  '  /wu error <code>        what an error code means (try: /wu error 0x80070422)',
  '  /wu ask <question>      any question in your own words',
  '  /wu topics              everything I know, by kind',
  '  help                    this list',
  '  exit                    leave',
  'Anything else is taken as a question.',
].join('\n');

export function topicsText(engine: Engine): string {
  return KINDS.map((k) => {
    const list = engine.kb.ofKind(k).map((e) => `  ${e.id}: ${e.title}`);
    return `${k} (${list.length}):\n${list.join('\n')}`;
  }).join('\n\n');
}

/** One console line to its reply; null means "leave". */
export function consoleReply(engine: Engine, line: string): string | null {
  const input = line.trim();
  if (!input) return '';
  if (/^(exit|quit|\/exit|\/quit)$/i.test(input)) return null;
  if (/^(help|\/help|\/wu|\/wu help|\?)$/i.test(input)) return CONSOLE_HELP;
  const m = /^\/wu\s+(\S+)\s*([\s\S]*)$/i.exec(input);
  if (m) {
    const sub = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (!SUBCOMMANDS.includes(sub as Subcommand)) return `There is no /wu ${sub}. ${CONSOLE_HELP}`;
    if (sub === 'topics') return topicsText(engine);
    if (!value)
      return `/wu ${sub} needs something after it, for example: /wu ${sub} ${sub === 'error' ? '0x80070422' : sub === 'fix' ? 'reset components' : 'orchestrator'}`;
    return renderText(withDetails(runSubcommand(engine, sub as Exclude<Subcommand, 'topics'>, value).card), {
      full: true,
    });
  }
  if (input.startsWith('/')) return `I don't know the command ${input.split(/\s/)[0]}. ${CONSOLE_HELP}`;
  // A terminal has no Details button or paging: it prints the whole answer.
  return renderText(withDetails(engine.ask(input).card), { full: true });
}

export async function runConsole(
  engine: Engine,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  const write = (s: string) => output.write(`${s}\n`);
  write('WU Helper console: no DISCORD_TOKEN is set, so I answer here instead of on Discord.');
  write(
    'To connect to Discord, put DISCORD_TOKEN=<your bot token> in .env (see .env.example and the README) and run npm start again.',
  );
  write('Type "help" for the commands, "exit" to leave.\n');
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    prompt: 'wu> ',
  });
  if (interactive) rl.prompt();
  for await (const line of rl) {
    let reply: string | null;
    try {
      reply = consoleReply(engine, line);
    } catch (err) {
      reply = `Sorry, that went wrong on my side: ${(err as Error).message}`;
    }
    if (reply === null) break;
    if (reply) write(`${reply}\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
