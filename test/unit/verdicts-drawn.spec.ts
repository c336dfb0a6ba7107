/**
 * The portal's verdict as it is drawn (issue 18 §1): the page's verdict watcher reports words in
 * an error, warning or success colour whatever their class, a toast even after it has gone, and a
 * message dialog; never a red "*", a red button or a blue link. Known texts are read by meaning,
 * in the other words the generator's `reworded` form uses too.
 */
import { selectors } from '@playwright/test';
import { otpVerdict, submitVerdict } from '../../flows/portal-verdicts.js';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { PortalWatch } from '../../src/pages/portal-watch.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';
import { rewordings } from '../mock-portal/message-forms.js';
import { ALERTS } from '../mock-portal/state.js';

test.beforeAll(() => registerPortalEngine(selectors));

const PAGE = 'http://verdicts.test/';

const html = (body: string) =>
  `<!doctype html><html><head><title>API Registration</title></head><body>
  <form><table><tr><td>Enter OTP</td><td><input id="otp"></td></tr></table>
  <button type="button" id="verify">Verify OTP</button></form>${body}</body></html>`;

/** A page served over HTTP (the watcher stays out of other schemes), with the watcher on. */
async function watched(page: import('playwright').Page, body: string) {
  await page.route(PAGE, (route) => route.fulfill({ contentType: 'text/html', body: html(body) }));
  const watch = new PortalWatch(page);
  await watch.watchShown();
  await page.goto(PAGE);
  return watch;
}

test('words in a red, amber or green colour are verdicts whatever their class; a red "*", button or link is not', async ({
  page,
}) => {
  const watch = await watched(
    page,
    `<b style="color:#d00000">Invalid OTP. Please enter the valid OTP.</b>
     <p><font color="#e07000">OTP validity is over.</font></p>
     <div style="color:rgb(40,167,69)">OTP has been resent.</div>
     <span style="color:red">*</span> <button style="color:#fff;background:#dc3545">Exit</button>
     <a href="#" style="color:#c00">Forgot password</a> <p style="color:#0645ad">A blue note</p>
     <p style="color:#777">A grey note</p>`,
  );
  await expect
    .poll(() => watch.shownSince(0).map((shown) => [shown.text, shown.tone]))
    .toEqual([
      ['Invalid OTP. Please enter the valid OTP.', 'error'],
      ['OTP validity is over.', 'warning'],
      ['OTP has been resent.', 'success'],
    ]);
  expect((await watch.shownNow())?.texts).toHaveLength(3);
});

test('a toast is caught as it appears, and kept once it has left the page', async ({ page }) => {
  const watch = await watched(
    page,
    `<script>
      document.getElementById('verify').addEventListener('click', () => {
        const toast = document.createElement('div');
        toast.style.cssText = 'position:fixed;top:10px;right:10px;background:#bd362f;color:#fff;padding:10px';
        toast.textContent = 'The OTP entered is not correct.';
        document.body.appendChild(toast);
        setTimeout(() => toast.remove(), 300);
      });
    </script>`,
  );
  const mark = watch.shownMark();
  const { doc } = (await watch.shownNow()) ?? { doc: '' };
  await page.locator('#verify').click();
  const shown = await watch.nextShown(mark, doc);
  expect(shown).toMatchObject({ text: 'The OTP entered is not correct.', tone: 'error', floating: true });
  await expect(page.getByText('The OTP entered is not correct.')).toHaveCount(0);
  expect(watch.shownSince(mark).map((s) => s.text)).toEqual(['The OTP entered is not correct.']);
});

test('a message dialog is one verdict, its title and text without its buttons', async ({ page }) => {
  const watch = await watched(
    page,
    `<div style="position:fixed;inset:0;background:rgba(0,0,0,.4)"><div role="dialog" aria-modal="true"
       style="margin:20% auto;width:30em;background:#fff;color:#545454"><h2>Oops...</h2>
       <div>Invalid OTP. Please enter the valid OTP.</div><button>OK</button>
       <button style="display:none">Cancel</button></div></div>`,
  );
  await expect
    .poll(() => watch.shownSince(0))
    .toMatchObject([
      { text: 'Oops... Invalid OTP. Please enter the valid OTP.', tone: 'dialog', floating: true },
    ]);
});

test('a question answered is no verdict while it still asks in the same words; what it says next is', async ({
  page,
}) => {
  // As a Headless-UI confirm does: its Confirm turns to "Please wait…" while the page sends, the
  // box left standing with the question's words; then the box says the portal's answer.
  const watch = await watched(
    page,
    `<div style="position:fixed;inset:0;background:rgba(0,0,0,.4)"></div>
     <div role="alertdialog" aria-modal="true" style="position:fixed;top:30%;left:30%;width:30em;background:#fff">
       <h3>Create API user</h3><p id="said">Do you want to continue?</p>
       <button id="cancel">Cancel</button> <button id="confirm">Confirm</button></div>
     <script>
       document.getElementById('confirm').addEventListener('click', (event) => {
         event.target.textContent = 'Please wait...';
         event.target.disabled = true;
         document.getElementById('cancel').remove();
         window.answer = () => { document.getElementById('said').textContent = 'API user created.'; };
       });
     </script>`,
  );
  const mark = watch.shownMark();
  await page.locator('#confirm').click();
  await expect(page.locator('#confirm')).toHaveText('Please wait...');
  expect((await watch.shownNow())?.texts).toEqual([]);
  await page.evaluate('window.answer()');
  await expect
    .poll(() => watch.shownSince(mark).map((shown) => shown.text))
    .toEqual(['Create API user API user created.']);
});

test('a question answered is no verdict while its Confirm shows a spinner that names itself to screen readers', async ({
  page,
}) => {
  // As react-bootstrap's does: the spinner in the button says "Loading..." to a screen reader
  // only, so the button's text ("Loading...Submitting...") is not what the box draws.
  const watch = await watched(
    page,
    `<style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
     <div style="position:fixed;inset:0;background:rgba(0,0,0,.4)"></div>
     <div role="dialog" aria-modal="true" style="position:fixed;top:30%;left:30%;width:30em;background:#fff">
       <h5>Confirm</h5><p>You are about to create the API user <b>API_rend14</b>.</p><p>Do you want to continue?</p>
       <button id="no">No</button> <button id="yes">Yes, Submit</button></div>
     <script>
       document.getElementById('yes').addEventListener('click', (event) => {
         const yes = event.currentTarget;
         yes.innerHTML = '<span role="status" style="display:inline-block;width:1em;height:1em;border:2px solid"><span class="sr">Loading...</span></span>Submitting...';
         yes.disabled = true;
         document.getElementById('no').disabled = true;
       });
     </script>`,
  );
  const mark = watch.shownMark();
  await page.locator('#yes').click();
  await expect(page.locator('#yes')).toHaveText(/Submitting/);
  expect((await watch.shownNow())?.texts).toEqual([]);
  // A verdict drawn after it is reported after anything the watcher read of the question.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<b style="color:#d00000">Session expired</b>'),
  );
  await expect.poll(() => watch.shownSince(mark).map((shown) => shown.text)).toEqual(['Session expired']);
});

test("the mock's verdicts in other words are read by meaning", () => {
  const words = rewordings();
  const otp = (key: keyof typeof ALERTS) => otpVerdict(words[ALERTS[key]] ?? '');
  const submit = (key: keyof typeof ALERTS) => submitVerdict(words[ALERTS[key]] ?? '');
  expect([otp('otpWrong'), otp('otpExpired'), otp('otpResent')]).toEqual(['wrong', 'expired', 'notice']);
  expect([
    submit('alreadyRegistered'),
    submit('usernameTaken'),
    submit('passwordPolicy'),
    submit('created'),
  ]).toEqual(['already-registered', 'username-taken', 'password', 'success']);
  // The mock's own words keep their meaning.
  expect([otpVerdict(ALERTS.otpWrong), otpVerdict(ALERTS.otpExpired), otpVerdict(ALERTS.otpResent)]).toEqual([
    'wrong',
    'expired',
    'notice',
  ]);
  expect(otpVerdict('Invalid OTP. A new OTP has been sent.')).toBe('wrong');
});

/** A refusal shown in a SweetAlert-style dialog: a div with the message and an OK button, no alert(). */
const bare = (body: string) =>
  `<!doctype html><html><head><title>Create API User</title></head><body>${body}</body></html>`;

const MESSAGE_DIALOG = bare(`
<style>
  .sweet-overlay { position: fixed; inset: 0; background: rgba(0,0,0,.4); z-index: 10000; display: none; }
  .sweet-alert { position: fixed; left: 30%; top: 30%; width: 40%; background: #fff; z-index: 10001; display: none; }
</style>
<table><tr><td>Enter OTP</td><td><input id="otp" maxlength="6"></td></tr></table>
<button type="button" id="verify">Verify OTP</button> <button type="button">Resend OTP</button>
<div class="sweet-overlay"></div>
<div class="sweet-alert"><h2>Error</h2><p>Invalid OTP. Please enter the valid OTP.</p>
  <button class="confirm">OK</button></div>
<script>
  document.getElementById('verify').addEventListener('click', () => {
    setTimeout(() => {
      document.querySelector('.sweet-overlay').style.display = 'block';
      document.querySelector('.sweet-alert').style.display = 'block';
    }, 200);
  });
  document.querySelector('.confirm').addEventListener('click', () => {
    document.querySelector('.sweet-overlay').style.display = 'none';
    document.querySelector('.sweet-alert').style.display = 'none';
  });
</script>`);

test('case 6: a refusal in a SweetAlert-style dialog is the portal answer, read at once', async ({
  page,
}) => {
  await page.setContent(MESSAGE_DIALOG);
  const portal = new Portal(page, BUILT_IN_MAP, 30_000);
  const started = Date.now();
  const answer = await portal.screens.answerTo(
    () => portal.apiOtp.verify('000000'),
    ['registration'],
    30_000,
  );
  expect(answer).toMatchObject({ errors: [expect.stringContaining('Invalid OTP')] });
  // Read as soon as it shows, not at the end of the wait (a sixth of it leaves room for a loaded machine).
  expect(Date.now() - started).toBeLessThan(5000);
});
