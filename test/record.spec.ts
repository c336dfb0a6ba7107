import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Har, RecordingManifest } from '../src/recording/recording.js';
import { Scrubber } from '../src/recording/scrub.js';
import { SecretValues } from '../src/secret-values.js';
import { DEMO, DEMO_ENV, expect, findSecrets, HAPPY_ANSWERS, SECRETS, test } from './fixtures.js';

const ALL_STEPS = [
  'openPortal',
  'signIn',
  'twoFactor',
  'dashboard',
  'openCreateApiUser',
  'apiOtp',
  'throughGsp',
  'fillCredentials',
  'submit',
];

function read(dir: string) {
  const files = readdirSync(dir).sort();
  const text = new Map(files.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
  return {
    files,
    text,
    all: [...text.values()].join('\n'),
    manifest: JSON.parse(text.get('recording.json') ?? '{}') as RecordingManifest,
    har: JSON.parse(text.get('run.har') ?? '{}') as Har,
  };
}

function registerArgs(portalUrl: string, dir: string, ...extra: string[]): string[] {
  return [
    'register',
    '--headless',
    '--portal-url',
    portalUrl,
    '--gstin',
    DEMO.gstin,
    '--api-username',
    DEMO.apiUsernameSuffix,
    '--record',
    dir,
    ...extra,
  ];
}

/** Every alert and confirm text of the run, in order. */
function manifestAlerts(manifest: RecordingManifest): string[] {
  return manifest.steps.flatMap((step) => step.alerts);
}

/** No typed secret, session id, token, salt, hash, mobile number or e-mail address. */
function expectScrubbed(recording: ReturnType<typeof read>, dir: string): void {
  expect(findSecrets(dir, SECRETS)).toEqual([]);
  for (const [file, text] of recording.text) {
    // Session ids, anti-forgery tokens, salts and the password hash are all long hex strings here.
    expect(text, file).not.toMatch(/[0-9a-f]{16,}/i);
    expect(text, file).not.toMatch(/(?<![0-9A-Za-z])[6-9]\d{9}(?![0-9A-Za-z])/);
    expect(text, file).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/);
  }
}

/** Scrubbed, cookies kept by name only, no captcha picture, and readable by the owner only. */
function expectNothingSecret(recording: ReturnType<typeof read>, dir: string): void {
  expectScrubbed(recording, dir);
  const cookies = recording.har.log.entries.flatMap((entry) =>
    [...entry.request.headers, ...entry.response.headers].filter((h) => /^(set-)?cookie$/i.test(h.name)),
  );
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) expect(cookie.value).toMatch(/^ASP\.NET_SessionId=\[redacted\]/);
  for (const entry of recording.har.log.entries.filter((e) => /captcha/i.test(e.request.url))) {
    expect(entry.response.content.text).toBeUndefined();
  }
  for (const file of recording.files) expect(statSync(join(dir, file)).mode & 0o077, file).toBe(0);
  expect(statSync(dir).mode & 0o077).toBe(0);
}

test.describe('recording a run (register --record)', () => {
  test('keeps every step’s page, ARIA snapshot and a HAR, with no secret and no identifier', async ({
    mock,
    runCli,
  }, testInfo) => {
    const dir = testInfo.outputPath('recording');
    const run = await runCli({
      args: registerArgs(mock.url, dir),
      env: DEMO_ENV,
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Recording: ${dir}`);
    const recording = read(dir);
    const { manifest } = recording;
    expect(manifest).toMatchObject({
      format: 'einv-gsp-recording/1',
      tool: { name: 'einv-gsp', version: JSON.parse(readFileSync('package.json', 'utf8')).version },
      portalUrl: mock.url,
      keepIdentifiers: false,
      target: { gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED', dryRun: false },
      status: 'registered',
    });
    expect(manifest.target).not.toHaveProperty('gstin');
    expect(Date.parse(manifest.recordedAt)).toBeLessThanOrEqual(Date.parse(manifest.finishedAt ?? ''));
    expect(manifest.steps.map((step) => [step.name, step.status])).toEqual(
      ALL_STEPS.map((name) => [name, 'ok']),
    );
    for (const step of manifest.steps) {
      expect(recording.files).toContain(step.html);
      expect(recording.files).toContain(step.aria);
    }
    expect(recording.text.get('03-twoFactor.aria.yml')).toContain('heading "Dash Board"');
    expect(manifest.steps.at(-1)?.alerts).toEqual([expect.stringMatching(/created successfully/i)]);

    const requests = recording.har.log.entries.map(
      (e) => `${e.request.method} ${new URL(e.request.url).pathname}`,
    );
    expect(requests).toEqual(
      expect.arrayContaining([
        'GET /',
        'POST /Home/Login',
        'POST /Home/VerifyLoginOtp',
        'GET /ApiRegistration/CreateApiUser',
        'POST /ApiRegistration/VerifyOtp',
        'POST /ApiRegistration/Register',
      ]),
    );
    const login = recording.har.log.entries.find((e) => e.request.url.endsWith('/Home/Login'));
    expect(Object.fromEntries(new URLSearchParams(login?.request.postData?.text))).toEqual({
      __RequestVerificationToken: '[redacted]',
      'UserLogin.Salt': '[redacted]',
      'UserLogin.Password': '[redacted]',
      'UserLogin.UserName': '[redacted]',
      CaptchaCode: '[redacted]',
    });

    expectNothingSecret(recording, dir);
    for (const identifier of [DEMO.gstin, DEMO.portalUsername, DEMO.apiUsernameSuffix]) {
      expect(recording.all).not.toContain(identifier);
    }
    expect(recording.text.get('03-twoFactor.html')).toContain('GSTIN: [GSTIN]');
    expect(recording.text.get('09-submit.html')).toContain('API_[username]');
  });

  test.describe('when the portal answers by AJAX (the bootstrap dialect)', () => {
    test.use({ mockConfig: { dialect: 'bootstrap' } });
    test('keeps the pages’ fetch and XHR exchanges, scrubbed like the rest', async ({
      mock,
      runCli,
    }, testInfo) => {
      const dir = testInfo.outputPath('recording');
      const run = await runCli({
        args: registerArgs(mock.url, dir),
        env: DEMO_ENV,
        stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
      });

      expect(run.code).toBe(0);
      const recording = read(dir);
      const ajax = recording.har.log.entries.filter((e) => ['fetch', 'xhr'].includes(e._resourceType));
      const posts = ajax.filter((e) => e.request.method === 'POST');
      // The API OTP checked in place and the form saved in place: both went by script, not by a page load.
      const fields = posts.map((e) => new URLSearchParams(e.request.postData?.text));
      const otp = fields.find((form) => [...form.keys()].some((name) => /otp/i.test(name)));
      const saved = fields.find((form) => [...form.keys()].some((name) => /password/i.test(name)));
      expect(otp, 'an AJAX post of the API OTP').toBeDefined();
      expect(saved, 'an AJAX post of the API user').toBeDefined();
      for (const form of [otp, saved]) {
        for (const [name, value] of form ?? []) {
          if (/otp|password|token/i.test(name)) expect(value, name).toBe('[redacted]');
        }
      }
      for (const entry of ajax) {
        expect(entry.response.content.mimeType).toMatch(/json/);
        expect(() => JSON.parse(entry.response.content.text ?? '')).not.toThrow();
      }
      expect(manifestAlerts(recording.manifest)).toEqual(
        expect.arrayContaining([expect.stringMatching(/created successfully/i)]),
      );
      expectNothingSecret(recording, dir);
    });
  });

  test.describe('when the portal fails part way', () => {
    test.use({ mockConfig: { faults: { serverErrorAt: 'register' } } });
    test('leaves every page it reached, the failing page included, and keeps identifiers when asked', async ({
      mock,
      runCli,
    }, testInfo) => {
      const dir = testInfo.outputPath('recording');
      const run = await runCli({
        args: registerArgs(mock.url, dir, '--keep-identifiers'),
        env: DEMO_ENV,
        stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
      });

      expect(run.code).toBe(4);
      const recording = read(dir);
      const { manifest } = recording;
      expect(manifest).toMatchObject({
        keepIdentifiers: true,
        target: { gstin: DEMO.gstin, apiUsername: `API_${DEMO.apiUsernameSuffix}` },
        status: 'failed',
        error: { step: 'apiOtp', kind: 'server-error' },
      });
      expect(manifest.steps.map((step) => [step.name, step.status])).toEqual([
        ...ALL_STEPS.slice(0, 5).map((name) => [name, 'ok']),
        ['apiOtp', 'failed'],
      ]);
      const failing = manifest.steps.at(-1);
      expect(recording.text.get(failing?.html ?? '')).toMatch(/Server Error/);
      expect(recording.har.log.entries.map((e) => e.response.status)).toContain(500);

      expectNothingSecret(recording, dir);
      expect(recording.text.get('03-twoFactor.html')).toContain(DEMO.gstin);
      const login = recording.har.log.entries.find((e) => e.request.url.endsWith('/Home/Login'));
      expect(new URLSearchParams(login?.request.postData?.text).get('UserLogin.UserName')).toBe(
        DEMO.portalUsername,
      );
    });
  });

  test('the recordings kept in the suite are scrubbed too', () => {
    const root = fileURLToPath(new URL('./recordings', import.meta.url));
    const dirs = readdirSync(root).filter((name) => existsSync(join(root, name, 'recording.json')));
    expect(dirs.length).toBeGreaterThan(0);
    for (const name of dirs) expectScrubbed(read(join(root, name)), join(root, name));
  });

  test('refuses a folder that already holds files, before any browser starts', async ({
    runCli,
  }, testInfo) => {
    const dir = testInfo.outputPath('full');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'an earlier recording\n');
    const run = await runCli({ args: registerArgs('http://127.0.0.1:9', dir), env: DEMO_ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--record .*not empty/);
    const alone = await runCli({
      args: ['register', '--gstin', DEMO.gstin, '--api-username', 'acme01', '--keep-identifiers'],
      env: DEMO_ENV,
    });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--keep-identifiers .*--record/);
  });
});

test.describe('scrubbing a page’s fields', () => {
  const secrets = new SecretValues();
  secrets.add('482913');
  const scrubber = new Scrubber({ secrets, keepIdentifiers: true, identifiers: { gstin: DEMO.gstin } });
  const cases: [string, string, string][] = [
    [
      'a button keeps the text a person reads on it, whatever its name',
      '<input type="submit" name="ctl00$btnVerifyApiOtp" value="Verify OTP">',
      '<input type="submit" name="ctl00$btnVerifyApiOtp" value="Verify OTP">',
    ],
    [
      'an OTP field loses what was typed in it',
      '<input type="text" name="txtApiOtp" value="615204">',
      '<input type="text" name="txtApiOtp">',
    ],
    [
      'a hidden token is taken out',
      '<input type="hidden" name="__RequestVerificationToken" value="CfDJ8AbCdEfGh">',
      '<input type="hidden" name="__RequestVerificationToken" value="[redacted]">',
    ],
    [
      'a secret of the run is taken out of a button too',
      '<input type="button" value="482913">',
      '<input type="button" value="[redacted]">',
    ],
  ];
  for (const [name, html, scrubbed] of cases) {
    test(name, () => {
      expect(scrubber.html(html)).toBe(scrubbed);
    });
  }

  test('a button posted by name (ASP.NET WebForms) keeps its text on the pages', () => {
    const forms = new Scrubber({ secrets, keepIdentifiers: true, identifiers: { gstin: DEMO.gstin } });
    expect(forms.form('ctl00%24MainContent%24btnVerifyApiOtp=Verify+OTP&txtApiOtp=615204')).toBe(
      'ctl00%24MainContent%24btnVerifyApiOtp=[redacted]&txtApiOtp=[redacted]',
    );
    expect(forms.html('<input type="submit" value="Verify OTP"><p>Press Verify OTP</p>')).toBe(
      '<input type="submit" value="Verify OTP"><p>Press Verify OTP</p>',
    );
  });
});
