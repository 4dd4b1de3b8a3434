/**
 * The server's V8 flags (server/node-flags.ts) are spelled where the process starts: `npm start` and the
 * systemd unit in docs/OPERATIONS.md say the same, and Node on this machine takes them to mean what
 * the module says (a young generation of 16 MB a semi-space from the start).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SERVER_ARGS, SERVER_NODE_FLAGS } from '../../../server/node-flags';
import { NEW_SPACE_SIZE } from '../../support/new-space';

const root = path.resolve(__dirname, '../../..');
const serverCommand = `node ${SERVER_ARGS.join(' ')}`;

it('npm start runs the server with the flags', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts.start).toBe(serverCommand);
});

it('the systemd unit and the text beside it run the server with the flags', () => {
  const doc = fs.readFileSync(path.join(root, 'docs/OPERATIONS.md'), 'utf8');
  expect(doc).toContain(`ExecStart=/usr/bin/${serverCommand}`);
  expect(doc).toContain(`runs \`${serverCommand}\``);
});

it('Node starts with a young generation of 16 MB a semi-space', () => {
  const newSpace = execFileSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', `process.stdout.write(String(${NEW_SPACE_SIZE}))`],
    { encoding: 'utf8' });
  expect(Number(newSpace)).toBe(16 * 1024 * 1024);
});
