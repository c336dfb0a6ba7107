/**
 * `npm run demo`: the whole registration, headless, against the bundled mock portal. The
 * demo plays the operator: it types the captcha and the OTPs (the mock's fixed demo values)
 * into the real command's standard input, exactly as a script would.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockPortal } from '../test/mock-portal/server.js';

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
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          join(root, 'bin', 'einv-gsp.js'),
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
          cwd: root,
          env: {
            ...process.env,
            EINV_PORTAL_USERNAME: 'demo_user',
            EINV_PORTAL_PASSWORD: 'Demo@Pass1',
            EINV_API_PASSWORD: 'Demo@Api12',
          },
          stdio: ['pipe', 'inherit', 'inherit'],
        },
      );
      child.on('error', reject);
      child.on('close', (exitCode) => resolve(exitCode ?? 1));
      child.stdin.end(`${DEMO_ANSWERS.captcha}\n${DEMO_ANSWERS.loginOtp}\n${DEMO_ANSWERS.apiOtp}\n`);
    });
    const users = mock.state().apiUsers.map((user) => `${user.username} (${user.gsp}, GSTIN ${user.gstin})`);
    process.stdout.write(
      `\nThe mock portal now has ${users.length} API user(s)${users.length ? `: ${users.join('; ')}` : ''}.\n`,
    );
    return code;
  } finally {
    await mock.close();
  }
}

process.exitCode = await demo();
