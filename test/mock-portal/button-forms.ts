/**
 * The part "buttons": how the portal draws its action buttons (Login, Verify OTP, Resend OTP,
 * Submit, Exit, the header's Login, a popup's ×...). Unlike the other parts this is no slot in
 * a template: the form redraws every `<button>` and `<input type=submit|button>` of a page the
 * markup drew (`variants.ts` `pagesOf`), keeping its id, its `data-*` and its text. Forms that
 * are no native control get their behaviour from one script at the end of the page, as sites
 * wire such controls: a click submits the form around it (through its `formaction`, after its
 * old `onclick` guard), or only runs the page's own listeners. Links a dialect draws stay
 * links (the accessible register page's `a.btn` "Exit").
 */
import type { Page } from 'playwright';
import { type Form, must } from './forms.js';

/** A page's HTML, its action buttons redrawn. */
export type ButtonsRender = (html: string) => string;
export type ButtonsForm = Form<ButtonsRender>;

/** One action button as the markup drew it. */
interface DrawnButton {
  /** What a click does natively: submit the form around it, or nothing but its listeners. */
  type: 'submit' | 'button';
  /** Its content as HTML (a `<button>`'s inner markup, an input's value). */
  label: string;
  /** Its attributes but `type` and `value`, values as written (HTML-escaped). */
  attributes: [string, string | undefined][];
  native: 'button' | 'input';
  source: string;
}

const BUTTON_TAG = /<button\b([^>]*)>([\s\S]*?)<\/button>/gi;
const INPUT_TAG = /<input\b([^>]*?)\s*\/?>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;

function attributesOf(source: string): [string, string | undefined][] {
  return Array.from(source.matchAll(ATTRIBUTE), (m) => [
    (m[1] ?? '').toLowerCase(),
    m[2] ?? m[3] ?? undefined,
  ]);
}

function attributeText(attributes: [string, string | undefined][]): string {
  return attributes
    .map(([name, value]) => (value === undefined ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
}

function attributeValue(attributes: [string, string | undefined][], name: string): string | undefined {
  return attributes.find(([key]) => key === name)?.[1];
}

function without(attributes: [string, string | undefined][], ...names: string[]) {
  return attributes.filter(([key]) => !names.includes(key));
}

/** Every action button of the page redrawn by `draw` (which returns undefined to keep one as it is). */
function redraw(html: string, draw: (button: DrawnButton) => string | undefined): string {
  const buttons = html.replace(BUTTON_TAG, (source, attrs: string, label: string) => {
    const attributes = attributesOf(attrs);
    const type = attributeValue(attributes, 'type') === 'button' ? 'button' : 'submit';
    const others = without(attributes, 'type');
    return draw({ type, label, attributes: others, native: 'button', source }) ?? source;
  });
  return buttons.replace(INPUT_TAG, (source, attrs: string) => {
    const attributes = attributesOf(attrs);
    const type = attributeValue(attributes, 'type');
    if (type !== 'submit' && type !== 'button') return source;
    const label = attributeValue(attributes, 'value') ?? '';
    const others = without(attributes, 'type', 'value');
    return draw({ type, label, attributes: others, native: 'input', source }) ?? source;
  });
}

/**
 * What a control drawn without a native button keeps: its id, its data-* and aria-*, its
 * style and title; and what the page's script needs to act for it (`data-act`, the form's
 * `data-formaction`, the old `onclick` as `data-guard`). Never an `onclick`, a role or a tabindex.
 */
function scripted(button: DrawnButton, classes: string | undefined): string {
  const kept = button.attributes.filter(
    ([name]) => name === 'id' || name === 'style' || name === 'title' || /^(data|aria)-/.test(name),
  );
  const formaction = attributeValue(button.attributes, 'formaction');
  const guard = attributeValue(button.attributes, 'onclick');
  const act: [string, string | undefined][] = [['data-act', button.type]];
  if (formaction) act.push(['data-formaction', formaction]);
  if (guard) act.push(['data-guard', guard]);
  const classAttribute: [string, string | undefined][] = classes ? [['class', classes]] : [];
  return attributeText([...classAttribute, ...kept, ...act]);
}

function classesOf(button: DrawnButton): string[] {
  return (attributeValue(button.attributes, 'class') ?? '').split(/\s+/).filter((name) => name !== '');
}

/**
 * The classes the page's own scripts find elements by (`querySelector('.swal2-confirm')`,
 * `getElementsByClassName`, `classList.contains`): a redraw keeps these whatever else it drops,
 * or the page's script loses its control (SweetAlert's OK, drawn as a link without its class,
 * would no longer close its dialog: fuzz seed 163299).
 */
function classesScriptsUse(html: string): Set<string> {
  const used = new Set<string>();
  for (const [, script = ''] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const [, selector = ''] of script.matchAll(/querySelector(?:All)?\(\s*['"]([^'"]*)['"]/g)) {
      for (const [, name = ''] of selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) used.add(name);
    }
    for (const [, names = ''] of script.matchAll(
      /(?:getElementsByClassName|classList\.contains)\(\s*['"]([^'"]*)['"]/g,
    )) {
      for (const name of names.split(/\s+/)) if (name) used.add(name);
    }
  }
  return used;
}

/** A `<button>`'s content as plain text, for an input's value (already HTML-escaped). */
function plainLabel(label: string): string {
  return label
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/"/g, '&quot;');
}

/**
 * What makes the scripted controls act: added to a page that has one, after the page's own
 * scripts. A submit control submits its form as a submit button would (`requestSubmit`: the
 * form's own submit handlers run), through its `formaction`, unless its guard says no.
 */
const ACT_SCRIPT = `<script>
  (function () {
    var controls = document.querySelectorAll('[data-act]');
    Array.prototype.forEach.call(controls, function (control) {
      control.addEventListener('click', function (event) {
        event.preventDefault();
        var guard = control.getAttribute('data-guard');
        if (guard && new Function(guard).call(control) === false) return;
        if (control.getAttribute('data-act') !== 'submit') return;
        var form = control.closest('form');
        if (!form) return;
        var action = control.getAttribute('data-formaction');
        if (action) form.setAttribute('action', action);
        form.requestSubmit();
      });
    });
  })();
</script>`;

/** Pages with a scripted control get the script before `</body>`. */
function withActScript(html: string): string {
  if (!/\sdata-act="/.test(html)) return html;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? `${html}${ACT_SCRIPT}` : `${html.slice(0, end)}${ACT_SCRIPT}\n${html.slice(end)}`;
}

/** The class a `div-handler` control draws its pointer and its box with (the page's style, no attribute). */
const HANDLER_CLASS = 'clickable-box';
const HANDLER_STYLE = `<style>.${HANDLER_CLASS} { cursor: pointer; display: inline-block; padding: 5px 14px; border: 1px solid #7a8ca3; border-radius: 3px; background: #e9eef5; color: #1b3f6b; user-select: none; } .${HANDLER_CLASS}.block { display: block; text-align: center; }</style>`;
const LINK_STYLE =
  '<style>a.btn { text-decoration: none; display: inline-block; border: 1px solid #5b7fa8; border-radius: 3px; padding: 4px 12px; }</style>';
/** Underlined whatever the site's stylesheet says of links (Bootstrap's says none). */
const PLAIN_LINK_STYLE = '<style>a[href^="javascript:"] { text-decoration: underline; }</style>';

/** The login form's "Login" control, as the trait checks read it. */
async function loginControl(page: Page) {
  return page.evaluate(() => {
    const password = document.querySelector('input[type="password"]');
    const text = (el: Element) =>
      (el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).replace(/\s+/g, ' ').trim();
    const all = Array.from(document.querySelectorAll('body *')).filter(
      (el) =>
        text(el) === 'Login' &&
        !/^(H\d|TD|TH|LABEL|SCRIPT)$/.test(el.tagName) &&
        password !== null &&
        (password.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    const control = all.find((el) => !all.some((other) => other !== el && el.contains(other)));
    if (!control) return undefined;
    const style = getComputedStyle(control);
    const parent = control.parentElement ? getComputedStyle(control.parentElement) : undefined;
    return {
      tag: control.tagName,
      type: control.getAttribute('type') ?? '',
      href: control.getAttribute('href'),
      attributes: Array.from(control.attributes, (attribute) => attribute.name),
      inlineCursor: (control as HTMLElement).style.cursor,
      cursor: style.cursor,
      parentCursor: parent?.cursor ?? '',
      underlined: style.textDecorationLine.includes('underline'),
      boxed:
        style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
        (Number.parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none'),
    };
  });
}

export const BUTTON_FORMS = {
  button: {
    description: 'every action button is a <button> (inputs drawn as buttons become <button>s)',
    trait: {
      screen: 'login',
      claim: "the login form's Login is a <button>",
      check: async ({ page }) => {
        const control = await loginControl(page);
        must(control?.tag === 'BUTTON', `the login form's Login is a <${control?.tag.toLowerCase()}>`);
      },
    },
    render: (html) =>
      redraw(html, (button) =>
        button.native === 'button'
          ? undefined
          : `<button type="${button.type}"${attributeText(button.attributes)}>${button.label}</button>`,
      ),
  },
  'input-submit': {
    description:
      'every action button is an <input type=submit> or <input type=button>, as WebForms draws them',
    trait: {
      screen: 'login',
      claim: "the login form's Login is an <input type=submit>",
      check: async ({ page }) => {
        const control = await loginControl(page);
        must(
          control?.tag === 'INPUT' && control.type === 'submit',
          `the login form's Login is a <${control?.tag.toLowerCase()} type=${control?.type}>`,
        );
      },
    },
    render: (html) =>
      redraw(html, (button) =>
        button.native === 'input'
          ? undefined
          : `<input type="${button.type}" value="${plainLabel(button.label)}"${attributeText(button.attributes)} />`,
      ),
  },
  'a-btn': {
    description:
      'every action button is an <a class="btn" href="#"> drawn as a button, its click handled by script',
    trait: {
      screen: 'login',
      claim: "the login form's Login is an <a> drawn as a box (background or border), not underlined",
      check: async ({ page }) => {
        const control = await loginControl(page);
        must(control?.tag === 'A', `the login form's Login is a <${control?.tag.toLowerCase()}>`);
        must(control?.boxed === true && !control.underlined, 'the Login link is not drawn as a button');
      },
    },
    render: (html) =>
      withActScript(
        redraw(html, (button) => {
          const classes = ['btn', ...classesOf(button).filter((name) => name !== 'btn')].join(' ');
          return `<a href="#"${scripted(button, classes)}>${button.label}</a>`;
        }).replace('</head>', `${LINK_STYLE}\n</head>`),
      ),
  },
  'plain-link': {
    description:
      'every action button is a plain underlined link (href="javascript:void(0)", no class but those the page\'s scripts find it by), as a WebForms LinkButton',
    trait: {
      screen: 'login',
      claim: "the login form's Login is an underlined <a> with no box and no class",
      check: async ({ page }) => {
        const control = await loginControl(page);
        must(control?.tag === 'A', `the login form's Login is a <${control?.tag.toLowerCase()}>`);
        must(control?.underlined === true && !control.boxed, 'the Login link is drawn as a button');
        must(!control?.attributes.includes('class'), 'the Login link has a class');
      },
    },
    render: (html) => {
      // No class of its own, but those the page's scripts find it by.
      const used = classesScriptsUse(html);
      return withActScript(
        redraw(html, (button) => {
          const kept = classesOf(button).filter((name) => used.has(name));
          return `<a href="javascript:void(0)"${scripted(button, kept.length > 0 ? kept.join(' ') : undefined)}>${button.label}</a>`;
        }).replace('</head>', `${PLAIN_LINK_STYLE}\n</head>`),
      );
    },
  },
  'div-handler': {
    description:
      'every action button is a <div>/<span> whose click is handled by script, its pointer cursor from a CSS class (no role, tabindex or onclick)',
    trait: {
      screen: 'login',
      claim:
        "the login form's Login is a <div> or <span> with no role, tabindex or onclick, a pointer cursor of its own from its class",
      check: async ({ page }) => {
        const control = await loginControl(page);
        must(
          control?.tag === 'DIV' || control?.tag === 'SPAN',
          `the login form's Login is a <${control?.tag.toLowerCase()}>`,
        );
        const marks = control?.attributes.filter((name) =>
          ['role', 'tabindex', 'onclick', 'href'].includes(name),
        );
        must(marks?.length === 0, `the Login control has ${marks?.join(', ')}`);
        must(control?.cursor === 'pointer' && control.inlineCursor === '', 'no pointer cursor from a class');
        must(control?.parentCursor !== 'pointer', "the pointer cursor is its parent's");
      },
    },
    render: (html) =>
      withActScript(
        redraw(html, (button) => {
          const classes = classesOf(button);
          const block = classes.includes('btn-block');
          const tag = block ? 'div' : 'span';
          const drawn = [HANDLER_CLASS, ...(block ? ['block'] : []), ...classes].join(' ');
          return `<${tag}${scripted(button, drawn)}>${button.label}</${tag}>`;
        }).replace('</head>', `${HANDLER_STYLE}\n</head>`),
      ),
  },
} as const satisfies Record<string, ButtonsForm>;
