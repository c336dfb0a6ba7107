/**
 * The resolver and the page objects against small snippets of markup in the shapes the real
 * portal may take (accessible labels, ASP.NET-style tables, Bootstrap forms and modals), none
 * of them written alongside the map: what a person reads decides, ids only narrow or come last.
 */
import { selectors } from '@playwright/test';
import { ElementNotFound, Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { applyOverrides, BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

const LEGACY_FORM = `
<table>
  <tr><td>Do you wish to Register your GSTIN for</td><td>
    <input type="radio" name="x1" id="rbDirect"> Directly
    <input type="radio" name="x1" id="q7"> Through GSP
    <input type="radio" name="x1" id="q8"> Through ERP
    <input type="radio" name="x1" id="q9"> Through Client-Id of other</td></tr>
  <tr><td>SELECT YOUR GSP&nbsp;<span class="req">*</span></td><td><select id="z1"><option value="">--Select--</option><option value="1">DEFMACRO SOFTWARE PRIVATE LIMITED</option></select></td></tr>
  <tr><td>Username :</td><td>API_<input type="text" id="z2" maxlength="10"></td></tr>
  <tr><td>Password<span>*</span></td><td><input type="password" id="z3"></td></tr>
  <tr><td>Re-enter Password<span>*</span></td><td><input type="password" id="z4"></td></tr>
  <tr><td></td><td><input type="submit" value="Submit" id="z5"> <input type="button" value="Exit"></td></tr>
</table>`;

const BOOTSTRAP_FORM = `
<form>
  <div class="form-group"><label>Do you wish to Register your GSTIN for</label>
    <div class="custom-control"><input type="radio" name="m" id="a1"><label>Directly</label></div>
    <div class="custom-control"><input type="radio" name="m" id="a2"><label>Through GSP</label></div>
  </div>
  <div class="form-group"><label class="control-label">Select your GSP *</label><select class="form-control"><option value="">Select</option><option value="9">DEFMACRO SOFTWARE PRIVATE LIMITED</option></select></div>
  <div class="form-group"><label>Username *</label><div class="input-group"><span class="input-group-addon">API_</span><input class="form-control" type="text"></div></div>
  <div class="form-group"><label>Password *</label><input class="form-control" type="password"></div>
  <div class="form-group"><label>Re-enter Password *</label><input class="form-control" type="password"></div>
  <button type="button" class="btn btn-primary">Submit</button> <button type="button" class="btn btn-danger">Exit</button>
</form>`;

test.describe('finding an element the way a person reads it', () => {
  for (const [dialect, markup] of [
    ['legacy-table', LEGACY_FORM],
    ['bootstrap', BOOTSTRAP_FORM],
  ] as const) {
    test(`fills the registration form by its labels alone (${dialect})`, async ({ page: tab }) => {
      await tab.setContent(page(markup));
      const portal = new Portal(tab, BUILT_IN_MAP, 2000);
      await portal.registration.chooseThroughGsp();
      expect(
        await tab
          .locator('input[type=radio]:checked')
          .evaluate((el) => el.nextSibling?.textContent ?? el.nextElementSibling?.textContent ?? ''),
      ).toMatch(/Through GSP/);
      expect(await portal.registration.gspNames()).toEqual(['DEFMACRO SOFTWARE PRIVATE LIMITED']);
      await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
      await portal.registration.fillCredentials('acme01', 'Api@Pass123');
      const values = await tab
        .locator('input:not([type=radio]):not([type=submit]):not([type=button])')
        .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      expect(values).toEqual(['acme01', 'Api@Pass123', 'Api@Pass123']);
      expect(await portal.registration.prefixShown()).toBe(true);
    });
  }

  test('"Through GSP partner" is not "Through GSP": missing, with the closest named', async ({
    page: tab,
  }) => {
    await tab.setContent(
      page(
        '<p><input type="radio" name="m" id="rbGSP"> Directly <input type="radio" name="m"> Through GSP partner</p>',
      ),
    );
    const finder = new Finder(tab, BUILT_IN_MAP, 500);
    const error = await finder.find('registration.throughGsp', 'the API registration form').catch((e) => e);
    expect(error).toBeInstanceOf(ElementNotFound);
    expect(error.message).toContain('Could not find the "Through GSP" option on the API registration form');
    expect(error.message).toContain('Looked for: radio reading "Through GSP"');
    expect(error.message).toMatch(/Closest on the page: .*Through GSP partner/);
  });

  test('a choice with consequences is never taken by its id alone', async ({ page: tab }) => {
    // The id the accessible mock gives "Through GSP", on a radio that reads "Directly".
    await tab.setContent(page('<label><input type="radio" name="m" id="rbGSP"> Directly</label>'));
    const finder = new Finder(tab, BUILT_IN_MAP, 300);
    await expect(finder.find('registration.throughGsp', 'the form')).rejects.toThrow(ElementNotFound);
  });

  test('two matches is an error naming both, never a silent first pick', async ({ page: tab }) => {
    await tab.setContent(
      page(
        '<button>Submit</button><div><input type="submit" value="Submit"></div><button>SubmitAll</button>',
      ),
    );
    const finder = new Finder(tab, BUILT_IN_MAP, 500);
    const error = await finder.find('registration.submit', 'the API registration form').catch((e) => e);
    expect(error).toBeInstanceOf(ElementNotFound);
    expect(error.problem).toBe('ambiguous');
    expect(error.message).toContain('button "Submit" and input[type=submit] "Submit"');
  });

  test('the order is real: a text match wins over an id that comes first in the page', async ({
    page: tab,
  }) => {
    await tab.setContent(
      page(
        '<input type="text" id="txtUserName" placeholder="Search"><label for="u">User Name</label><input id="u">',
      ),
    );
    const finder = new Finder(tab, BUILT_IN_MAP, 5000);
    const found = await finder.find('login.username', 'the login form');
    expect(await found.getAttribute('id')).toBe('u');
  });

  test('texts are compared after folding case, spaces, nbsp and a trailing *, : or (required)', async ({
    page: tab,
  }) => {
    await tab.setContent(
      page(
        '<table><tr><td>  re-ENTER&nbsp;password (required) : </td><td><input type="password"></td></tr></table>',
      ),
    );
    const finder = new Finder(tab, BUILT_IN_MAP, 5000);
    await expect(finder.find('registration.confirmPassword', 'the form')).resolves.toBeTruthy();
  });

  test('a menu group that is a collapse toggle to a fragment is found', async ({ page: tab }) => {
    await tab.setContent(
      page(
        '<a class="btn btn-link parentmenu" data-toggle="collapse" href="#collapseFour">API Registration</a>',
      ),
    );
    const finder = new Finder(tab, BUILT_IN_MAP, 5000);
    await expect(finder.find('dashboard.apiRegistration', 'the dashboard')).resolves.toBeTruthy();
  });

  test('an override changes a text without a code change', async ({ page: tab }) => {
    await tab.setContent(page('<label><input type="radio" name="m"> Through GSP partner</label>'));
    const map = applyOverrides({ 'registration.throughGsp': { texts: ['Through GSP partner'] } });
    await expect(
      new Finder(tab, map, 5000).find('registration.throughGsp', 'the form'),
    ).resolves.toBeTruthy();
  });

  test('a value the field cuts short stops the run before Submit, naming the field and the limit', async ({
    page: tab,
  }) => {
    await tab.setContent(page(LEGACY_FORM));
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    const error = await portal.registration.fillCredentials('averylongsuffix', 'Api@Pass123').catch((e) => e);
    expect(error.message).toContain(
      'the "Username" field of the API registration form kept only 10 of the 15 characters typed (the field allows 10). Stopped before Submit.',
    );
  });

  test('a field that keeps one character is said in the singular, in the message and the remedy', async ({
    page: tab,
  }) => {
    await tab.setContent(page(LEGACY_FORM.replace('maxlength="10"', 'maxlength="1"')));
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    const error = await portal.registration.fillCredentials('ab', 'Api@Pass123').catch((e) => e);
    expect(error.message).toContain('kept only 1 of the 2 characters typed (the field allows 1).');
    expect(error.remedy).toBe('Choose a value of at most 1 character and run again.');
  });
});

test.describe('typing, read back by the next look', () => {
  const LOGIN = (captchaField: string) =>
    page(`<form onsubmit="event.preventDefault(); document.title = 'sent'">
      <label>Username <input name="u"></label><label>Password <input type="password" name="p"></label>
      <label>Enter Captcha ${captchaField}</label><button type="submit">Login</button></form>`);

  test('a value the field changes, typed twice, is caught before the button that sends it is clicked', async ({
    page: tab,
  }) => {
    await tab.setContent(LOGIN(`<input name="c" oninput="this.value = this.value.toUpperCase()">`));
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    // Read back once typed (and typed once more): stopped there, before Login is clicked.
    const error = await portal.login
      .fillForm({ username: 'demo_user', password: 'Demo@Pass1', captcha: 'ab12' })
      .then(() => portal.login.submit())
      .catch((e) => e);
    expect(error.message).toBe(
      'the captcha field changed what was typed (4 characters typed, 4 kept). Stopped before Submit.',
    );
    expect(await tab.title()).toBe('t');
  });

  test('one character typed and changed is one character', async ({ page: tab }) => {
    await tab.setContent(LOGIN(`<input name="c" oninput="this.value = this.value.toUpperCase()">`));
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    const error = await portal.login
      .fillForm({ username: 'demo_user', password: 'Demo@Pass1', captcha: 'a' })
      .then(() => portal.login.submit())
      .catch((e) => e);
    expect(error.message).toBe(
      'the captcha field changed what was typed (1 character typed, 1 kept). Stopped before Submit.',
    );
  });

  test('an option the list does not keep is caught before the form is left', async ({ page: tab }) => {
    await tab.setContent(
      page(LEGACY_FORM.replace('<select id="z1">', '<select id="z1" onchange="this.selectedIndex = 0">')),
    );
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
    const error = await portal.registration.fillCredentials('acme01', 'Api@Pass123').catch((e) => e);
    expect(error.message).toBe(
      'the "Select your GSP" list shows "--Select--" after choosing "DEFMACRO SOFTWARE PRIVATE LIMITED". Stopped before Submit.',
    );
  });

  test('a field that shows but takes no typing is named as such, not as missing', async ({ page: tab }) => {
    await tab.setContent(LOGIN('<input name="c" readonly>'));
    const portal = new Portal(tab, BUILT_IN_MAP, 500);
    const error = await portal.login
      .fillForm({ username: 'demo_user', password: 'Demo@Pass1', captcha: 'ab12' })
      .catch((e) => e);
    expect(error.message).toBe(
      'the captcha field on the login page shows but does not take typing (it is disabled or read-only).',
    );
  });

  test('two fields for one entry is an error naming both, and neither is typed into', async ({
    page: tab,
  }) => {
    await tab.setContent(
      page(`<label>Username <input id="u"></label><label>Password <input type="password" id="p1"></label>
        <div><label>Password <input type="password" id="p2"></label></div>`),
    );
    // Two fields are seen by the first look: the time given is only a ceiling (500 ms ran out on
    // a machine running two suites at once).
    const portal = new Portal(tab, BUILT_IN_MAP, 5000);
    const error = await portal.registration.fillCredentials('acme01', 'Api@Pass123').catch((e) => e);
    expect(error).toBeInstanceOf(ElementNotFound);
    expect(error.problem).toBe('ambiguous');
    expect(error.message).toContain('Found more than one the "Password" field of the API registration form');
    expect(
      await tab.locator('#p1, #p2').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value)),
    ).toEqual(['', '']);
  });
});

test.describe('the login form', () => {
  for (const [dialect, markup] of [
    [
      'legacy-table',
      `<table><tr><td><input type="button" id="btnLogin" value="Login"></td></tr></table>
      <table><tr><td>User Name*</td><td><input name="a1"></td></tr>
      <tr><td>Password :</td><td><input type="password" name="a2"></td></tr>
      <tr><td></td><td><img src="/get-captcha-image?x=1" width="120" height="40"></td></tr>
      <tr><td>Enter Captcha*</td><td><input name="a3"></td></tr>
      <tr><td></td><td><input type="submit" value="Login"></td></tr></table>`,
    ],
    [
      'bootstrap',
      `<nav><button class="btn homepageloginbtn">Login</button></nav>
      <form><div class="form-group"><label>Username</label><input class="form-control"></div>
      <div class="form-group"><label>Password</label><input class="form-control" type="password"></div>
      <div class="form-group"><img id="captcha_image" src="data:," width="120" height="40"><input id="CaptchaCode" class="form-control" placeholder="Enter Captcha"></div>
      <button type="submit" class="btn btn-primary btn-block btnlogin">Login</button></form>`,
    ],
  ] as const) {
    test(`tells the header's "Login" from the form's (${dialect})`, async ({ page: tab }) => {
      await tab.setContent(page(markup));
      const finder = new Finder(tab, BUILT_IN_MAP, 5000);
      const submit = await finder.find('login.submit', 'the login form');
      const header = await finder.find('home.loginButton', 'the home page');
      expect(
        await submit.evaluate(
          (el) => el.closest('form, table')?.querySelector('input[type=password]') !== null,
        ),
      ).toBe(true);
      expect(
        await header.evaluate(
          (el) => el.closest('form, table')?.querySelector('input[type=password]') ?? null,
        ),
      ).toBeNull();
      for (const field of [
        'login.username',
        'login.password',
        'login.captcha',
        'login.captchaImage',
      ] as const)
        await expect(finder.find(field, 'the login form'), field).resolves.toBeTruthy();
    });
  }
});

test.describe('popups', () => {
  test('a plain overlay without role="dialog" is closed by its Exit, and the modal that follows by its ×', async ({
    page: tab,
  }) => {
    await tab.setContent(
      page(`<h2>Dash Board</h2><a href="#">API Registration</a>
      <div id="o1" style="position:fixed;inset:0;z-index:1000;background:#0008"><div style="background:#fff;margin:80px">
        <b>Contacts of Technical Person</b><input type="button" value="Exit" onclick="document.getElementById('o1').remove();document.getElementById('o2').style.display='block'"></div></div>
      <div id="o2" class="modal" style="display:none;position:fixed;inset:0;z-index:1050"><div class="modal-dialog"><div class="modal-content">
        <h4 class="modal-title">Advisory</h4><p>2FA is mandatory.</p><button type="button" class="close" data-dismiss="modal" onclick="document.getElementById('o2').remove()">&times;</button></div></div></div>`),
    );
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    await portal.popups.closeWhenShown();
    await portal.popups.closeAll();
    expect(portal.popups.closed[0]).toBe('Contacts of Technical Person');
    expect(portal.popups.closed[1]).toMatch(/^Advisory/);
    await expect(tab.locator('#o1, #o2')).toHaveCount(0);
  });

  test('something covering the target that cannot be closed is named as such, not as a slow portal', async ({
    page: tab,
  }) => {
    await tab.setContent(
      page(`<label><input type="radio" name="m"> Through GSP</label>
      <div style="position:fixed;inset:0;z-index:9;background:#fff8"><p>Please wait while we load</p></div>`),
    );
    const portal = new Portal(tab, BUILT_IN_MAP, 1000);
    const error = await portal.registration.chooseThroughGsp().catch((e) => e);
    expect(error.message).toMatch(
      /"Please wait while we load" covers the "Through GSP" option on the API registration form/,
    );
  });
});

test.describe('knowing where you are', () => {
  for (const [markup, screen] of [
    ['<button id="btnLogin">Login</button>', 'login'],
    [
      '<table><tr><td>Enter OTP *</td><td><input></td></tr></table><input type="submit" value="Verify OTP">',
      'otp',
    ],
    ['<h2>Dash Board</h2>', 'dashboard'],
    [LEGACY_FORM, 'registration'],
    ["<h1>Server Error in '/' Application.</h1>", 'error-page'],
    ['<h1>Something new</h1>', 'unknown'],
  ] as const) {
    test(`classifies ${screen}`, async ({ page: tab }) => {
      await tab.setContent(page(markup));
      expect(await new Portal(tab, BUILT_IN_MAP, 5000).screens.current()).toBe(screen);
    });
  }
});
