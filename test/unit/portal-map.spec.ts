/**
 * The portal map's override files: what they may change, how every problem is listed at once,
 * and that the older labels files keep working.
 */
import { test as base, expect } from '@playwright/test';
import { ConfigError } from '../../src/errors.js';
import {
  addresses,
  applyOverrides,
  BUILT_IN_MAP,
  element,
  overrideFileText,
  parseOverrides,
  secretElements,
} from '../../src/portal-map.js';

const test = base;

function problemsOf(raw: unknown): string[] {
  try {
    parseOverrides(raw, 'map.json');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

test("every entry names itself in the operator's words and says where its facts come from", () => {
  for (const address of addresses(BUILT_IN_MAP)) {
    const entry = element(BUILT_IN_MAP, address);
    expect(entry.name, address).toMatch(/^the /);
    expect(entry.source, address).not.toBe('');
  }
});

test('choices with consequences are known by their text only, with what they must never be', () => {
  const throughGsp = element(BUILT_IN_MAP, 'registration.throughGsp');
  expect(throughGsp.byTextOnly).toBe(true);
  expect(throughGsp.never).toEqual(['Directly', 'Through ERP', 'Through Client-Id of other']);
  expect(element(BUILT_IN_MAP, 'registration.submit').byTextOnly).toBe(true);
});

test('the secret fields are the passwords, the captcha and both OTP fields', () => {
  expect(secretElements(BUILT_IN_MAP).map((entry) => entry.secret)).toEqual([
    'password',
    'captcha',
    'captcha',
    'otp',
    'otp',
    'password',
    'password',
  ]);
});

for (const [what, raw] of [
  ['nested', { registration: { throughGsp: { texts: ['Through GSP partner'], ids: ['rbGspPartner'] } } }],
  ['flat', { 'registration.throughGsp': { texts: ['Through GSP partner'], ids: 'rbGspPartner' } }],
] as const) {
  test(`an override (${what}) puts its texts and ids first and keeps the built-in ones`, () => {
    const map = applyOverrides(parseOverrides(raw, 'map.json'));
    const entry = element(map, 'registration.throughGsp');
    expect(entry.texts).toEqual(['Through GSP partner', 'Through GSP']);
    expect(entry.ids).toEqual(['rbGspPartner']);
    expect(entry.never).toEqual(element(BUILT_IN_MAP, 'registration.throughGsp').never);
    expect(element(BUILT_IN_MAP, 'registration.throughGsp').texts).toEqual(['Through GSP']);
  });
}

test('an older labels file still works, each key feeding the entries it used to', () => {
  const map = applyOverrides(
    parseOverrides({ menuUserCredentials: 'API User Credentials', loginButton: ['Sign in'] }, 'l.json'),
  );
  expect(element(map, 'dashboard.userCredentials').texts[0]).toBe('API User Credentials');
  expect(element(map, 'home.loginButton').texts[0]).toBe('Sign in');
  expect(element(map, 'login.submit').texts[0]).toBe('Sign in');
});

test('every problem is listed at once, unknown names with the valid ones', () => {
  expect(
    problemsOf({
      registraton: {},
      registration: { throughGSP: 'x', submit: { text: 'Save', ids: [] } },
      'login.captha': 'x',
      dashboard: ['API Registration'],
    }),
  ).toEqual([
    expect.stringMatching(
      /^portal map file map.json: registraton is not a screen of the portal map; valid: home, login, loginOtp, dashboard, popups, apiOtp, registration, result, or wayOn \(or the older labels keys: loginButton, /,
    ),
    'portal map file map.json: registration.throughGSP is not an element of registration; valid: throughGsp, gspSelect, next, usernamePrefix, username, password, confirmPassword, submit',
    'portal map file map.json: registration.submit.text is not a field; valid: texts, ids, names, learnedAt, learnedOn',
    'portal map file map.json: registration.submit.ids must be a non-empty text or list of texts',
    'portal map file map.json: login.captha is not an element of login; valid: username, password, captchaImage, captcha, submit',
    'portal map file map.json: dashboard must be an object of elements (heading, apiRegistration, userCredentials, createApiUser)',
  ]);
  expect(problemsOf([])).toEqual(['portal map file map.json: (top) must be a JSON object']);
});

test('the text drift suggests is a file the loader takes back', () => {
  const text = overrideFileText({ 'registration.throughGsp': { texts: ['Through GSP partner'] } });
  expect(JSON.parse(text)).toEqual({ registration: { throughGsp: { texts: ['Through GSP partner'] } } });
  expect(
    element(applyOverrides(parseOverrides(JSON.parse(text), 'f')), 'registration.throughGsp').texts[0],
  ).toBe('Through GSP partner');
});
