/**
 * The generator draws no impossible page: on the legacy-table API OTP page with the registration
 * form hidden under the panel (`otp` `panel-hidden-form`), the page is one WebForms `<form>`
 * holding two hidden password fields, and its "Verify OTP" posts the OTP whatever the `submit`
 * form does to the registration form's Submit. Fuzz seed 37 (submit `confirm`) asked there
 * "Are you sure you want to create the API user?", which no portal asks of an OTP.
 */
import { expect, test } from '../fixtures.js';
import { type Forms, formNames, PRESETS, pagesOf } from '../mock-portal/variants.js';

const PORTAL = 'http://portal.test';

for (const submit of formNames('submit')) {
  test(`the hidden registration form's Submit (${submit}) leaves the OTP panel's Verify OTP alone`, async ({
    page,
  }) => {
    const html = pagesOf({
      ...PRESETS['legacy-table'],
      otp: 'panel-hidden-form',
      submit: submit as Forms['submit'],
    }).apiOtp({
      token: 't0k',
      gstin: '27AABCE1234F1Z5',
      otpSent: true,
    });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route(`${PORTAL}/**`, (route) =>
      route.request().method() === 'GET'
        ? route.fulfill({ contentType: 'text/html', body: html })
        : route.fulfill({ contentType: 'text/html', body: '<p>posted</p>' }),
    );
    await page.goto(`${PORTAL}/ApiRegistration/CreateApiUser`);
    await page.getByRole('textbox').filter({ visible: true }).fill('528317');
    const posted = page.waitForRequest((request) => request.method() === 'POST', { timeout: 5000 });
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    expect(new URL((await posted).url()).pathname).toBe('/ApiRegistration/VerifyOtp');
    expect(dialogs).toEqual([]);
  });
}
