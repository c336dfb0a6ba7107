/**
 * The yardsticks: the same clicks on the same mock portal as `einv-gsp register`, written as a
 * plain Playwright script would be, with selectors hard-coded per markup dialect of the mock (on
 * purpose: this is the reference, not the bot, and it knows nothing of the portal map). Usage:
 *   node dist/bench/bare.js <portal-url> <captcha> <login-otp> <api-otp>
 *     [--dry-run] [--dialect accessible|legacy-table|bootstrap] [--same-work <dir>]
 *
 * Bare (the default): no screenshots, no report, no checks.
 * Same work (`--same-work <dir>`): the bare script plus what the bot must keep and show: a
 * full-page PNG of the page after each of the bot's steps, and of the login form as filled
 * before Login, at the bot's window size, secret fields masked, written to <dir>; and the
 * captcha's picture, taken before the captcha is "asked" (the operator cannot answer without it).
 *
 * Both print `mark <name> <epoch ms>` lines on standard output where the bot asks a question
 * (`question:captcha`, `question:login-otp`, `question:api-otp`) and at the outcome
 * (`outcome`), so the bench can set the bot's intervals beside the script's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright';
import { chromiumArgs, findBrowser } from '../src/browser.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    dialect: { type: 'string', default: 'accessible' },
    'same-work': { type: 'string' },
  },
});
const [url, captcha, loginOtp, apiOtp] = positionals;
if (!url || !captcha || !loginOtp || !apiOtp)
  throw new Error(
    'usage: bare.js <url> <captcha> <login-otp> <api-otp> [--dry-run] [--dialect d] [--same-work dir]',
  );
const dryRun = values['dry-run'];
const shotDir = values['same-work'];

/** What differs between the mock's dialects after the login page (the ids before it are the real portal's). */
interface DialectSelectors {
  loginSubmit: string;
  /** Buttons closing the popups shown after login, in the order they come. */
  popupCloses: string[];
  apiOtp: string;
  apiOtpVerify: string;
  throughGsp: string;
  gspSelect: string;
  apiUser: string;
  apiPassword: string;
  apiRePassword: string;
  submit: string;
  registeredTable: string;
}

const DIALECTS: Record<string, DialectSelectors> = {
  accessible: {
    loginSubmit: '#btnSubmitLogin',
    popupCloses: ['#btnTechExit'],
    apiOtp: '#txtOTP',
    apiOtpVerify: '#btnVerify',
    throughGsp: '#rbGSP',
    gspSelect: '#ddlGSP',
    apiUser: '#txtApiUserName',
    apiPassword: '#txtApiPassword',
    apiRePassword: '#txtApiRePassword',
    submit: '#btnSubmitApiUser',
    registeredTable: '#tblRegisteredGsp',
  },
  'legacy-table': {
    loginSubmit: '#btnSignIn',
    popupCloses: ['#btnPopupExit'],
    apiOtp: '#MainContent_txtApiOtp',
    apiOtpVerify: '#MainContent_btnVerifyApiOtp',
    throughGsp: '#MainContent_rblRegMode_1',
    gspSelect: '#MainContent_ddlGspList',
    apiUser: '#MainContent_txtApiUser',
    apiPassword: '#MainContent_txtApiPwd',
    apiRePassword: '#MainContent_txtApiRePwd',
    submit: '#MainContent_btnSubmit',
    registeredTable: '#MainContent_gvGspDetails',
  },
  bootstrap: {
    loginSubmit: 'button.btnlogin',
    // The technical contacts, then the advisory that follows them.
    popupCloses: ['#mdlTechContact .modal-footer button', '#mdlAdvisory .modal-footer button'],
    apiOtp: '#ApiOtp',
    apiOtpVerify: '#btnApiOtpVerify',
    throughGsp: '#RegMode_Gsp',
    gspSelect: '#ApiUserModel_GspCode',
    apiUser: '#ApiUserModel_UserName',
    apiPassword: '#ApiUserModel_Password',
    apiRePassword: '#ApiUserModel_ConfirmPassword',
    submit: '#btnSaveApiUser',
    registeredTable: '#tbodyGspRegistered',
  },
};
const s = DIALECTS[values.dialect ?? 'accessible'];
if (!s) throw new Error(`unknown dialect ${values.dialect}`);

const mark = (name: string) => process.stdout.write(`mark ${name} ${Date.now()}\n`);

const choice = await findBrowser(process.env.EINV_BROWSER_PATH || undefined);
const browser = await chromium.launch({
  executablePath: choice.executablePath,
  headless: true,
  args: chromiumArgs(),
});
// The bot's window size, so both lay out and paint the same pages.
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
// Bootstrap's Submit asks confirm(), then alert()s the answer: both accepted.
page.on('dialog', (dialog) => void dialog.accept());

let shots = 0;
/** Same work only: the page after a step, full page, secret fields masked, written out. */
async function shot(step: string, p: Page = page): Promise<void> {
  if (!shotDir) return;
  shots += 1;
  const png = await p.screenshot({
    fullPage: true,
    mask: [
      p.locator(`input[type="password"], #CaptchaCode, #captcha_image, #txtOtp, ${s?.apiOtp ?? '#txtOTP'}`),
    ],
    maskColor: '#444444',
  });
  writeFileSync(join(shotDir, `${String(shots).padStart(2, '0')}-${step}.png`), png, { mode: 0o600 });
}

await page.goto(`${url}/`);
await shot('openPortal');
await page.click('#btnLogin');
if (shotDir)
  writeFileSync(join(shotDir, 'captcha.png'), await page.locator('#captcha_image').screenshot(), {
    mode: 0o600,
  });
else await page.locator('#captcha_image').waitFor();
mark('question:captcha');
await page.fill('#txtUserName', 'demo_user');
await page.fill('#txt_password', 'Demo@Pass1');
await page.fill('#CaptchaCode', captcha);
// The bot keeps the form as filled, before Login, and the page Login brought, as the sign-in
// step's own picture.
await shot('form-filled');
await page.click(s.loginSubmit);
await page.locator('#txtOtp').waitFor();
await shot('signIn');
mark('question:login-otp');
await page.fill('#txtOtp', loginOtp);
await page.click('#btnVerifyOTP');
await page.getByRole('link', { name: 'API Registration' }).waitFor();
await shot('twoFactor');
for (const close of s.popupCloses) await page.click(close);
await shot('dashboard');
await page.getByRole('link', { name: 'API Registration' }).click();
await page.getByRole('link', { name: 'User Credentials' }).click();
await page.getByRole('link', { name: 'Create API User' }).click();
await page.locator(s.apiOtp).waitFor();
await shot('openCreateApiUser');
mark('question:api-otp');
await page.fill(s.apiOtp, apiOtp);
await page.click(s.apiOtpVerify);
await page.locator(s.throughGsp).waitFor();
await shot('apiOtp');
await page.check(s.throughGsp);
await shot('throughGsp');
await page.selectOption(s.gspSelect, { label: 'DEFMACRO SOFTWARE PRIVATE LIMITED' });
await page.fill(s.apiUser, 'bench01');
await page.fill(s.apiPassword, 'Bench@Pass1');
await page.fill(s.apiRePassword, 'Bench@Pass1');
await shot('fillCredentials');
if (!dryRun) {
  await page.click(s.submit);
  await page.locator(s.registeredTable).getByText('API_bench01').waitFor();
  await shot('submit');
}
mark('outcome');
await browser.close();
