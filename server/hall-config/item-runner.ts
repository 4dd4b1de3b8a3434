/**
 * Runs the commands an import is made of, each in its own savepoint inside the import's transaction:
 * a refused item is rolled back alone and its problems are kept (with the item's path in the file), so
 * one pass names every fault; the import as a whole commits only when there was none.
 */
import type { CommandName, CommandOutput } from '../../protocol/commands';
import type { CheckedInput } from '../../protocol/schemas';
import type { Problem } from '../../protocol/errors';
import type { CommandContext } from '../commands/context';
import type { CommandDef } from '../commands/define';
import { CommandError } from '../commands/errors';

export class ItemRunner {
  readonly problems: Problem[] = [];

  constructor(private readonly ctx: CommandContext) {}

  /**
   * The command's answer, or null when it refused (its problems are recorded under `path`). `renamed`:
   * input fields that the file holds under another name (an account's `photo` is staff.setPhoto's `content`).
   */
  run<N extends CommandName>(path: string, def: CommandDef<N>, input: CheckedInput<N>,
    renamed: Record<string, string> = {}): CommandOutput<N> | null {
    try {
      return this.ctx.db.transaction(() => def.run(this.ctx, input))();
    } catch (err) {
      if (!(err instanceof CommandError)) throw err;
      const fields = err.fields?.length ? err.fields.map((f) => renamed[f] ?? f) : [''];
      for (const field of fields) this.problems.push({ path: field ? `${path}.${field}` : path, reason: err.code });
      return null;
    }
  }
}
