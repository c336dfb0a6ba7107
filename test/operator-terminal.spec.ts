/**
 * The operator at a real terminal (a pseudo-terminal, see terminal-session.ts), through the
 * real bin against the mock: a dropped session (SIGHUP) still closes the browser, writes the
 * report and removes the captcha picture; what is shown as typed and what is not; the captcha
 * asked for again; and cancelling before anything started says so.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../src/errors.js';
import type { BatchRecord } from '../src/report-data.js';
import {
  ANSWERS,
  DEMO,
  DEMO_ENV,
  DEMO_TARGET,
  expect,
  findSecrets,
  MARK_VARIABLE,
  onlyRunDir,
  pngsIn,
  processesLeftBy,
  readReport,
  test,
} from './fixtures.js';
import { TerminalSession } from './terminal-session.js';

interface AtTerminal {
  session: TerminalSession;
  outDir: string;
  /** As a CLI run's: the browser the command starts inherits it (see processesLeftBy). */
  mark: string;
}

let running: TerminalSession | undefined;
test.afterEach(() => running?.kill());

/** `einv-gsp <args> --out <outDir>` in a terminal of its own, as an operator over SSH runs it. */
function atTerminal(args: string[], env: Record<string, string>, outDir: string): AtTerminal {
  const mark = randomUUID();
  const session = new TerminalSession([process.execPath, '--', 'bin/einv-gsp.js', ...args, '--out', outDir], {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TERM: 'xterm-256color',
    ...(process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {}),
    ...env,
    [MARK_VARIABLE]: mark,
  });
  running = session;
  return { session, outDir, mark };
}

const CAPTCHA_PROMPT = /Captcha \(attempt (\d) of 3/;

/** What a run cut short by a hang-up must leave: the report, read right, and no captcha in clear. */
function expectCleanHangUp(runDir: string, step: string): void {
  const report = readReport(runDir);
  expect(report.status).toBe('cancelled');
  expect(report.error).toMatchObject({
    step,
    kind: 'cancelled',
    message: expect.stringMatching(/terminal hung up/),
  });
  expect(report.steps.at(-1)).toMatchObject({ name: step, status: 'cancelled' });
  expect(report.steps.filter((recorded) => recorded.status === 'failed')).toEqual([]);
  const html = readFileSync(join(runDir, 'report.html'), 'utf8');
  expect(html).toContain(`data-step="${step}" data-status="cancelled"`);
  expect(readdirSync(runDir).filter((file) => /captcha/i.test(file))).toEqual([]);
}

test.describe('a dropped session (SIGHUP)', () => {
  test('at the captcha prompt: browser closed, step cancelled, report written, captcha picture removed, exit 129', async ({
    mock,
  }, testInfo) => {
    const run = atTerminal(
      ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET],
      DEMO_ENV,
      testInfo.outputPath('runs'),
    );
    await run.session.waitFor(CAPTCHA_PROMPT);
    const runDir = onlyRunDir(run.outDir);
    expect(existsSync(join(runDir, 'captcha.png'))).toBe(true);
    run.session.signal('SIGHUP');
    expect(await run.session.ended).toEqual({ code: EXIT.hungUp, signal: null });
    expectCleanHangUp(runDir, 'signIn');
    await expect.poll(() => processesLeftBy(run), { timeout: 15_000 }).toEqual([]);
    expect(mock.state().events.filter((event) => event.type.startsWith('login'))).toEqual([]);
  });

  test('the terminal closed at the login OTP (writes to it fail): the same clean end', async ({
    mock,
  }, testInfo) => {
    const run = atTerminal(
      ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET],
      DEMO_ENV,
      testInfo.outputPath('runs'),
    );
    await run.session.waitFor(CAPTCHA_PROMPT);
    run.session.type(`${ANSWERS.captcha}\r`);
    await run.session.waitFor(/login OTP sent to/);
    // The kernel hangs up the session: SIGHUP, and every later read or write of the terminal fails.
    run.session.close();
    expect(await run.session.ended).toEqual({ code: EXIT.hungUp, signal: null });
    expectCleanHangUp(onlyRunDir(run.outDir), 'twoFactor');
    await expect.poll(() => processesLeftBy(run), { timeout: 15_000 }).toEqual([]);
    expect(mock.state().submits).toBe(0);
  });

  test('the terminal closed at a password question (its prompt cannot restore the terminal): exit 129, nothing started', async ({
    mock,
  }, testInfo) => {
    const run = atTerminal(
      ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET],
      { EINV_PORTAL_USERNAME: DEMO.portalUsername },
      testInfo.outputPath('runs'),
    );
    await run.session.waitFor(/Portal password for demo_user/);
    run.session.type('Demo@');
    run.session.close();
    expect(await run.session.ended).toEqual({ code: EXIT.hungUp, signal: null });
    expect(existsSync(run.outDir) ? readdirSync(run.outDir) : []).toEqual([]);
    expect(mock.state().captchaImages).toBe(0);
  });

  test('at the batch\'s "Ready?" question: the question closed, the batch stopped there, exit 129', async ({
    mock,
  }, testInfo) => {
    const file = testInfo.outputPath('gstins.csv');
    writeFileSync(file, 'GSTIN,Portal_Username,api_username\n27AABCE1234F1Z5,demo_user,acme_mh\n');
    const run = atTerminal(
      ['batch', '--file', file, '--headless', '--portal-url', mock.url],
      { EINV_PORTAL_PASSWORD_27AABCE1234F1Z5: DEMO.portalPassword, EINV_API_PASSWORD: DEMO.apiPassword },
      testInfo.outputPath('runs'),
    );
    await run.session.waitFor(/Ready\?/);
    run.session.signal('SIGHUP');
    expect(await run.session.ended).toEqual({ code: EXIT.hungUp, signal: null });
    const batch = JSON.parse(
      readFileSync(join(run.outDir, 'batch-gstins', 'batch.json'), 'utf8'),
    ) as BatchRecord;
    expect(batch.status).toBe('stopped');
    expect(batch.rows.map((row) => row.status)).toEqual(['pending']);
    expect(mock.state().captchaImages).toBe(0);
  });

  test('in a batch: stops as on Ctrl-C, and batch.json says so', async ({ mock }, testInfo) => {
    const file = testInfo.outputPath('gstins.csv');
    writeFileSync(
      file,
      'GSTIN,Portal_Username,api_username\n27AABCE1234F1Z5,demo_user,acme_mh\n29AABCE1234F1Z1,demo_ka,acme_ka\n',
    );
    const run = atTerminal(
      ['batch', '--file', file, '--headless', '--portal-url', mock.url],
      {
        EINV_PORTAL_PASSWORD_27AABCE1234F1Z5: DEMO.portalPassword,
        EINV_PORTAL_PASSWORD_29AABCE1234F1Z1: 'Demo@Pass2',
        EINV_API_PASSWORD: DEMO.apiPassword,
      },
      testInfo.outputPath('runs'),
    );
    await run.session.waitFor(/Ready\?/);
    run.session.type('\r');
    await run.session.waitFor(CAPTCHA_PROMPT);
    run.session.signal('SIGHUP');
    expect(await run.session.ended).toEqual({ code: EXIT.hungUp, signal: null });
    const batchDir = join(run.outDir, 'batch-gstins');
    const batch = JSON.parse(readFileSync(join(batchDir, 'batch.json'), 'utf8')) as BatchRecord;
    expect(batch.status).toBe('stopped');
    expect(batch.rows.map((row) => row.status)).toEqual(['cancelled', 'pending']);
    const rowDir = join(batchDir, batch.rows[0]?.runDir ?? '');
    expectCleanHangUp(rowDir, 'signIn');
    await expect.poll(() => processesLeftBy(run), { timeout: 15_000 }).toEqual([]);
  });
});

test('the captcha and the OTPs are shown as typed; passwords show nothing, not even their length', async ({
  mock,
}, testInfo) => {
  const run = atTerminal(
    ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET],
    { EINV_PORTAL_USERNAME: DEMO.portalUsername },
    testInfo.outputPath('runs'),
  );
  const { session } = run;
  const prompts: Array<[RegExp, string]> = [
    [/Portal password for demo_user/, DEMO.portalPassword],
    [/New API password for API_acme01/, DEMO.apiPassword],
    [/The same API password again/, DEMO.apiPassword],
  ];
  for (const [prompt, password] of prompts) {
    const shown = (await session.waitFor(prompt)).index;
    session.type(password);
    session.type('\r');
    // What the terminal showed from the question to the next one: no character, no mask.
    const next = await session.waitFor(/\? (New API|The same|Captcha)|Run folder/, { from: shown + 1 });
    const typedOver = session.screen.slice(shown, shown + 1 + next.index);
    expect(typedOver).not.toContain(password);
    expect(typedOver).not.toMatch(/\*/);
  }
  // Single-use answers appear as they are typed, before Enter.
  const typed: Array<[RegExp, string]> = [
    [CAPTCHA_PROMPT, ANSWERS.captcha],
    [/login OTP sent to/, ANSWERS.loginOtp],
    [/API registration OTP sent to/, ANSWERS.apiOtp],
  ];
  let from = 0;
  for (const [prompt, answer] of typed) {
    from += (await session.waitFor(prompt, { from })).index + 1;
    session.type(answer);
    await session.waitFor(new RegExp(answer), { from });
    session.type('\r');
  }
  expect(await session.ended).toEqual({ code: EXIT.ok, signal: null });
  expect(session.screen).toMatch(/Registered: API user API_acme01/);
  expect(session.screen).not.toContain(DEMO.portalPassword);
  expect(session.screen).not.toContain(DEMO.apiPassword);
});

test.describe('a captcha too hard to read', () => {
  // A new text for every picture, as on the portal: only the last one drawn lets the login in.
  test.use({ mockConfig: { fixed: { captcha: undefined } } });

  test('Enter alone or r asks the portal for a new picture and shows it, without spending an attempt', async ({
    mock,
  }, testInfo) => {
    const run = atTerminal(
      ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET],
      DEMO_ENV,
      testInfo.outputPath('runs'),
    );
    const { session } = run;
    // A picture drawn, then its question: the question's line is drawn again as keys are typed.
    const nextPicture = /Captcha image: [^\n]*\n[\s\S]*?\? Captcha \(attempt (\d) of 3/;
    let from = 0;
    const askedAgain = async () => {
      const prompt = await session.waitFor(nextPicture, { from });
      from += prompt.index + prompt[0].length;
      return prompt[1];
    };
    const captchas: string[] = [];
    for (const key of ['\r', 'r\r']) {
      expect(await askedAgain()).toBe('1');
      captchas.push(mock.state().last.captcha ?? '');
      session.type(key);
    }
    expect(await askedAgain(), 'no attempt spent on a new picture').toBe('1');
    const latest = mock.state().last.captcha ?? '';
    expect(mock.state().captchaImages).toBe(3);
    expect(new Set([...captchas, latest]).size, 'three different pictures').toBe(3);
    // The picture shown, and kept in the run folder while asked, is the new one.
    captchas.push(latest);
    session.type(`${latest}\r`);
    await session.waitFor(/login OTP sent to/, { from });
    expect(mock.state().events.map((event) => event.type)).not.toContain('login-failed');
    session.type('\x03');
    expect(await session.ended).toEqual({ code: EXIT.cancelled, signal: null });
    expect(findSecrets(run.outDir, captchas)).toEqual([]);
  });
});

test('cancelling at the password prompt says nothing was started and no run folder was made', async ({
  mock,
}, testInfo) => {
  const run = atTerminal(
    ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET],
    { EINV_PORTAL_USERNAME: DEMO.portalUsername },
    testInfo.outputPath('runs'),
  );
  await run.session.waitFor(/Portal password for demo_user/);
  run.session.type('\x03');
  expect(await run.session.ended).toEqual({ code: EXIT.cancelled, signal: null });
  expect(run.session.screen).toContain('Nothing was started at the portal and no run folder was made');
  expect(run.session.screen).not.toContain('unless the report says so');
  expect(existsSync(run.outDir) ? readdirSync(run.outDir) : []).toEqual([]);
  expect(mock.state().captchaImages).toBe(0);
});

test('a step the operator stopped is recorded as cancelled, its picture named so', async ({
  mock,
  runCli,
}) => {
  // Input ends at the login OTP: the operator stopped there, with the page still open.
  const run = await runCli({
    args: ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET],
    env: DEMO_ENV,
    stdin: `${ANSWERS.captcha}\n`,
  });
  expect(run.code).toBe(EXIT.cancelled);
  const runDir = onlyRunDir(run.outDir);
  const report = readReport(runDir);
  expect(report.status).toBe('cancelled');
  expect(report.steps.at(-1)).toMatchObject({
    name: 'twoFactor',
    status: 'cancelled',
    screenshot: '03-twoFactor-cancelled.png',
  });
  expect(pngsIn(runDir)).toContain('03-twoFactor-cancelled.png');
  expect(pngsIn(runDir).filter((file) => file.includes('failed'))).toEqual([]);
  const html = readFileSync(join(runDir, 'report.html'), 'utf8');
  expect(html).toMatch(
    /data-step="twoFactor" data-status="cancelled"[\s\S]*?<span class="badge warn">cancelled<\/span>/,
  );
  expect(html).toContain('when the run was cancelled');
});
