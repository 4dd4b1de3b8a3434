/**
 * A command is declared once (its schema in protocol/schemas.ts) and must be complete everywhere else:
 * a handler in the registry, a non-empty permit list, and a line in docs/PROTOCOL.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COMMAND_NAMES, commandSchemas, isCommandName } from '../../../protocol/schemas';
import { registry } from '../../../server/commands/registry';

const protocolDoc = fs.readFileSync(path.join(__dirname, '../../../docs/PROTOCOL.md'), 'utf8');

describe('every command is declared once and complete', () => {
  it('lists exactly the commands that have a schema', () => {
    expect([...COMMAND_NAMES].sort()).toEqual(Object.keys(commandSchemas).sort());
    expect(COMMAND_NAMES.length).toBeGreaterThan(20);
  });

  it.each(COMMAND_NAMES)('%s has a handler under its own name and a permit list', (name) => {
    const def = registry[name];
    expect(def.name).toBe(name);
    expect(typeof def.run).toBe('function');
    expect(def.permits.length).toBeGreaterThan(0);
  });

  it('has no handler without a schema', () => {
    expect(Object.keys(registry).filter((name) => !isCommandName(name))).toEqual([]);
  });

  it.each(COMMAND_NAMES)('%s is documented in docs/PROTOCOL.md', (name) => {
    expect(protocolDoc).toContain(`\`${name}\``);
  });
});
