// What is kept, in the words /wu privacy says it (the README says the same).
import { ROW_RETENTION_DAYS } from './recorder.ts';

export function whatIsKept(retentionDays: number): string[] {
  return [
    'For each question, command and button: when, the server, the kind (command, question, message menu, button), ' +
      'the entry answered or that I declined, how sure I was and whether I offered alternatives, how long the answer took, ' +
      'and Helpful / Not helpful votes (a fix guide’s It worked / Still broken count too).',
    'Who: never your user id, only a keyed hash of it, enough to count distinct people; it cannot be turned back into your id.',
    `Text: the words of a question only when I declined it, was unsure (offered “Did you mean”), or the answer was marked ` +
      `Not helpful, with what was written in the “What were you looking for?” box; deleted after ${retentionDays} days.`,
    `Everything else is deleted after ${ROW_RETENTION_DAYS} days; everything about a server when the bot leaves it.`,
  ];
}
