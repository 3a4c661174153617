// The knowledge snapshot the bot serves, swapped whole on reload (SIGHUP, or file changes when
// KNOWLEDGE_WATCH=1). A broken edit is logged with the kb:check messages and the old one keeps serving.
// It lives with serving: the knowledge itself knows nothing of engines.
import { watch, type FSWatcher } from 'node:fs';
import { Engine } from '../engine/answer.ts';
import type { Logger } from '../log.ts';
import { KNOWLEDGE_CHECKS } from '../startup.ts';

export class LiveKnowledge {
  private current: Engine;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dir: string,
    initial: Engine,
    private readonly log: Logger,
  ) {
    this.current = initial;
  }

  get engine(): Engine {
    return this.current;
  }

  /** Loads the folder again, in full; true when the new knowledge is now being served. */
  async reload(reason: string): Promise<boolean> {
    // Imported at the first reload: a bot started from the knowledge snapshot has not loaded the YAML
    // parser, and one that is never reloaded never does.
    const { formatProblem, loadKnowledge } = await import('../knowledge/load.ts');
    const result = loadKnowledge(this.dir, KNOWLEDGE_CHECKS);
    if (!result.ok) {
      this.log.error(
        { reason, problems: result.problems.map(formatProblem) },
        'knowledge reload failed; still serving the previous knowledge',
      );
      return false;
    }
    this.current = new Engine(result.kb);
    this.log.info({ reason, entries: result.kb.entries.length }, 'knowledge reloaded');
    return true;
  }

  /** Reloads shortly after files change (editors write in several steps). */
  watch(debounceMs = 200): void {
    this.watcher = watch(this.dir, { recursive: true }, () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload('file change'), debounceMs);
    });
    this.log.info({ dir: this.dir }, 'watching knowledge for changes');
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}
