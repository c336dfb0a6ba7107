/**
 * The part "OTP": how the API registration OTP is asked for. Each dialect says where its OTP
 * entry goes and what it posts (`OtpField`); the form draws the entry there: one field, one box
 * per digit (the digits joined into a hidden field the form posts, as OTP widgets do), a
 * password-type field, a field that shows only once "Send OTP" was pressed with a channel
 * chosen, or one field on a page that also holds the registration form, hidden until the OTP
 * is verified. The login's OTP stays one field (`input#txtOtp`) in every form: that much is
 * known of the real portal.
 */
import { type Form, must, type TraitContext } from './forms.js';
import { escapeHtml } from './pages.js';

/** Where a dialect draws its OTP entry: the id and name the OTP is posted under, and its field class. */
export interface OtpField {
  id: string;
  name: string;
  /** The dialect's class for a text box (`form-control`, `txtBox`), if it has one. */
  className?: string;
}

export interface OtpRender {
  /**
   * The entry's markup, with its script. `sent`: the OTP has been sent already (a page drawn
   * again after a refusal), so a form that asks for "Send OTP" first shows the field at once.
   */
  entry(field: OtpField, sent: boolean): string;
  /** Opening the page does not send the OTP: "Send OTP" does (`POST /ApiRegistration/SendApiOtp`). */
  sendFirst: boolean;
  /** The OTP page also holds the registration form, hidden until the OTP is verified. */
  withHiddenForm: boolean;
}

export type OtpForm = Form<OtpRender>;

/** The path "Send OTP" posts to (by script, in every dialect), with the channel chosen as `Channel`. */
export const SEND_OTP_PATH = '/ApiRegistration/SendApiOtp';

/** The channels "Send OTP" offers, as the radios read; Email is checked when the page opens. */
export const OTP_CHANNELS = ['SMS', 'Email'] as const;

const BOXES = 6;

const classAttribute = (field: OtpField, extra = '') => {
  const classes = [field.className ?? '', extra].filter((name) => name !== '').join(' ');
  return classes ? ` class="${escapeHtml(classes)}"` : '';
};

/** One text box for the whole OTP, as the recorded dialects draw it. */
function oneField(field: OtpField, type: 'text' | 'password' = 'text'): string {
  return `<input type="${type}" id="${escapeHtml(field.id)}" name="${escapeHtml(field.name)}"${classAttribute(field)} maxlength="6" autocomplete="off" />`;
}

type Advance = 'input' | 'keyup' | 'keydown';

/**
 * Six one-digit boxes in a row and the hidden field the form posts, kept as the boxes joined.
 * Focus moves to the next box on `advance`, as the common OTP widgets do it: on `input` (the
 * value changed), on `keyup` (after the key put its digit in), or on `keydown` (the widget puts
 * the digit in itself and stops the browser's own typing). Backspace in an empty box goes back.
 */
function digitBoxes(field: OtpField, advance: Advance): string {
  const ids = Array.from({ length: BOXES }, (_, index) => `${field.id}_${index + 1}`);
  const boxes = ids
    .map(
      (id) =>
        `<input type="text" id="${escapeHtml(id)}"${classAttribute(field, 'otp-box')} maxlength="1" inputmode="numeric" autocomplete="off" style="display:inline-block;width:2.4em;margin-right:4px;text-align:center" />`,
    )
    .join('');
  const lookups = ids.map((id) => `document.getElementById(${JSON.stringify(id)})`).join(', ');
  const advanceOn: Record<Advance, string> = {
    input: `box.addEventListener('input', function () {
        if (box.value.length === 1 && boxes[i + 1]) boxes[i + 1].focus();
      });`,
    keyup: `box.addEventListener('keyup', function (event) {
        if (/^[0-9]$/.test(event.key) && box.value.length === 1 && boxes[i + 1]) boxes[i + 1].focus();
      });`,
    keydown: `box.addEventListener('keydown', function (event) {
        if (!/^[0-9]$/.test(event.key)) return;
        event.preventDefault();
        box.value = event.key;
        join();
        if (boxes[i + 1]) boxes[i + 1].focus();
      });`,
  };
  return `<input type="hidden" id="${escapeHtml(field.id)}" name="${escapeHtml(field.name)}" /><span style="white-space:nowrap">${boxes}</span>
<script>
  (function () {
    var hidden = document.getElementById(${JSON.stringify(field.id)});
    var boxes = [${lookups}];
    function join() {
      hidden.value = boxes.map(function (box) { return box.value; }).join('');
    }
    boxes.forEach(function (box, i) {
      box.addEventListener('input', join);
      box.addEventListener('keydown', function (event) {
        if (event.key === 'Backspace' && box.value === '' && boxes[i - 1]) boxes[i - 1].focus();
      });
      ${advanceOn[advance]}
    });
  })();
</script>`;
}

/**
 * The channel radios (bare text beside each) and "Send OTP", the field hidden until the portal
 * answers that the OTP is sent; the form's other buttons (Verify, Resend) wait too.
 */
function sendFirst(field: OtpField, sent: boolean): string {
  const block = `${field.id}_send`;
  const holder = `${field.id}_holder`;
  const button = `${field.id}_btnSend`;
  const radios = OTP_CHANNELS.map(
    (channel) =>
      `<input type="radio" name="Channel" value="${channel}"${channel === 'Email' ? ' checked' : ''} /> ${channel}`,
  ).join(' &nbsp;');
  return `<div id="${escapeHtml(block)}" style="display:${sent ? 'none' : 'block'}">Send OTP to: ${radios}
  <div style="margin-top:6px"><button type="button" id="${escapeHtml(button)}">Send OTP</button></div></div>
<span id="${escapeHtml(holder)}" style="display:${sent ? 'inline' : 'none'}">${oneField(field)}</span>
<script>
  (function () {
    var block = document.getElementById(${JSON.stringify(block)});
    var holder = document.getElementById(${JSON.stringify(holder)});
    var send = document.getElementById(${JSON.stringify(button)});
    var form = send.closest('form');
    // The form's other buttons come after this script: hidden once the page is parsed.
    function waiting(yes) {
      Array.prototype.forEach.call(form.querySelectorAll('button, input[type="submit"]'), function (other) {
        if (other !== send) other.style.display = yes ? 'none' : '';
      });
    }
    document.addEventListener('DOMContentLoaded', function () {
      waiting(${sent ? 'false' : 'true'});
    });
    send.addEventListener('click', function () {
      send.disabled = true;
      fetch(${JSON.stringify(SEND_OTP_PATH)}, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
        body: new URLSearchParams(new FormData(form)),
      })
        .then(function (response) {
          if (response.status === 401) {
            window.location.href = '/';
            return;
          }
          return response.json().then(function () {
            block.style.display = 'none';
            holder.style.display = 'inline';
            waiting(false);
          });
        })
        .catch(function () {
          send.disabled = false;
          alert('Unable to reach the server. Please check your connection and try again.');
        });
    });
  })();
</script>`;
}

/**
 * The registration form on the OTP page, hidden until the OTP is verified (a full-page post
 * then answers the registration page, where it shows): never to be taken for the form itself.
 */
export const HIDDEN_REGISTRATION_FORM = `<div class="panel" style="display:none">
  <h2>Create API User</h2>
  <table class="form">
    <tr><td>Do you wish to Register your GSTIN for</td><td>
      <input type="radio" name="HiddenRegMode" value="D" /> Directly
      <input type="radio" name="HiddenRegMode" value="G" /> Through GSP
      <input type="radio" name="HiddenRegMode" value="E" /> Through ERP
    </td></tr>
    <tr><td>Select your GSP</td><td><select name="HiddenGspId"><option value="">-- Select GSP --</option></select></td></tr>
    <tr><td>Username</td><td>API_ <input type="text" name="HiddenUserName" maxlength="20" /></td></tr>
    <tr><td>Password</td><td><input type="password" name="HiddenPassword" maxlength="15" /></td></tr>
    <tr><td>Re-enter Password</td><td><input type="password" name="HiddenConfirmPassword" maxlength="15" /></td></tr>
  </table>
</div>`;

/**
 * One field, and a toast saying the OTP was sent, as Angular Material's snack bar draws it: its
 * words shown, and a region kept for a screen reader (clipped to nothing) filled with the same
 * words a moment later. The moment here is the field first left, typed into (its `change`, as
 * "Verify OTP" is pressed), so the words a screen reader is given come after the page was read.
 */
function sentToastAnnounced(field: OtpField): string {
  const id = escapeHtml(field.id);
  return `${oneField(field)}
<div class="toast" style="position:fixed;right:16px;bottom:16px;padding:12px 16px;background:#323232;color:#fff;border-radius:4px;z-index:50">
  <div aria-hidden="true">OTP sent successfully</div>
  <div aria-live="assertive" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap"></div>
</div>
<script>
(function () {
  var field = document.getElementById('${id}');
  field.addEventListener('change', function () {
    document.querySelector('.toast [aria-live]').textContent = 'OTP sent successfully';
  });
})();
</script>`;
}

/** What the API OTP page shows, read in the browser: the fields, the buttons, the radios, a hidden form. */
async function shape({ page }: TraitContext) {
  return page.evaluate(() => {
    const shown = (el: Element) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const typed = Array.from(
      document.querySelectorAll(
        'input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not([type="submit"]):not([type="button"]):not([type="image"])',
      ),
    ) as HTMLInputElement[];
    const fields = typed.filter(shown);
    const words = (el: Element) => (el.textContent?.trim() || (el as HTMLInputElement).value || '').trim();
    const buttons = Array.from(
      document.querySelectorAll('button, input[type="submit"], input[type="button"]'),
    )
      .filter(shown)
      .map(words);
    const radios = Array.from(document.querySelectorAll('input[type="radio"]')) as HTMLInputElement[];
    const beside = (radio: HTMLInputElement) => (radio.nextSibling?.textContent ?? '').trim();
    const throughGsp = radios.find((radio) =>
      /Through GSP/i.test(beside(radio) || radio.parentElement?.textContent || ''),
    );
    const list = document.querySelector('select');
    return {
      fields: fields.map((field) => ({
        type: field.type,
        maxLength: field.maxLength,
        top: Math.round(field.getBoundingClientRect().top),
      })),
      buttons,
      channels: radios.filter(shown).map(beside),
      hiddenForm: throughGsp !== undefined && !shown(throughGsp) && list !== null && !shown(list),
      // A box over the page (fixed) saying the OTP was sent: a toast.
      sentToast: Array.from(document.querySelectorAll('body *')).some(
        (el) =>
          getComputedStyle(el).position === 'fixed' && /OTP sent/i.test(el.textContent ?? '') && shown(el),
      ),
    };
  });
}

/** Which of the three events moves the focus from the first box to the second. */
async function advancingEvents({ page }: TraitContext): Promise<Advance[]> {
  return page.evaluate(() => {
    const boxes = (
      Array.from(document.querySelectorAll('input[maxlength="1"]')) as HTMLInputElement[]
    ).filter((box) => box.getClientRects().length > 0);
    const [first, second] = boxes;
    if (!first || !second) return [];
    const kinds = ['input', 'keyup', 'keydown'] as const;
    return kinds.filter((kind) => {
      for (const box of boxes) box.value = '';
      first.focus();
      first.value = '5';
      const event =
        kind === 'input'
          ? new Event('input', { bubbles: true })
          : new KeyboardEvent(kind, { key: '5', bubbles: true, cancelable: true });
      first.dispatchEvent(event);
      const moved = document.activeElement === second;
      for (const box of boxes) box.value = '';
      return moved;
    });
  });
}

/** The API OTPs the mock sent so far, with the channel each went by. */
async function apiOtpsSent({ page }: TraitContext): Promise<string[]> {
  const response = await page.request.get(new URL('/__mock/state', page.url()).href);
  const state = (await response.json()) as { events: { type: string; detail?: Record<string, string> }[] };
  return state.events
    .filter((event) => event.type === 'otp-sent' && event.detail?.purpose === 'api')
    .map((event) => event.detail?.channel ?? 'on opening');
}

function oneFieldTrait(type: 'text' | 'password') {
  return async (context: TraitContext) => {
    const seen = await shape(context);
    must(seen.fields.length === 1, `${seen.fields.length} fields to type into, not 1`);
    must(seen.fields[0]?.type === type, `the field is type=${seen.fields[0]?.type}, not ${type}`);
    must(seen.fields[0]?.maxLength === 6, `the field takes ${seen.fields[0]?.maxLength} characters, not 6`);
    must(!seen.buttons.includes('Send OTP'), 'the page asks for "Send OTP" first');
    must(!seen.hiddenForm, 'the page also holds the registration form, hidden');
    must(!seen.sentToast, 'a toast says the OTP was sent');
  };
}

function digitBoxesTrait(advance: Advance) {
  return async (context: TraitContext) => {
    const seen = await shape(context);
    must(seen.fields.length === BOXES, `${seen.fields.length} fields to type into, not ${BOXES}`);
    must(
      seen.fields.every((field) => field.maxLength === 1 && field.type === 'text'),
      'not every box is a text box of one character',
    );
    must(new Set(seen.fields.map((field) => field.top)).size === 1, 'the boxes are not on one line');
    const events = await advancingEvents(context);
    must(
      events.length === 1 && events[0] === advance,
      `the focus moves on ${events.join(', ') || 'no event'}, not on ${advance} alone`,
    );
  };
}

export const OTP_FORMS = {
  'one-field': {
    description: 'one text field for the whole OTP',
    trait: {
      screen: 'api-otp',
      claim: 'the OTP page has one text field of 6 characters, no "Send OTP" and no hidden registration form',
      check: oneFieldTrait('text'),
    },
    render: { entry: (field) => oneField(field), sendFirst: false, withHiddenForm: false },
  },
  'digit-boxes-input': {
    description: 'six one-digit boxes in a row; the focus moves to the next box on input',
    trait: {
      screen: 'api-otp',
      claim: 'six one-character boxes on one line, the focus moving on the input event alone',
      check: digitBoxesTrait('input'),
    },
    render: { entry: (field) => digitBoxes(field, 'input'), sendFirst: false, withHiddenForm: false },
  },
  'digit-boxes-keyup': {
    description: 'six one-digit boxes in a row; the focus moves to the next box on keyup',
    trait: {
      screen: 'api-otp',
      claim: 'six one-character boxes on one line, the focus moving on keyup alone',
      check: digitBoxesTrait('keyup'),
    },
    render: { entry: (field) => digitBoxes(field, 'keyup'), sendFirst: false, withHiddenForm: false },
  },
  'digit-boxes-keydown': {
    description:
      'six one-digit boxes in a row; on keydown the widget puts the digit in itself and moves to the next box',
    trait: {
      screen: 'api-otp',
      claim: 'six one-character boxes on one line, the focus moving on keydown alone',
      check: digitBoxesTrait('keydown'),
    },
    render: { entry: (field) => digitBoxes(field, 'keydown'), sendFirst: false, withHiddenForm: false },
  },
  'password-type': {
    description: 'one field of type password: the OTP typed shows as dots',
    trait: {
      screen: 'api-otp',
      claim: 'the OTP page has one password-type field of 6 characters, no "Send OTP" and no hidden form',
      check: oneFieldTrait('password'),
    },
    render: { entry: (field) => oneField(field, 'password'), sendFirst: false, withHiddenForm: false },
  },
  'send-first': {
    description:
      'no OTP is sent on opening the page: a channel (SMS, Email) and "Send OTP" first, then the field shows',
    trait: {
      screen: 'api-otp',
      claim:
        'the page opens with SMS and Email radios and "Send OTP", no field and no OTP sent; Send OTP by SMS sends one by SMS and shows one field',
      check: async (context) => {
        const before = await shape(context);
        must(before.fields.length === 0, `${before.fields.length} fields show before "Send OTP"`);
        must(before.buttons.includes('Send OTP'), 'no "Send OTP" button');
        must(
          OTP_CHANNELS.every((channel) => before.channels.includes(channel)),
          `the channels offered are ${before.channels.join(', ') || 'none'}`,
        );
        must(!before.buttons.includes('Verify OTP'), '"Verify OTP" shows before the OTP is sent');
        const sentBefore = await apiOtpsSent(context);
        must(sentBefore.length === 0, `an API OTP was sent on opening the page (${sentBefore.join(', ')})`);
        const { page } = context;
        await page.locator('input[type="radio"][value="SMS"]').check();
        await page.getByRole('button', { name: 'Send OTP', exact: true }).click();
        await page.locator('input[maxlength="6"]').waitFor();
        const after = await shape(context);
        must(after.fields.length === 1, `${after.fields.length} fields after "Send OTP", not 1`);
        must(after.buttons.includes('Verify OTP'), 'no "Verify OTP" after "Send OTP"');
        const sent = await apiOtpsSent(context);
        must(sent.length === 1 && sent[0] === 'SMS', `the OTPs sent went by ${sent.join(', ') || 'nothing'}`);
      },
    },
    render: { entry: (field, sent) => sendFirst(field, sent), sendFirst: true, withHiddenForm: false },
  },
  'sent-toast-announced': {
    description:
      'one field and a toast saying the OTP was sent, its screen reader region filled with the same words as the field is left',
    trait: {
      screen: 'api-otp',
      claim:
        'a toast reads "OTP sent successfully"; its region for a screen reader is empty until the one field is left typed into, then says the same words',
      check: async (context) => {
        const { page } = context;
        const seen = await shape(context);
        must(seen.fields.length === 1, `${seen.fields.length} fields to type into, not 1`);
        must(seen.sentToast, 'no toast says the OTP was sent');
        // The region a screen reader is given, in the toast: what it says before and after.
        const announced = () =>
          page.evaluate(() => {
            const toast = Array.from(document.querySelectorAll('body *')).find(
              (el) => getComputedStyle(el).position === 'fixed' && /OTP sent/i.test(el.textContent ?? ''),
            );
            return toast?.querySelector('[aria-live]')?.textContent ?? null;
          });
        must((await announced()) === '', 'the toast has no empty region for a screen reader');
        const field = page.locator('input[maxlength="6"]');
        await field.pressSequentially('1');
        must((await announced()) === '', 'the region is filled while the field is typed into');
        await field.blur();
        must((await announced()) === 'OTP sent successfully', 'leaving the field does not fill the region');
        await field.fill('');
      },
    },
    render: { entry: (field) => sentToastAnnounced(field), sendFirst: false, withHiddenForm: false },
  },
  'panel-hidden-form': {
    description:
      'the OTP panel and the registration form on one page, the form hidden until the OTP is verified',
    trait: {
      screen: 'api-otp',
      claim:
        'one text field for the OTP shows, and the same page holds the registration form (Through GSP, the GSP list) hidden',
      check: async (context) => {
        const seen = await shape(context);
        must(seen.fields.length === 1, `${seen.fields.length} fields to type into, not 1`);
        must(seen.fields[0]?.type === 'text', `the field is type=${seen.fields[0]?.type}`);
        must(seen.hiddenForm, 'the page holds no hidden registration form');
      },
    },
    render: { entry: (field) => oneField(field), sendFirst: false, withHiddenForm: true },
  },
} as const satisfies Record<string, OtpForm>;
