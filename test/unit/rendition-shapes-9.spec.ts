/**
 * Shapes met on the Bulma and PrimeFaces renditions of the portal (test/renditions/r8-bulma,
 * r8-primefaces, issue 18), acted on through the page objects: where the API OTP goes, asked as
 * radios that describe the channel at length ("Registered Mobile Number (SMS) XXXXXX4821"); a
 * dropdown of links under its button while the page's tabs (a `ul` of links) stand above it;
 * toasts in the window's corner, drawn above the shade of the Yes/No that Submit raised; radios
 * named for the OTP, which are no secret; and an AJAX status ("Please wait...") drawn over the page
 * while a call runs, which is no verdict.
 */
import { selectors } from '@playwright/test';
import { SECRET_FIELDS } from '../../src/masked-screenshot.js';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 16px sans-serif; margin: 0; padding: 20px; }
  .field { margin: 12px 0; } .label { display: block; font-weight: 700; }
  .button { display: inline-block; padding: 8px 16px; background: #485fc7; color: #fff; border: 0; cursor: pointer; text-decoration: none; }
  .tabs ul { display: flex; list-style: none; padding: 0; border-bottom: 1px solid #ddd; }
  .tabs li a { display: block; padding: 8px 16px; color: #485fc7; }
  .dropdown { position: relative; display: inline-block; }
  .dropdown-menu { display: none; position: absolute; top: calc(100% + 4px); left: 0; min-width: 24rem; z-index: 20; }
  .dropdown.is-active .dropdown-menu { display: block; }
  .dropdown-content { background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 0; }
  a.dropdown-item { display: block; padding: 6px 16px; color: #333; text-decoration: none; }
  .modal { display: none; position: fixed; inset: 0; z-index: 40; align-items: center; justify-content: center; }
  .modal.is-active { display: flex; }
  .modal-background { position: absolute; inset: 0; background: rgba(10,10,10,.86); }
  .modal-card { position: relative; background: #fff; width: 560px; }
  .modal-card-head, .modal-card-body, .modal-card-foot { padding: 16px; }
  .toasts { position: fixed; top: 16px; right: 16px; width: 320px; z-index: 60; }
  .toast { background: #48c78e; color: #fff; padding: 16px 32px 16px 16px; margin-bottom: 8px; position: relative; }
  .delete { position: absolute; right: 8px; top: 8px; width: 20px; height: 20px; border-radius: 50%; border: 0; background: rgba(10,10,10,.2); cursor: pointer; }
  </style></head><body>${body}</body></html>`;

const CHANNELS = `
<h3>API Registration</h3>
<div class="field"><span class="label">Receive OTP on</span>
  <label><input type="radio" name="otp_channel" value="sms"> Registered Mobile Number (SMS) XXXXXX4821</label><br>
  <label><input type="radio" name="otp_channel" value="email"> Registered E-mail ID ka*****@example.com</label>
</div>
<a class="button" id="get" href="#">Get OTP</a>
<div class="field" id="otp-field" hidden><label class="label" for="otp">Enter OTP</label><input id="otp" type="text"></div>
<script>
  document.getElementById('get').addEventListener('click', (event) => {
    event.preventDefault();
    const chosen = document.querySelector('input[name="otp_channel"]:checked');
    window.channel = chosen ? chosen.value : 'none';
    if (chosen) document.getElementById('otp-field').hidden = false;
  });
</script>`;

test('the SMS choice is found among the words that describe it, and the OTP is asked for by SMS', async ({
  page: tab,
}) => {
  await tab.setContent(page(CHANNELS));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  const requested = await portal.apiOtp.request();
  expect(requested?.bySms).toBe(true);
  expect(await tab.evaluate(() => (window as unknown as { channel?: string }).channel)).toBe('sms');
});

const GSP_DROPDOWN = `
<div class="tabs"><ul><li><a href="#create">Create API User</a></li><li><a href="#registered">Registered GSPs</a></li></ul></div>
<div class="field"><span class="label">Select your GSP</span>
  <div class="dropdown" id="gsp">
    <button type="button" class="button" id="trigger" aria-haspopup="true">-- Select GSP --</button>
    <div class="dropdown-menu"><div class="dropdown-content">
      <a href="#" class="dropdown-item" data-code="G01">CYGNET INFOTECH PRIVATE LIMITED</a>
      <a href="#" class="dropdown-item" data-code="G02">DEFMACRO SOFTWARE PRIVATE LIMITED</a>
      <a href="#" class="dropdown-item" data-code="G03">IRIS BUSINESS SERVICES LIMITED</a>
    </div></div>
  </div>
  <input type="hidden" id="gsp-code" name="gsp">
</div>
<div style="position: fixed; inset: 0; display: flex; align-items: flex-end; justify-content: center; pointer-events: none">
  <div style="pointer-events: auto; background: #333; color: #fff; padding: 8px; margin-bottom: 8px">OTP verified <button type="button">Dismiss</button></div>
</div>
<script>
  const dropdown = document.getElementById('gsp');
  document.getElementById('trigger').addEventListener('click', () => dropdown.classList.toggle('is-active'));
  for (const item of document.querySelectorAll('.dropdown-item'))
    item.addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById('gsp-code').value = item.dataset.code;
      document.getElementById('trigger').textContent = item.textContent;
      dropdown.classList.remove('is-active');
    });
</script>`;

test("a dropdown of links under its button is the list offered, not the page's tabs above it nor a snackbar's wrapper over the window", async ({
  page: tab,
}) => {
  await tab.setContent(page(GSP_DROPDOWN));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  // As the flow does: the names offered first (the list opened), then the choice.
  expect(await portal.registration.gspNames('DEFMACRO SOFTWARE PRIVATE LIMITED')).toEqual([
    'CYGNET INFOTECH PRIVATE LIMITED',
    'DEFMACRO SOFTWARE PRIVATE LIMITED',
    'IRIS BUSINESS SERVICES LIMITED',
  ]);
  await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
  await expect(tab.locator('#gsp-code')).toHaveValue('G02');
});

const TOASTS_OVER_QUESTION = `
<form id="register">
  <div class="field"><label class="label" for="u">Username</label><input id="u" value="abcd"></div>
  <button type="submit" class="button" id="submit">Submit</button>
</form>
<div class="modal" id="confirm"><div class="modal-background"></div>
  <div class="modal-card">
    <header class="modal-card-head"><b>Confirm</b></header>
    <section class="modal-card-body">Do you want to create the API user API_abcd?</section>
    <footer class="modal-card-foot"><button type="button" class="button" id="yes">Yes, Submit</button> <button type="button" id="no">Cancel</button></footer>
  </div>
</div>
<div class="toasts"><div class="toast"><button class="delete" aria-label="delete"></button>OTP has been sent to your registered mobile number.</div>
  <div class="toast"><button class="delete" aria-label="delete"></button>OTP verified successfully.</div></div>
<script>
  const confirm = document.getElementById('confirm');
  document.getElementById('register').addEventListener('submit', (event) => { event.preventDefault(); confirm.classList.add('is-active'); });
  document.getElementById('no').addEventListener('click', () => confirm.classList.remove('is-active'));
  document.getElementById('yes').addEventListener('click', () => { window.created = true; confirm.classList.remove('is-active'); });
  addEventListener('keydown', (event) => { if (event.key === 'Escape') { window.escaped = true; confirm.classList.remove('is-active'); } });
</script>`;

test("toasts in the window's corner, drawn above the question's shade, are no popup: the question is answered Yes", async ({
  page: tab,
}) => {
  await tab.setContent(page(TOASTS_OVER_QUESTION));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.popups.closeWhenShown();
  expect(await portal.registration.submit()).toBe('Yes, Submit');
  const seen = await tab.evaluate(() => {
    const { created, escaped } = window as unknown as { created?: boolean; escaped?: boolean };
    return { created, escaped };
  });
  expect(seen).toEqual({ created: true, escaped: undefined });
});

/** A notice with no way out drawn above the shade of a question, in the middle of the window. */
const NOTICE_OVER_QUESTION = TOASTS_OVER_QUESTION.replace(
  '<div class="toasts">',
  '<div style="position: fixed; top: 40%; left: 30%; width: 40%; z-index: 60; background: #fff; padding: 20px">Your session will expire in 10 minutes.<a href="#more">Read more</a></div><div class="toasts">',
).replace(
  "confirm.classList.remove('is-active'); });\n  addEventListener",
  "confirm.classList.remove('is-active'); });\n  confirm.classList.add('is-active');\n  addEventListener",
);

test('a popup the closer cannot close is not closed by Esc while a question a step needs shows too', async ({
  page: tab,
}) => {
  await tab.setContent(page(NOTICE_OVER_QUESTION));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.popups.closeAll();
  const seen = await tab.evaluate(() => ({
    escaped: (window as unknown as { escaped?: boolean }).escaped,
    question: document.getElementById('confirm')?.classList.contains('is-active'),
  }));
  expect(seen).toEqual({ escaped: undefined, question: true });
});

test('radios named for the OTP (where it is sent) are no secret field; the OTP field is', async ({
  page: tab,
}) => {
  await tab.setContent(page(`${CHANNELS}<input type="text" name="otp" id="api-otp">`));
  const masked = await tab.evaluate(
    (selector) => Array.from(document.querySelectorAll(selector), (el) => el.id || el.getAttribute('name')),
    SECRET_FIELDS,
  );
  expect(masked).toEqual(['otp', 'api-otp']);
});

test('an AJAX status drawn over the page ("Please wait...") is no verdict; a message box is', async ({
  page: tab,
}) => {
  const pill = (text: string) =>
    `<div style="position: fixed; top: 76px; left: 50%; transform: translateX(-50%); background: #323232; color: #fff; padding: 6px 14px; border-radius: 14px; z-index: 5000">${text}</div>`;
  await tab.setContent(page(`<h3>Two Factor Authentication</h3>${pill('Please wait...')}`));
  expect(await callPortalLib(tab, '.inlineErrors()')).toEqual([]);
  await tab.setContent(page(pill('Processing your request, please wait')));
  expect(await callPortalLib(tab, '.inlineErrors()')).toEqual([]);
  await tab.setContent(page(pill('Invalid OTP. Please try again.')));
  expect(await callPortalLib(tab, '.inlineErrors()')).toEqual(['Invalid OTP. Please try again.']);
  await tab.setContent(page(pill('Processing failed. Please try again.')));
  expect(await callPortalLib(tab, '.inlineErrors()')).toEqual(['Processing failed. Please try again.']);
});
