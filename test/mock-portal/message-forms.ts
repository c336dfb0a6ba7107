/**
 * The part "messages": how the portal's refusals and news after login are shown (a wrong or
 * expired OTP, "OTP resent", a refused or created API user on a re-rendered page). The
 * refusals of the login itself stay `alert()`s in every form: that much is known of the real
 * portal. A form draws a re-rendered page's message (`page`) and gives the page's scripts a
 * `showMessage(slot, text, kind)` for messages that come back from an AJAX answer (`client`).
 */
import { type Form, must, type TraitContext } from './forms.js';
import { alertScript, escapeHtml, type PageMessage, scriptLiteral } from './pages.js';
import { ALERTS } from './state.js';

/** A re-rendered page's message: markup for the slot by the field, for the top of the form, and a script. */
export interface DrawnMessage {
  /** Under the field the message is about (refusals). */
  field: string;
  /** Above the form (news). */
  top: string;
  script: string;
}

export interface MessageRender {
  page(message: PageMessage | undefined): DrawnMessage;
  /** The source of `function showMessage(slot, text, kind)`, for the page's own scripts. */
  client: string;
}

export type MessageForm = Form<MessageRender>;

/** The classes' colours, so the form draws the same in every dialect's stylesheet. */
const INLINE_STYLE =
  '<style>.divError { color: #b00020; font-weight: 600; margin-top: 6px; } .text-danger { color: #dc3545; } .text-success { color: #28a745; } .alert-success { color: #155724; background: #d4edda; border: 1px solid #c3e6cb; padding: 0.75rem 1.25rem; }</style>';

const NONE: DrawnMessage = { field: '', top: '', script: '' };

/** An alert raised as soon as the parser reaches it, before the page has finished loading. */
export function startupAlert(text: string | undefined): string {
  if (!text) return '';
  return `<script type="text/javascript">alert(${scriptLiteral(text)});</script>`;
}

const ALERT_CLIENT = `function showMessage(slot, text, kind) {
    if (text) alert(text);
  }`;

/** What shows the expected text on the page, read in the browser. */
async function shownText({ page, message }: TraitContext) {
  return page.evaluate((text) => {
    // The innermost element reading the text (a cell holding only the message reads it too).
    const holder = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.textContent?.trim() === text && (el as HTMLElement).offsetParent !== null)
      .at(-1);
    if (!holder) return undefined;
    const style = getComputedStyle(holder);
    const [r = 0, g = 0, b = 0] = (style.color.match(/\d+/g) ?? []).map(Number);
    return {
      classes: holder.getAttribute('class') ?? '',
      red: r >= 150 && g <= 80 && b <= 80,
      inStyleAttribute: (holder.getAttribute('style') ?? '').includes('color'),
    };
  }, message);
}

/**
 * Where the message's text shows (the innermost element reading it): a fixed box around it, a
 * dialog role, a `<font color>` it sits in, and its computed colour.
 */
async function placeOf({ page }: TraitContext, text: string) {
  return page.evaluate((wanted) => {
    const holder = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.textContent?.trim() === wanted && el.checkVisibility())
      .at(-1);
    if (!holder) return undefined;
    let fixed = false;
    for (let el: Element | null = holder; el; el = el.parentElement)
      if (getComputedStyle(el).position === 'fixed') fixed = true;
    const dialog = holder.closest('[role="dialog"],[role="alertdialog"]');
    const [r = 0, g = 0, b = 0] = (getComputedStyle(holder).color.match(/\d+/g) ?? []).map(Number);
    return {
      fixed,
      dialog: dialog
        ? {
            modal: dialog.getAttribute('aria-modal') === 'true',
            // As the buttons form draws them: a <button>, or an <input> reading its value.
            buttons: Array.from(dialog.querySelectorAll('button,input[type="button"],input[type="submit"]'))
              .filter((button) => button.checkVisibility())
              .map((button) => (button.textContent?.trim() || (button as HTMLInputElement).value) ?? ''),
          }
        : undefined,
      font: holder.closest('font[color]') !== null,
      classes: holder.getAttribute('class') ?? '',
      amber: r >= 180 && g >= 90 && g <= 170 && b <= 60,
    };
  }, text);
}

async function alerted(context: TraitContext) {
  return (await context.alerts()).filter((raised) => raised.text === context.message);
}

/** A form's `showMessage` source, called once the page has loaded with the page's message. */
function onLoad(client: string, message: PageMessage | undefined): string {
  if (!message) return '';
  return `<script>${client}
  window.addEventListener('load', function () { showMessage(null, ${scriptLiteral(message.text)}, ${scriptLiteral(message.kind)}); });</script>`;
}

/**
 * toastr's markup (`#toast-container` > `.toast.toast-error` > `.toast-title`, `.toast-message`)
 * with the colours and place its stylesheet gives them; removed 3 s later, as toastr's default
 * `timeOut` does. The stylesheet comes with the first toast.
 */
const TOAST_CLIENT = `function showMessage(slot, text, kind) {
    if (!text) return;
    var holder = window;
    if (!holder.toastBox) {
      var style = document.createElement('style');
      style.textContent = '#toast-container{position:fixed;z-index:999999;top:12px;right:12px;pointer-events:none}' +
        '#toast-container>div{position:relative;pointer-events:auto;margin:0 0 6px;padding:15px 15px 15px 50px;width:300px;border-radius:3px;box-shadow:0 0 12px #999;color:#fff;opacity:.9;font:14px sans-serif}' +
        '.toast-title{font-weight:700}.toast-error{background-color:#bd362f}.toast-success{background-color:#51a351}';
      document.head.appendChild(style);
      holder.toastBox = document.createElement('div');
      holder.toastBox.id = 'toast-container';
      holder.toastBox.className = 'toast-top-right';
      holder.toastBox.setAttribute('role', 'alert');
      document.body.appendChild(holder.toastBox);
    }
    var toast = document.createElement('div');
    toast.className = 'toast ' + (kind === 'error' ? 'toast-error' : 'toast-success');
    toast.setAttribute('aria-live', kind === 'error' ? 'assertive' : 'polite');
    var title = document.createElement('div');
    title.className = 'toast-title';
    title.textContent = kind === 'error' ? 'Error' : 'Success';
    var body = document.createElement('div');
    body.className = 'toast-message';
    body.textContent = text;
    toast.append(title, body);
    holder.toastBox.appendChild(toast);
    setTimeout(function () { toast.remove(); }, 3000);
  }`;

/**
 * SweetAlert2's markup as `Swal.fire({ icon, title, text })` draws it (the hidden parts too), with
 * the colours and place of its stylesheet; OK removes it.
 */
const SWEETALERT_CLIENT = `function showMessage(slot, text, kind) {
    if (!text) return;
    if (!window.swalStyle) {
      window.swalStyle = document.createElement('style');
      window.swalStyle.textContent = '.swal2-container{position:fixed;inset:0;z-index:1060;display:grid;place-items:center;padding:.625em;background:rgba(0,0,0,.4)}' +
        '.swal2-popup{display:grid;width:32em;max-width:100%;padding:0 0 1.25em;border-radius:5px;background:#fff;color:#545454;font:16px sans-serif;text-align:center}' +
        '.swal2-title{margin:0;padding:.8em 1em 0;color:#595959;font-size:1.875em}.swal2-html-container{margin:1em 1.6em .3em}' +
        '.swal2-icon{width:5em;height:5em;margin:2.5em auto .6em;border:.25em solid #f27474;border-radius:50%}.swal2-icon.swal2-success{border-color:#a5dc86}' +
        '.swal2-actions{display:flex;justify-content:center;margin:1.25em auto 0}.swal2-styled{margin:.3125em;padding:.625em 1.1em;border:0;border-radius:.25em;color:#fff;font-size:1em}' +
        '.swal2-confirm{background:#7066e0}.swal2-deny{background:#dc3741}.swal2-cancel{background:#6e7881}';
      document.head.appendChild(window.swalStyle);
    }
    var error = kind === 'error';
    var container = document.createElement('div');
    container.className = 'swal2-container swal2-center swal2-backdrop-show';
    container.innerHTML =
      '<div aria-labelledby="swal2-title" aria-describedby="swal2-html-container" class="swal2-popup swal2-modal swal2-show" tabindex="-1" role="dialog" aria-live="assertive" aria-modal="true">' +
      '<button type="button" class="swal2-close" aria-label="Close this dialog" style="display: none;">\u00d7</button>' +
      '<ul class="swal2-progress-steps" style="display: none;"></ul>' +
      '<div class="swal2-icon swal2-icon-show"><span class="swal2-x-mark"></span></div>' +
      '<img class="swal2-image" style="display: none;">' +
      '<h2 class="swal2-title" id="swal2-title"></h2>' +
      '<div class="swal2-html-container" id="swal2-html-container"></div>' +
      '<input class="swal2-input" style="display: none;">' +
      '<div class="swal2-validation-message" id="swal2-validation-message" style="display: none;"></div>' +
      '<div class="swal2-actions"><div class="swal2-loader"></div>' +
      '<button type="button" class="swal2-confirm swal2-styled">OK</button>' +
      '<button type="button" class="swal2-deny swal2-styled" style="display: none;">No</button>' +
      '<button type="button" class="swal2-cancel swal2-styled" style="display: none;">Cancel</button></div>' +
      '<div class="swal2-footer" style="display: none;"></div></div>';
    var popup = container.firstChild;
    popup.classList.add(error ? 'swal2-icon-error' : 'swal2-icon-success');
    popup.children[2].classList.add(error ? 'swal2-error' : 'swal2-success');
    popup.children[4].textContent = error ? 'Oops...' : 'Success';
    popup.children[5].textContent = text;
    popup.children[8].children[1].addEventListener('click', function () {
      container.remove();
      document.body.classList.remove('swal2-shown');
    });
    document.body.classList.add('swal2-shown');
    document.body.appendChild(container);
    popup.children[8].children[1].focus();
  }`;

export const MESSAGE_FORMS = {
  'alert-on-load': {
    description: "an alert() raised by the re-rendered page's script once it has loaded",
    trait: {
      screen: 'message',
      claim: 'the message is an alert raised after the load event, and is not on the page',
      check: async (context) => {
        const raised = await alerted(context);
        must(raised.length === 1, `${raised.length} alerts with the message, not 1`);
        must(
          raised[0]?.readyState === 'complete',
          `the alert came while the page was "${raised[0]?.readyState}"`,
        );
        must((await shownText(context)) === undefined, 'the message is also on the page');
      },
    },
    render: {
      page: (message) => ({ ...NONE, script: alertScript(message?.text) }),
      client: ALERT_CLIENT,
    },
  },
  'alert-while-parsing': {
    description:
      'an alert() raised by a startup script while the page is still being parsed (RegisterStartupScript)',
    trait: {
      screen: 'message',
      claim: 'the message is an alert raised before the page has loaded, and is not on the page',
      check: async (context) => {
        const raised = await alerted(context);
        must(raised.length === 1, `${raised.length} alerts with the message, not 1`);
        must(
          raised[0]?.readyState === 'loading',
          `the alert came while the page was "${raised[0]?.readyState}"`,
        );
        must((await shownText(context)) === undefined, 'the message is also on the page');
      },
    },
    render: {
      page: (message) => ({ ...NONE, script: startupAlert(message?.text) }),
      client: ALERT_CLIENT,
    },
  },
  'inline-class': {
    description:
      'text on the page in an element whose class says what it is: div.divError under the field, .alert-success above the form',
    trait: {
      screen: 'message',
      claim:
        'the message is on the page in an element with a class that colours it red, and no alert is raised',
      check: async (context) => {
        const shown = await shownText(context);
        must(shown !== undefined, 'the message is not shown on the page');
        must(shown?.classes !== '', 'the message has no class');
        must(shown?.red === true && shown.inStyleAttribute === false, 'the class does not colour it red');
        must((await alerted(context)).length === 0, 'the message is also an alert');
      },
    },
    render: {
      page: (message) => {
        if (!message) return NONE;
        const text = escapeHtml(message.text);
        return message.kind === 'error'
          ? { ...NONE, field: `${INLINE_STYLE}<div class="divError">${text}</div>` }
          : { ...NONE, top: `${INLINE_STYLE}<div class="alert alert-success">${text}</div>` };
      },
      // The classes coloured by the form's own style, as the page's message is: a page drawn without
      // a message has no style for them (fuzz seed 56, an AJAX Submit answered in black).
      client: `function showMessage(slot, text, kind) {
    slot.replaceChildren();
    if (!text) return;
    if (!window.inlineMessageStyled) {
      document.head.insertAdjacentHTML('beforeend', ${scriptLiteral(INLINE_STYLE)});
      window.inlineMessageStyled = true;
    }
    var shown = document.createElement('span');
    shown.classList.add(kind === 'error' ? 'text-danger' : 'text-success');
    shown.textContent = text;
    slot.appendChild(shown);
  }`,
    },
  },
  'red-text': {
    description:
      'bold text coloured red (green for news) by its style attribute, with no class, under the field',
    trait: {
      screen: 'message',
      claim: 'the message is on the page with no class and a computed red colour, and no alert is raised',
      check: async (context) => {
        const shown = await shownText(context);
        must(shown !== undefined, 'the message is not shown on the page');
        must(shown?.classes === '', `the message has a class "${shown?.classes}"`);
        must(shown?.red === true, 'the message is not red');
        must((await alerted(context)).length === 0, 'the message is also an alert');
      },
    },
    render: {
      page: (message) => {
        if (!message) return NONE;
        const colour = message.kind === 'error' ? '#d00000' : '#008000';
        return { ...NONE, field: `<b style="color:${colour}">${escapeHtml(message.text)}</b>` };
      },
      client: `function showMessage(slot, text, kind) {
    slot.replaceChildren();
    if (!text) return;
    var shown = document.createElement('b');
    shown.style.color = kind === 'error' ? '#d00000' : '#008000';
    shown.textContent = text;
    slot.appendChild(shown);
  }`,
    },
  },
  'font-colour': {
    description:
      "text in a <font color> in the form's top message slot, with no class: amber for a refusal, green for news (an old WebForms page)",
    trait: {
      screen: 'message',
      claim: 'the message is in a <font color>, without a class, in an amber colour; no alert is raised',
      check: async (context) => {
        const place = await placeOf(context, context.message);
        must(place !== undefined, 'the message is not shown on the page');
        must(
          place?.font === true && place.classes === '',
          'the message is not in a <font color> without a class',
        );
        must(place?.amber === true, 'the message is not amber');
        must((await alerted(context)).length === 0, 'the message is also an alert');
      },
    },
    render: {
      page: (message) => {
        if (!message) return NONE;
        const colour = message.kind === 'error' ? '#e07000' : '#2e7d32';
        return { ...NONE, top: `<p><font color="${colour}">${escapeHtml(message.text)}</font></p>` };
      },
      client: `function showMessage(slot, text, kind) {
    slot.replaceChildren();
    if (!text) return;
    var shown = document.createElement('font');
    shown.setAttribute('color', kind === 'error' ? '#e07000' : '#2e7d32');
    shown.textContent = text;
    slot.appendChild(shown);
  }`,
    },
  },
  toast: {
    description:
      "a toast in the top right corner (toastr's markup and colours: white on red, or on green for news) that is gone after 3 s",
    trait: {
      screen: 'message',
      claim: 'the message shows in a fixed box and leaves the page within 3 s; no alert is raised',
      check: async (context) => {
        const place = await placeOf(context, context.message);
        must(place !== undefined, 'the message is not shown on the page');
        must(
          place?.fixed === true && place.dialog === undefined,
          'the message is not in a fixed box without a dialog role',
        );
        must((await alerted(context)).length === 0, 'the message is also an alert');
        const gone = await context.page
          .waitForFunction(
            (text) =>
              !Array.from(document.querySelectorAll('body *')).some((el) => el.textContent?.trim() === text),
            context.message,
            { timeout: 4000 },
          )
          .then(
            () => true,
            () => false,
          );
        must(gone, 'the message is still on the page after 4 s');
      },
    },
    render: {
      page: (message) => ({ ...NONE, script: onLoad(TOAST_CLIENT, message) }),
      client: TOAST_CLIENT,
    },
  },
  sweetalert: {
    description:
      "a message dialog in SweetAlert2's markup (a full-page container holding role=dialog aria-modal, an icon, a title, the text, OK), closed by OK",
    trait: {
      screen: 'message',
      claim:
        'the message is in a modal dialog whose only visible button reads OK, which closes it; no alert is raised',
      check: async (context) => {
        const place = await placeOf(context, context.message);
        must(place?.dialog !== undefined, 'the message is not in a dialog');
        must(place?.dialog?.modal === true, 'the dialog is not modal');
        must(
          place?.dialog?.buttons.join() === 'OK',
          `the dialog's buttons read ${place?.dialog?.buttons.join(', ')}`,
        );
        must((await alerted(context)).length === 0, 'the message is also an alert');
        await context.page.getByRole('button', { name: 'OK' }).click();
        must((await placeOf(context, context.message)) === undefined, 'OK did not close the dialog');
      },
    },
    render: {
      page: (message) => ({ ...NONE, script: onLoad(SWEETALERT_CLIENT, message) }),
      client: SWEETALERT_CLIENT,
    },
  },
  reworded: {
    description:
      "an alert() once the page has loaded, worded otherwise than the mock's own texts (the same verdicts: wrong, expired, resent, taken, created...)",
    trait: {
      screen: 'message',
      claim: "the alert says the verdict in other words than the mock's own, and the message is nowhere",
      check: async (context) => {
        const other = reworded(context.message);
        must(other !== context.message, 'no other wording for the message');
        const raised = (await context.alerts()).filter((alert) => alert.text === other);
        must(raised.length === 1, `${raised.length} alerts with the other wording, not 1`);
        must((await alerted(context)).length === 0, "the mock's own wording is raised too");
        must((await shownText(context)) === undefined, 'the message is also on the page');
      },
    },
    render: {
      page: (message) => ({ ...NONE, script: alertScript(message && reworded(message.text)) }),
      // A getter: the texts come from state.ts, which is still loading when this module is.
      get client() {
        return `function showMessage(slot, text, kind) {
    var other = ${scriptLiteral(rewordings())};
    if (text) alert(other[text] || text);
  }`;
      },
    },
  },
} as const satisfies Record<string, MessageForm>;

/**
 * The same verdicts in other words, as another release (or another NIC portal) might put them:
 * the bot must read them by meaning, not by the mock's own texts.
 */
export function rewordings(): Record<string, string> {
  return {
    [ALERTS.otpWrong]: 'The OTP entered is not correct. Attempts are limited.',
    [ALERTS.otpExpired]: 'OTP validity is over. Kindly generate a new OTP.',
    [ALERTS.otpResent]: 'A fresh OTP is sent to your registered mobile number.',
    [ALERTS.alreadyRegistered]: 'The selected GSP is already mapped to this GSTIN.',
    [ALERTS.usernameTaken]: 'This API username is not available; kindly choose a different one.',
    [ALERTS.usernameInvalid]: 'User Name is not in the prescribed format.',
    [ALERTS.passwordPolicy]:
      'Password must be 8-15 characters long, with an upper case letter, a lower case letter, a digit and a special character.',
    [ALERTS.created]: 'API credentials generated for the selected GSP.',
  };
}

function reworded(text: string): string {
  return rewordings()[text] ?? text;
}
