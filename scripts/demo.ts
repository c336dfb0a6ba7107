/**
 * `npm run demo`: the whole registration, headless, against the bundled mock portal. The
 * demo plays the operator: it types the captcha and the OTPs (the mock's fixed demo values)
 * into the real command's standard input, exactly as a script would.
 *
 * `npm run demo:batch`: the same for the mock's three demo GSTINs as one batch, with generated
 * API passwords, into a fresh batch folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderTimestamp } from '../src/local-time.js';
import { startMockPortal } from '../test/mock-portal/server.js';
import { DEMO_ACCOUNTS } from '../test/mock-portal/state.js';

const DEMO_ANSWERS = { captcha: 'DEMO7', loginOtp: '246810', apiOtp: '135790' };
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function demo(): Promise<number> {
  const mock = await startMockPortal({
    quiet: true,
    fixed: DEMO_ANSWERS,
    faults: { popup: 'always' },
  });
  process.stdout.write(
    `Mock portal at ${mock.url} (demo answers: captcha ${DEMO_ANSWERS.captcha}, OTPs from the mock's "phone")\n\n`,
  );
  try {
    const answers = `${DEMO_ANSWERS.captcha}\n${DEMO_ANSWERS.loginOtp}\n${DEMO_ANSWERS.apiOtp}\n`;
    const batch = process.argv[2] === 'batch';
    const code = batch
      ? await runCli(batchArgs(mock.url), batchEnv(), answers.repeat(DEMO_ACCOUNTS.length))
      : await runCli(
          [
            'register',
            '--headless',
            '--portal-url',
            mock.url,
            '--gstin',
            '27AABCE1234F1Z5',
            '--api-username',
            'demo01',
            ...process.argv.slice(2),
          ],
          {
            EINV_PORTAL_USERNAME: 'demo_user',
            EINV_PORTAL_PASSWORD: 'Demo@Pass1',
            EINV_API_PASSWORD: 'Demo@Api12',
          },
          answers,
        );
    const users = mock.state().apiUsers.map((user) => `${user.username} (${user.gsp}, GSTIN ${user.gstin})`);
    process.stdout.write(
      `\nThe mock portal now has ${users.length} API user(s)${users.length ? `: ${users.join('; ')}` : ''}.\n`,
    );
    return code;
  } finally {
    await mock.close();
  }
}

/** The real command, with the demo's answers on its standard input. */
function runCli(args: string[], env: Record<string, string>, answers: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'einv-gsp.js'), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve(exitCode ?? 1));
    child.stdin.end(answers);
  });
}

/** A batch file of the mock's demo GSTINs, in a folder of its own so every demo starts afresh. */
function batchArgs(portalUrl: string): string[] {
  const out = join(root, 'runs', `demo-batch-${folderTimestamp(new Date())}`);
  mkdirSync(out, { recursive: true, mode: 0o700 });
  const file = join(out, 'demo-gstins.csv');
  const holders = ['Priya (Mumbai office)', 'Ravi (Bengaluru office)', 'Anbu (Chennai office)'];
  const rows = DEMO_ACCOUNTS.map(
    (account, i) =>
      `${account.gstin},${account.username},demo_${account.gstin.slice(0, 2)},"${holders[i] ?? ''}"`,
  );
  writeFileSync(file, `gstin,portal_username,api_username,mobile_holder\n${rows.join('\n')}\n`);
  return [
    'batch',
    '--file',
    file,
    '--headless',
    '--generate-api-passwords',
    '--portal-url',
    portalUrl,
    '--out',
    out,
  ];
}

function batchEnv(): Record<string, string> {
  return Object.fromEntries(
    DEMO_ACCOUNTS.map((account) => [`EINV_PORTAL_PASSWORD_${account.gstin}`, account.password]),
  );
}

process.exitCode = await demo();
