/**
 * What the portal said after an action is the text that was not on the page before it, also
 * when the answer is a new page: a red note printed under the form on every rendering is no
 * verdict; a refusal is, and the same refusal again after a second try is too. Served by a
 * tiny portal of its own (full-page posts), read through the screen wait the flow uses.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

const NOTE = '* Fields marked with an asterisk are mandatory.';
const REFUSAL = 'Invalid OTP. Please enter the valid OTP.';

function otpPage(refusal?: string): string {
  return `<!doctype html><html><head><title>Create API User</title></head><body>
<form method="post" action="/">
  <table><tr><td>Enter OTP</td><td><input name="otp" maxlength="6"></td></tr></table>
  ${refusal ? `<div class="divError">${refusal}</div>` : ''}
  <button type="submit">Verify OTP</button> <button type="submit" formaction="/resend">Resend OTP</button>
  <span class="text-danger">${NOTE}</span>
</form></body></html>`;
}

let server: Server;
let url: string;

test.beforeAll(async () => {
  registerPortalEngine(selectors);
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      const otp = new URLSearchParams(body).get('otp');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      // A wrong OTP is refused; any other the page shows again without a word.
      res.end(otpPage(req.method === 'POST' && otp === '000000' ? REFUSAL : undefined));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('a note printed under the form on every page is not what the portal answered', async ({ page }) => {
  await page.goto(url);
  const portal = new Portal(page, BUILT_IN_MAP, 5000);
  const answer = await portal.screens.answerTo(() => portal.apiOtp.verify('111111'), ['registration'], 5000);
  expect(answer).toMatchObject({ why: 'navigated', screen: 'otp', errors: [] });
});

test('a refusal on the new page is, and the same refusal after a second try too', async ({ page }) => {
  await page.goto(url);
  const portal = new Portal(page, BUILT_IN_MAP, 5000);
  for (let attempt = 1; attempt <= 2; attempt++) {
    const answer = await portal.screens.answerTo(
      () => portal.apiOtp.verify('000000'),
      ['registration'],
      5000,
    );
    expect(answer, `attempt ${attempt}`).toMatchObject({ why: 'navigated', errors: [REFUSAL] });
  }
  const silent = await portal.screens.answerTo(() => portal.apiOtp.verify('111111'), ['registration'], 5000);
  expect(silent).toMatchObject({ why: 'navigated', errors: [] });
});
