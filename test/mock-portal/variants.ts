/**
 * The mock as a portal generator: every part of every screen is drawn in one of several forms,
 * chosen per part, by name or by a seed. The three recorded dialects are presets: a named set
 * of forms. A new form is one entry in its part's table (renderer, trait check, and the issue
 * that will teach the bot when it cannot handle it yet); a new part is one more table here.
 */
import { BUTTON_FORMS, type ButtonsRender } from './button-forms.js';
import type { Form } from './forms.js';
import { GSP_PICKER_FORMS } from './gsp-picker-forms.js';
import { LABEL_FORMS } from './label-forms.js';
import { LOGIN_ENTRY_FORMS } from './login-entry-forms.js';
import { MARKUP_FORMS } from './markup-forms.js';
import { MENU_FORMS } from './menu-forms.js';
import { MESSAGE_FORMS } from './message-forms.js';
import { OTP_FORMS } from './otp-forms.js';
import { PAGE_CHROME_FORMS, type PageChromeRender } from './page-chrome-forms.js';
import type { DialectPages } from './pages.js';
import { POPUP_FORMS } from './popup-forms.js';
import { REGISTRATION_TYPE_FORMS } from './registration-type-forms.js';
import { SESSION_EXPIRY_FORMS, type SessionExpiryRender } from './session-expiry-forms.js';
import { SUBMIT_FORMS, type SubmitDraw, type SubmitRender } from './submit-forms.js';
import type { Dialect, Faults } from './types.js';

/** Every part and its forms, in the order a seed draws them (append new parts at the end). */
export const PARTS = {
  markup: MARKUP_FORMS,
  loginEntry: LOGIN_ENTRY_FORMS,
  popup: POPUP_FORMS,
  message: MESSAGE_FORMS,
  sessionExpiry: SESSION_EXPIRY_FORMS,
  buttons: BUTTON_FORMS,
  menu: MENU_FORMS,
  otp: OTP_FORMS,
  pageChrome: PAGE_CHROME_FORMS,
  labels: LABEL_FORMS,
  registrationType: REGISTRATION_TYPE_FORMS,
  gspPicker: GSP_PICKER_FORMS,
  submit: SUBMIT_FORMS,
} as const;

export type Part = keyof typeof PARTS;
export const PART_NAMES = Object.keys(PARTS) as Part[];

/** One form per part, by name. */
export type Forms = { [P in Part]: keyof (typeof PARTS)[P] & string };

/** What `startMockPortal({ variant })` takes: a seed, or the forms of some parts (the rest from the preset). */
export type Variant = number | Partial<Forms>;

/** The recorded dialects as presets: what each part looked like in each. */
export const PRESETS: Record<Dialect, Forms> = {
  accessible: {
    markup: 'accessible',
    loginEntry: 'header-panel',
    popup: 'dialog-role',
    message: 'alert-on-load',
    sessionExpiry: 'redirect',
    buttons: 'button',
    menu: 'accordion',
    otp: 'one-field',
    pageChrome: 'none',
    labels: 'cell',
    registrationType: 'radios-label',
    gspPicker: 'select',
    submit: 'plain',
  },
  'legacy-table': {
    markup: 'legacy-table',
    loginEntry: 'header-panel',
    popup: 'plain-overlay',
    message: 'alert-while-parsing',
    sessionExpiry: 'redirect',
    buttons: 'input-submit',
    menu: 'accordion',
    otp: 'one-field',
    pageChrome: 'none',
    labels: 'cell',
    registrationType: 'bare-text',
    gspPicker: 'select',
    submit: 'plain',
  },
  bootstrap: {
    markup: 'bootstrap',
    loginEntry: 'header-panel',
    popup: 'bootstrap-modal',
    message: 'inline-class',
    sessionExpiry: 'redirect',
    buttons: 'button',
    menu: 'accordion',
    otp: 'panel-hidden-form',
    pageChrome: 'none',
    labels: 'cell',
    registrationType: 'bare-text',
    gspPicker: 'select',
    submit: 'ajax',
  },
};

export function formOf<P extends Part>(part: P, name: string): Form<unknown> | undefined {
  return (PARTS[part] as Record<string, Form<unknown>>)[name];
}

export function formNames(part: Part, { onlyHandled = false } = {}): string[] {
  return Object.entries(PARTS[part] as Record<string, Form<unknown>>)
    .filter(([, form]) => !onlyHandled || form.unhandled === undefined)
    .map(([name]) => name);
}

/**
 * The forms a seed draws, the same on every machine and every run: one draw per part in the
 * order of `PARTS`, from a small PRNG (mulberry32) seeded with the seed.
 */
export function formsOfSeed(seed: number, { onlyHandled = false } = {}): Forms {
  const next = mulberry32(seed);
  const drawn: Record<string, string> = {};
  for (const part of PART_NAMES) {
    const names = formNames(part, { onlyHandled });
    drawn[part] = names[Math.floor(next() * names.length)] ?? '';
  }
  return drawn as Forms;
}

/** A variant as forms: a seed's draw, or the given forms over the dialect's preset. */
export function resolveVariant(variant: Variant | undefined, dialect: Dialect): Forms {
  if (variant === undefined) return { ...PRESETS[dialect] };
  if (typeof variant === 'number') return formsOfSeed(variant);
  return { ...PRESETS[dialect], ...variant };
}

/** The forms that the bot cannot handle yet, with the issue that will fix each. */
export function unhandledForms(forms: Forms): string[] {
  return PART_NAMES.flatMap((part) => {
    const unhandled = formOf(part, forms[part])?.unhandled;
    return unhandled ? [`${part}=${forms[part]} (${unhandled})`] : [];
  });
}

/** `markup=bootstrap loginEntry=link-to-page popup=panel-dimmer message=red-text sessionExpiry=redirect otp=one-field`. */
export function describeForms(forms: Forms): string {
  return PART_NAMES.map((part) => `${part}=${forms[part]}`).join(' ');
}

/** A preset's name when the forms are exactly one, for the state and the runner's banner. */
export function presetOf(forms: Forms): Dialect | undefined {
  return (Object.keys(PRESETS) as Dialect[]).find((name) =>
    PART_NAMES.every((part) => PRESETS[name][part] === forms[part]),
  );
}

/** The pages of these forms: the markup's dialect, given the other parts' renderers. */
export function pagesOf(forms: Forms): DialectPages {
  const pages = PARTS.markup[forms.markup].render({
    loginEntry: PARTS.loginEntry[forms.loginEntry].render,
    popup: PARTS.popup[forms.popup].render,
    message: PARTS.message[forms.message].render,
    menu: PARTS.menu[forms.menu].render,
    otp: PARTS.otp[forms.otp].render,
    labels: PARTS.labels[forms.labels].render,
    registrationType: PARTS.registrationType[forms.registrationType].render,
    gspPicker: PARTS.gspPicker[forms.gspPicker].render,
  });
  const submit: Omit<SubmitDraw, 'pageMessage'> = {
    dialect: forms.markup,
    message: PARTS.message[forms.message].render,
  };
  return withChrome(
    withButtons(
      withSubmit(pages, PARTS.submit[forms.submit].render, submit),
      PARTS.buttons[forms.buttons].render,
    ),
    PARTS.pageChrome[forms.pageChrome].render,
  );
}

/**
 * The pages with their action buttons drawn by the buttons form: no slot in the templates, the
 * form redraws the buttons of each page the markup drew (the web server's error page is not
 * the portal's, and keeps its own).
 */
function withButtons(pages: DialectPages, draw: ButtonsRender): DialectPages {
  return {
    fields: pages.fields,
    loginEntry: pages.loginEntry,
    stylesheet: (path) => pages.stylesheet(path),
    home: (page) => draw(pages.home(page)),
    login: (page) => draw(pages.login(page)),
    twoFactor: (page) => draw(pages.twoFactor(page)),
    mainMenu: (page) => draw(pages.mainMenu(page)),
    apiOtp: (page) => draw(pages.apiOtp(page)),
    register: (page) => draw(pages.register(page)),
    message: (title, text) => draw(pages.message(title, text)),
    maintenance: () => draw(pages.maintenance()),
    notFound: () => draw(pages.notFound()),
    serverError: () => pages.serverError(),
  };
}

/**
 * The registration form's Submit as the submit form draws it: no slot in the templates, the form
 * rewrites the pages that hold the registration form (the bootstrap dialect's API OTP page holds
 * it hidden), before the buttons part redraws their buttons.
 */
function withSubmit(
  pages: DialectPages,
  draw: SubmitRender,
  submit: Omit<SubmitDraw, 'pageMessage'>,
): DialectPages {
  return Object.assign(Object.create(pages) as DialectPages, {
    apiOtp: (page: Parameters<DialectPages['apiOtp']>[0]) =>
      draw(pages.apiOtp(page), { ...submit, pageMessage: page.message }),
    register: (page: Parameters<DialectPages['register']>[0]) =>
      draw(pages.register(page), { ...submit, pageMessage: page.message }),
  });
}

/**
 * The portal's pages with the page chrome at the end of each body: the chrome is the site's,
 * around whatever any dialect draws, so it needs no slot in the templates. The web server's own
 * error page carries none.
 */
function withChrome(pages: DialectPages, chrome: PageChromeRender): DialectPages {
  const markup = chrome();
  if (markup === '') return pages;
  const around = (html: string) => {
    const end = html.lastIndexOf('</body>');
    return end < 0 ? `${html}${markup}` : `${html.slice(0, end)}${markup}\n${html.slice(end)}`;
  };
  return Object.assign(Object.create(pages) as DialectPages, {
    home: (page: Parameters<DialectPages['home']>[0]) => around(pages.home(page)),
    login: (page: Parameters<DialectPages['login']>[0]) => around(pages.login(page)),
    twoFactor: (page: Parameters<DialectPages['twoFactor']>[0]) => around(pages.twoFactor(page)),
    mainMenu: (page: Parameters<DialectPages['mainMenu']>[0]) => around(pages.mainMenu(page)),
    apiOtp: (page: Parameters<DialectPages['apiOtp']>[0]) => around(pages.apiOtp(page)),
    register: (page: Parameters<DialectPages['register']>[0]) => around(pages.register(page)),
    message: (title: string, text: string) => around(pages.message(title, text)),
  });
}

/**
 * How a lost session is answered: the drawn form, unless the `expireSessionNotice: 'alert'`
 * fault asks for the alert whatever the form (it is that form, switched on at run time).
 */
export function sessionExpiryOf(forms: Forms, faults: Readonly<Faults>): SessionExpiryRender {
  const form = faults.expireSessionNotice === 'alert' ? 'alert-then-redirect' : forms.sessionExpiry;
  return PARTS.sessionExpiry[form].render;
}

/** The forms named in `{ part: form }`, checked; an unknown part or form is an Error naming the known ones. */
export function checkForms(input: Record<string, unknown>): Partial<Forms> {
  const forms: Record<string, string> = {};
  for (const [part, name] of Object.entries(input)) {
    if (!(PART_NAMES as string[]).includes(part)) {
      throw new Error(`unknown part "${part}"; known: ${PART_NAMES.join(', ')}`);
    }
    const known = formNames(part as Part);
    if (typeof name !== 'string' || !known.includes(name)) {
      throw new Error(`unknown ${part} form ${JSON.stringify(name)}; known: ${known.join(', ')}`);
    }
    forms[part] = name;
  }
  return forms as Partial<Forms>;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
