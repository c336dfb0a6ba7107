/**
 * `node dist/test/renditions/main.js <nic-webforms|bootstrap-navbar> [port]`: one rendition,
 * served until interrupted, its URL and account printed.
 */
import { ACCOUNT, ANSWERS } from './common.js';
import { RENDITIONS } from './index.js';

const name = process.argv[2] ?? '';
const start = RENDITIONS[name as keyof typeof RENDITIONS];
if (!start) {
  console.error(`usage: main.js <${Object.keys(RENDITIONS).join('|')}> [port]`);
  process.exit(2);
}
const rendition = await start(Number(process.argv[3] ?? 0));
console.log(
  `${name} at ${rendition.url}: ${ACCOUNT.username} / ${ACCOUNT.password}, answers ${JSON.stringify(ANSWERS)}`,
);
