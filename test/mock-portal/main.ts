/**
 * `npm run mock`: the mock portal on its own, for trying the bot by hand. This terminal plays
 * the phone: every OTP the mock "sends" is printed here.
 */
import { parseArgs } from 'node:util';
import { DEMO_ACCOUNTS } from './data.js';
import { startMockPortal } from './server.js';

const { values } = parseArgs({ options: { port: { type: 'string' } }, strict: true });
const port = Number(values.port ?? process.env.MOCK_PORT ?? 4455);
const mock = await startMockPortal({ port });

process.stdout.write(`Mock portal listening on ${mock.url}\n`);
process.stdout.write('Demo logins (username / password / GSTIN):\n');
for (const account of DEMO_ACCOUNTS) {
  process.stdout.write(`  ${account.username} / ${account.password} / ${account.gstin}\n`);
}
process.stdout.write(
  `Try: npx einv-gsp register --portal-url ${mock.url} --gstin ${DEMO_ACCOUNTS[0]?.gstin} --api-username acme01\n`,
);
process.stdout.write(
  'Test-only state: GET /__mock/state; POST /__mock/reset, /__mock/faults. Ctrl-C to stop.\n',
);

const stop = () => {
  void mock.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
