/**
 * The yardstick: the same clicks on the same mock portal as `einv-gsp register`, written as
 * a plain Playwright script would be (no framework, no screenshots, no report). Usage:
 *   node dist/bench/bare.js <portal-url> <captcha> <login-otp> <api-otp> [--dry-run]
 */
import { chromium } from 'playwright';
import { chromiumArgs, findBrowser } from '../src/browser.js';

const [url, captcha, loginOtp, apiOtp] = process.argv.slice(2);
const dryRun = process.argv.includes('--dry-run');
if (!url || !captcha || !loginOtp || !apiOtp)
  throw new Error('usage: bare.js <url> <captcha> <login-otp> <api-otp>');

const choice = await findBrowser(process.env.EINV_BROWSER_PATH || undefined);
const browser = await chromium.launch({
  executablePath: choice.executablePath,
  headless: true,
  args: chromiumArgs(),
});
// The bot's window size, so both lay out and paint the same pages.
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('dialog', (dialog) => void dialog.accept());

await page.goto(`${url}/`);
await page.click('#btnLogin');
await page.fill('#txtUserName', 'demo_user');
await page.fill('#txt_password', 'Demo@Pass1');
await page.fill('#CaptchaCode', captcha);
await page.click('#btnSubmitLogin');
await page.fill('#txtOtp', loginOtp);
await page.click('#btnVerifyOTP');
const exit = page.locator('#btnTechExit');
await exit.click();
await page.getByRole('link', { name: 'API Registration' }).click();
await page.getByRole('link', { name: 'User Credentials' }).click();
await page.getByRole('link', { name: 'Create API User' }).click();
await page.fill('#txtOTP', apiOtp);
await page.click('#btnVerify');
await page.check('#rbGSP');
await page.selectOption('#ddlGSP', { label: 'DEFMACRO SOFTWARE PRIVATE LIMITED' });
await page.fill('#txtApiUserName', 'bench01');
await page.fill('#txtApiPassword', 'Bench@Pass1');
await page.fill('#txtApiRePassword', 'Bench@Pass1');
if (!dryRun) {
  await page.click('#btnSubmitApiUser');
  await page.locator('#tblRegisteredGsp').getByText('API_bench01').waitFor();
}
await browser.close();
