/**
 * Deleting part of the hall's structure. The handlers refuse what they know still uses the thing
 * (tickets, services, counters); a table they do not know of that still refers to it (a foreign key,
 * e.g. a later feature's) is caught here, so the answer is IN_USE naming the field, never INTERNAL.
 */
import { fail } from './errors';

function isForeignKeyError(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

export function removeUnlessReferenced(remove: () => void, field: string): void {
  try {
    remove();
  } catch (err) {
    if (isForeignKeyError(err)) fail('IN_USE', [field]);
    throw err;
  }
}
