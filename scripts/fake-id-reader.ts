/**
 * `npm run idcard:fake -- --url http://127.0.0.1:8080 --key <kiosk key> --id <18-character number> --name <name>`:
 * presents one ID card to the hall as the kiosk's reader agent would, and prints what the hall answered.
 */
import { parseArgs } from 'node:util';
import { fakeIdReader } from '../testkit/fake-id-reader';

const { values } = parseArgs({ options: { url: { type: 'string' }, key: { type: 'string' }, id: { type: 'string' }, name: { type: 'string' } } });
if (!values.url || !values.key || !values.id || !values.name) {
  console.error('usage: npm run idcard:fake -- --url <hall address> --key <kiosk key> --id <ID number> --name <name>');
  process.exit(2);
}
const answer = await fakeIdReader(values.url, values.key).present({ idNumber: values.id, name: values.name });
console.log(answer.status, JSON.stringify(answer.body));
process.exit(answer.body.ok ? 0 : 1);
