import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRecording, type Recording } from '../src/recording/recording.js';
import { DEMO, expect, HAPPY_ANSWERS, readReport, test } from './fixtures.js';
import { DIALECTS, type Dialect } from './mock-portal/types.js';
import { formDifference, jsonDifference, replay, spliceJson } from './replay-harness.js';

const RECORDINGS = fileURLToPath(new URL('./recordings', import.meta.url));

/** Every recording under test/recordings/ is a test; a new one becomes one by being put there. */
const recordings = existsSync(RECORDINGS)
  ? readdirSync(RECORDINGS)
      .filter((name) => existsSync(join(RECORDINGS, name, 'recording.json')))
      .sort()
  : [];

/** The markup a recording of the mock was made in, from its folder's name (mock-<dialect>-<date>). */
function dialectOf(name: string): Dialect | undefined {
  return DIALECTS.find((dialect) => name.startsWith(`mock-${dialect}-`));
}

/** The latest recording of the mock's default (accessible) markup: the one the tests below edit. */
function mockRecording(): Recording {
  const name = recordings.filter((n) => dialectOf(n) === 'accessible').at(-1);
  if (!name)
    throw new Error('no recording of the accessible mock under test/recordings (npm run record:mock)');
  return loadRecording(join(RECORDINGS, name));
}

/** The demo login and API user the mock recordings were made with (scripts/record-mock.ts). */
function demoTarget(recording: Recording) {
  return {
    gstin: recording.manifest.target.gstin ?? DEMO.gstin,
    gsp: recording.manifest.target.gsp,
    apiUsernameSuffix: (recording.manifest.target.apiUsername ?? `API_${DEMO.apiUsernameSuffix}`).replace(
      /^API_/,
      '',
    ),
    portalUsername: DEMO.portalUsername,
  };
}

test.describe('replaying recorded runs', () => {
  test('the suite has a recording of the mock to replay', () => {
    expect(recordings.some((name) => dialectOf(name) === 'accessible')).toBe(true);
  });

  for (const name of recordings) {
    // The mock answers in the markup the recording was made in: its posts and AJAX calls differ.
    const dialect = dialectOf(name);
    test(`replays ${name} offline: the recorded pages, the mock's answers, nothing else`, async ({
      browser,
      mock,
    }, testInfo) => {
      if (dialect) mock.reset({ dialect, fixed: mock.state().fixed });
      const recording = loadRecording(join(RECORDINGS, name));
      const reason = recording.manifest.replay;
      test.skip(reason !== undefined, `recording.json says it cannot be replayed yet: ${reason}`);

      const { result, harness } = await replay({
        browser,
        recording,
        mockUrl: mock.url,
        outDir: testInfo.outputPath('runs'),
        target: demoTarget(recording),
        portalPassword: DEMO.portalPassword,
        apiPassword: DEMO.apiPassword,
        answers: HAPPY_ANSWERS,
      });

      expect(harness.unmatched).toEqual([]);
      expect(harness.escaped()).toEqual([]);
      expect(new URL(recording.manifest.portalUrl).origin).not.toBe(new URL(mock.url).origin);
      expect(result.status).toBe(recording.manifest.status);
      expect(readReport(result.runDir).steps.map((step) => [step.name, step.status])).toEqual(
        recording.manifest.steps.map((step) => [step.name, step.status]),
      );
      // The posts were answered by the mock's state machine: the captcha, both OTPs and the
      // salted password hash were checked there, and the user it created is the recorded one.
      const events = mock.state().events.map((event) => event.type);
      expect(events).toEqual(expect.arrayContaining(['login-ok', 'otp-verified', 'user-created']));
      if (recording.manifest.status === 'registered') {
        expect(mock.state().apiUsers).toEqual([
          expect.objectContaining({
            gsp: recording.manifest.target.gsp,
            username: `API_${demoTarget(recording).apiUsernameSuffix}`,
            password: DEMO.apiPassword,
          }),
        ]);
      }
      expect(harness.served).toEqual(expect.arrayContaining([expect.stringMatching(/captcha.*\(mock\)/)]));
      // A page's own AJAX calls (an OTP checked in place, a form saved in place) were answered
      // through the mock too, not from the recording alone.
      const scripted = recording.har.log.entries
        .filter((entry) => ['fetch', 'xhr'].includes(entry._resourceType))
        .map(
          (entry) => `${entry.request.method} ${new URL(entry.request.url).pathname} (recording, mock state)`,
        );
      expect(harness.served).toEqual(expect.arrayContaining(scripted));
    });
  }

  test('the bot reads the recorded pages, not the mock’s: a menu item renamed in the recording stops it until a portal-map file follows', async ({
    browser,
    mock,
  }, testInfo) => {
    const recording = mockRecording();
    for (const entry of recording.har.log.entries) {
      const { content } = entry.response;
      if (entry.request.url.endsWith('/Home/MainMenu') && content.text)
        content.text = content.text.replace('>User Credentials</a>', '>API User Credentials</a>');
    }
    const options = {
      browser,
      recording,
      mockUrl: mock.url,
      target: demoTarget(recording),
      portalPassword: DEMO.portalPassword,
      apiPassword: DEMO.apiPassword,
      answers: HAPPY_ANSWERS,
    };

    const stopped = await replay({
      ...options,
      outDir: testInfo.outputPath('stopped'),
      settings: { timeoutMs: 5_000 },
    });
    expect(stopped.result.status).toBe('failed');
    expect(stopped.result.report.error?.step).toBe('openCreateApiUser');

    const portalMapFile = testInfo.outputPath('portal-map.json');
    writeFileSync(
      portalMapFile,
      JSON.stringify({ dashboard: { userCredentials: { texts: ['API User Credentials'] } } }),
    );
    const followed = await replay({
      ...options,
      outDir: testInfo.outputPath('followed'),
      settings: { portalMapFile },
    });
    expect(followed.harness.unmatched).toEqual([]);
    expect(followed.result.status).toBe('registered');
  });

  test('a request the recording does not have fails the replay loudly', async ({
    browser,
    mock,
  }, testInfo) => {
    const recording = mockRecording();
    recording.har.log.entries = recording.har.log.entries.filter(
      (entry) => !entry.request.url.endsWith('/ApiRegistration/CreateApiUser'),
    );

    const { result, harness } = await replay({
      browser,
      recording,
      mockUrl: mock.url,
      outDir: testInfo.outputPath('runs'),
      target: demoTarget(recording),
      portalPassword: DEMO.portalPassword,
      apiPassword: DEMO.apiPassword,
      answers: HAPPY_ANSWERS,
      settings: { timeoutMs: 5_000 },
    });

    expect(harness.unmatched).toEqual([
      expect.stringMatching(/^GET \/ApiRegistration\/CreateApiUser: not in the recording$/),
    ]);
    expect(result.status).toBe('failed');
    expect(result.report.error?.step).toBe('openCreateApiUser');
    expect(mock.state().events.map((event) => event.type)).not.toContain('user-created');
  });

  test('a post that differs from the recorded one is refused, not sent', async ({
    browser,
    mock,
  }, testInfo) => {
    const recording = mockRecording();

    const { result, harness } = await replay({
      browser,
      recording,
      mockUrl: mock.url,
      outDir: testInfo.outputPath('runs'),
      target: { ...demoTarget(recording), gsp: 'IRIS BUSINESS SERVICES LIMITED' },
      portalPassword: DEMO.portalPassword,
      apiPassword: DEMO.apiPassword,
      answers: HAPPY_ANSWERS,
      settings: { timeoutMs: 5_000 },
    });

    expect(harness.unmatched).toEqual([
      expect.stringMatching(/^POST \/ApiRegistration\/Register: posted GspId=/),
    ]);
    expect(result.status).not.toBe('registered');
    expect(mock.state().submits).toBe(0);
  });
});

test.describe('comparing a posted form with the recorded one', () => {
  const cases: [string, string | undefined, string | undefined, RegExp | undefined][] = [
    ['same fields and values', 'a=1&b=2', 'a=1&b=2', undefined],
    ['a secret field differs', 'Otp=[redacted]&b=2', 'Otp=482913&b=2', undefined],
    ['a masked identifier differs', 'UserName=[api-username]', 'UserName=acme01', undefined],
    ['a plain value differs', 'GspId=G007', 'GspId=G012', /posted GspId="G012"/],
    ['a field is missing', 'a=1&b=2', 'a=1', /posted fields \[a\]/],
  ];
  for (const [name, recorded, live, problem] of cases) {
    test(name, () => {
      const found = formDifference(recorded, live);
      if (problem) expect(found).toMatch(problem);
      else expect(found).toBeUndefined();
    });
  }
});

test.describe('comparing a posted JSON body with the recorded one', () => {
  const cases: [string, string, string, RegExp | undefined][] = [
    ['same keys and values', '{"a":1,"b":"x"}', '{"a":1,"b":"x"}', undefined],
    ['a masked value differs', '{"otp":"[redacted]","b":"x"}', '{"otp":"615204","b":"x"}', undefined],
    ['a plain value differs', '{"gsp":"G007"}', '{"gsp":"G012"}', /posted gsp="G012"/],
    ['a key is missing', '{"a":1,"b":2}', '{"a":1}', /posted JSON with \[a\]/],
  ];
  for (const [name, recorded, live, problem] of cases) {
    test(name, () => {
      const found = jsonDifference(recorded, live);
      if (problem) expect(found).toMatch(problem);
      else expect(found).toBeUndefined();
    });
  }

  test('an AJAX answer gets the mock’s live values where the recording has a mask', () => {
    expect(
      spliceJson(
        '{"success":true,"token":"[redacted]","rows":[{"user":"API_[username]","gsp":"X"}]}',
        '{"success":true,"token":"t-123","rows":[{"user":"API_acme01","gsp":"Y"}]}',
      ),
    ).toBe('{"success":true,"token":"t-123","rows":[{"user":"API_acme01","gsp":"X"}]}');
  });
});
