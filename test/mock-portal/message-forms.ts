/**
 * The part "messages": how the portal's refusals and news after login are shown (a wrong or
 * expired OTP, "OTP resent", a refused or created API user on a re-rendered page). The
 * refusals of the login itself stay `alert()`s in every form: that much is known of the real
 * portal. A form draws a re-rendered page's message (`page`) and gives the page's scripts a
 * `showMessage(slot, text, kind)` for messages that come back from an AJAX answer (`client`).
 */
import { type Form, must, type TraitContext } from './forms.js';
import { alertScript, escapeHtml, type PageMessage, scriptLiteral } from './pages.js';

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

async function alerted(context: TraitContext) {
  return (await context.alerts()).filter((raised) => raised.text === context.message);
}

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
      client: `function showMessage(slot, text, kind) {
    slot.replaceChildren();
    if (!text) return;
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
    unhandled:
      'issue 18: a refusal without a known class is not read ("still shows the OTP page without saying why")',
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
} as const satisfies Record<string, MessageForm>;
