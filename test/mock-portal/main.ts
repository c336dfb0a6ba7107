/**
 * `npm run mock` (node dist/test/mock-portal/main.js [--port N], or MOCK_PORT): the mock portal
 * on its own, for trying the bot by hand and for Playwright's `webServer`. This terminal plays
 * the phone: every OTP the mock "sends" is printed here.
 */
import { parseArgs } from 'node:util';
import { startMockPortal } from './server.js';
import { DEMO_ACCOUNTS } from './state.js';

const DEFAULT_PORT = 4455;

function portFrom(argv: string[], env: NodeJS.ProcessEnv): number {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' } }, strict: true });
  const text = values.port ?? (env.MOCK_PORT || undefined) ?? String(DEFAULT_PORT);
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`the port must be a whole number from 0 to 65535, not "${text}"`);
  }
  return port;
}

async function main(): Promise<void> {
  let port: number;
  try {
    port = portFrom(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`mock portal: ${(error as Error).message}\nUsage: main.js [--port N]\n`);
    process.exitCode = 2;
    return;
  }
  const mock = await startMockPortal({ port });
  const lines = [
    `Mock portal listening on ${mock.url}`,
    'Demo accounts (username / password / GSTIN), published test values:',
    ...DEMO_ACCOUNTS.map((account) => `  ${account.username} / ${account.password} / ${account.gstin}`),
    'OTPs the portal "sends" are printed below, as the phone would show them.',
    'Test-only control: GET /__mock/state; POST /__mock/reset, /__mock/faults (JSON). Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = (signal: NodeJS.Signals) => {
    process.stdout.write(`Mock portal stopping (${signal}).\n`);
    // With the server closed nothing is left to wait for, and Node ends with exit code 0.
    void mock.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
