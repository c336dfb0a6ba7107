import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_GSP, DEFAULT_PORTAL_URL, loadEnv, parseRegisterConfig } from '../../src/config.js';
import { problems } from './config-problems.js';

const good = {
  EINV_GSTIN: '27AABCE1234F1Z5',
  EINV_API_USERNAME: 'acme01',
  EINV_PORTAL_USERNAME: 'demo_user',
  EINV_PORTAL_PASSWORD: 'Demo@Pass1',
  EINV_API_PASSWORD: 'Api@Pass123',
};

test.describe('configuration', () => {
  test('fills defaults for the GSP, portal URL, output and limits', () => {
    const config = parseRegisterConfig({}, good);
    expect(config.target).toMatchObject({
      gstin: '27AABCE1234F1Z5',
      gsp: DEFAULT_GSP,
      apiUsernameSuffix: 'acme01',
    });
    expect(config.settings).toMatchObject({
      portalUrl: DEFAULT_PORTAL_URL,
      dryRun: false,
      headless: false,
      outDir: 'runs',
      timeoutMs: 30_000,
      captchaAttempts: 3,
      otpAttempts: 3,
    });
  });

  test('flags win over the environment', () => {
    const config = parseRegisterConfig(
      { gstin: '29AABCE1234F1Z1', dryRun: true, portalUrl: 'http://127.0.0.1:9/' },
      good,
    );
    expect(config.target.gstin).toBe('29AABCE1234F1Z1');
    expect(config.settings.dryRun).toBe(true);
    expect(config.settings.portalUrl).toBe('http://127.0.0.1:9/');
  });

  test('reports every problem together, naming where to fix it', () => {
    const found = problems(() =>
      parseRegisterConfig(
        {
          gstin: '27AABCE1234F1Z6',
          apiUsername: 'API_acme',
          portalUrl: 'http://portal.example',
          timeoutMs: 'soon',
        },
        { EINV_API_PASSWORD: 'weak' },
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GSTIN \(--gstin or EINV_GSTIN\): .*should be 5/),
        expect.stringMatching(/^API username .*only the part after .*API_/),
        expect.stringMatching(/^portal URL .*https/),
        expect.stringMatching(/^timeout .*whole number/),
        expect.stringMatching(/^API password \(EINV_API_PASSWORD\): needs/),
        expect.stringMatching(/missing EINV_PORTAL_USERNAME, EINV_PORTAL_PASSWORD/),
      ]),
    );
    expect(found.join('\n')).not.toContain('weak');
  });

  test('empty strings count as unset', () => {
    const config = parseRegisterConfig({}, { ...good, EINV_GSP: '', EINV_OUT_DIR: '  ' });
    expect(config.target.gsp).toBe(DEFAULT_GSP);
    expect(config.settings.outDir).toBe('runs');
  });

  test('missing secrets are a problem only when nobody can be asked', () => {
    const { EINV_PORTAL_PASSWORD: _p, EINV_API_PASSWORD: _a, ...withoutSecrets } = good;
    expect(problems(() => parseRegisterConfig({}, withoutSecrets, false))).toEqual([
      expect.stringMatching(/missing EINV_PORTAL_PASSWORD, EINV_API_PASSWORD/),
    ]);
    expect(problems(() => parseRegisterConfig({}, withoutSecrets, true))).toEqual([]);
  });

  test('the env file fills what the environment leaves unset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'einv-config-'));
    const file = join(dir, 'custom.env');
    writeFileSync(file, 'EINV_GSTIN=29AABCE1234F1Z1\nEINV_GSP=Tera Software Limited\n');
    const env = loadEnv(file, { EINV_GSP: 'IRIS BUSINESS SERVICES LIMITED' });
    expect(env.EINV_GSTIN).toBe('29AABCE1234F1Z1');
    expect(env.EINV_GSP).toBe('IRIS BUSINESS SERVICES LIMITED');
    expect(problems(() => loadEnv(join(dir, 'missing.env'), {}))).toEqual([expect.stringMatching(/ENOENT/)]);
  });

  test('--headed asks for a window; with --headless (from a flag or the environment) it is a problem', () => {
    expect(parseRegisterConfig({ headed: true }, good).settings).toMatchObject({
      headed: true,
      headless: false,
    });
    expect(parseRegisterConfig({}, { ...good, EINV_HEADED: '1' }).settings.headed).toBe(true);
    const both =
      '--headed (EINV_HEADED): asks for a browser window and --headless (EINV_HEADLESS) for none: give one of them';
    expect(problems(() => parseRegisterConfig({ headed: true, headless: true }, good))).toEqual([both]);
    expect(problems(() => parseRegisterConfig({ headed: true }, { ...good, EINV_HEADLESS: 'yes' }))).toEqual([
      both,
    ]);
    // Said together with the other problems, not once they are fixed.
    expect(
      problems(() => parseRegisterConfig({ headed: true, headless: true, timeoutMs: 'soon' }, good)),
    ).toEqual(expect.arrayContaining([both, expect.stringMatching(/^timeout/)]));
  });
});
