/**
 * The whole configuration as one file, for admins: export it, and import it into an empty or existing
 * hall. An import is checked as a whole (the schema first, then every item by the command that makes
 * it) and applied in one transaction, or refused with every problem named and nothing changed.
 */
import type { CommandDef } from './define';
import { CONFIG_FILE_FORMAT } from '../../protocol/schemas';
import { applySections, readSections } from '../hall-config/sections';
import { ItemRunner } from '../hall-config/item-runner';
import type { ImportState } from '../hall-config/section';
import { fail } from './errors';
import { audit } from './audit';

export const configExport: CommandDef<'config.export'> = {
  name: 'config.export',
  permits: ['admin'],
  run(ctx) {
    return { format: CONFIG_FILE_FORMAT, version: 1, exportedAt: ctx.now, ...readSections(ctx) };
  },
};

export const configImport: CommandDef<'config.import'> = {
  name: 'config.import',
  permits: ['admin'],
  administrative: true,
  run(ctx, file) {
    const state: ImportState = { runner: new ItemRunner(ctx), newAccounts: [], newDevices: [] };
    const applied = applySections(ctx, file, state);
    const { problems } = state.runner;
    // Throwing rolls the whole import back: a hall is never left half imported.
    if (problems.length > 0) fail('CONFIG_INVALID', [...new Set(problems.map((p) => p.path))], problems);
    audit(ctx, 'config', null, { exportedAt: file.exportedAt ?? null, applied });
    ctx.outbox.hallConfig();
    return { applied, newAccounts: state.newAccounts, newDevices: state.newDevices };
  },
};
