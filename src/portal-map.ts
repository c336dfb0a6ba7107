/**
 * The portal map: every screen the flow passes and every element the bot needs on it, as data,
 * in the operator's words. Page objects, the screen classifier, `drift`, screenshot masking and
 * the tests read this map; nothing restates a selector elsewhere (grafana's e2e-selectors,
 * one map per page). Each fact carries its source in einvoice1.md: H/M/L confidence, or
 * "unknown" where the text is a guess the bot must not depend on alone.
 *
 * Texts are what a person reads, compared exactly after folding case, white space,
 * non-breaking spaces and a trailing `*`, `:` or `(required)`; ids and `name`s are those seen
 * on the real portal, compared case-insensitively. An override file (`--portal-map`, or the
 * older `--labels`) can change any text or id of any element without a code change.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import type { ElementKind } from './in-page/kinds.js';

/** The kinds, and all that each kind of element may be and how the bot deals with it, are in one place. */
export type { ElementKind } from './in-page/kinds.js';

/** Where an element lives, so "Exit" in a popup and "Exit" on the form are different entries. */
export type Region = 'login-form' | 'outside-login-form' | 'popup' | 'outside-popup';

export interface PortalElement {
  /** The element in the operator's words, for messages: "the 'Through GSP' option". */
  readonly name: string;
  readonly kind: ElementKind;
  /** What a person reads for it, preferred first. */
  readonly texts: readonly string[];
  /** Ids seen on the real portal (never the mock's inventions). */
  readonly ids?: readonly string[];
  /** `name` attributes seen on the real portal. */
  readonly names?: readonly string[];
  readonly region?: Region;
  /**
   * A choice with consequences: found by its visible text only (an id may narrow, never
   * decide), and never an element reading one of `never`.
   */
  readonly byTextOnly?: boolean;
  readonly never?: readonly string[];
  /**
   * Its texts may stand among other words of its name, as whole words: a choice described at
   * length ("Registered Mobile Number (SMS) XXXXXX4821" for "SMS"). Only where no name reads a
   * text exactly, and never for a choice with consequences.
   */
  readonly wordsWithin?: boolean;
  /**
   * Several elements reading it all lead the same way (the home page's Login in the header and
   * again in a side list of links): the first in the page is taken rather than refused as
   * ambiguous. Never for a choice with consequences.
   */
  readonly anyWillDo?: boolean;
  /** Its contents are secret: masked in every screenshot. */
  readonly secret?: 'password' | 'otp' | 'captcha';
  /** For an image: part of its address (the captcha is served from /get-captcha-image). */
  readonly srcContains?: readonly string[];
  /**
   * For a field no text names: the one drawn beside (on its line) or under an image whose address
   * contains one of these. A person types a captcha into the box by its picture, whatever the
   * label says ("Enter the text shown", "Security code").
   */
  readonly besideImageSrc?: readonly string[];
  /** For a table: words its header cells must contain. */
  readonly headerHas?: readonly string[];
  /**
   * For a button no text names: the one button of the form holding this field, as a person
   * presses the button by the OTP box whatever it reads ("Validate OTP", "Submit", "Proceed").
   */
  readonly buttonOf?: `${string}.${string}`;
  readonly source: string;
}

export interface PortalScreen {
  readonly name: string;
  readonly elements: Readonly<Record<string, PortalElement>>;
}

/** What a control that asks the portal for an OTP reads (the login's or the API registration's). */
const SEND_OTP_TEXTS = ['Send OTP', 'Generate OTP', 'Get OTP'];
/** What the choice of the SMS channel for an OTP reads, among other words (`wordsWithin`). */
const SMS_CHOICE_TEXTS = ['SMS', 'Mobile', 'Registered Mobile', 'Mobile Number'];

const BUILT_IN = {
  home: {
    name: 'the home page',
    elements: {
      loginButton: {
        name: 'the "Login" button in the page header',
        kind: 'button',
        // As the login form's own button reads it too (a portal framework's "Sign In").
        texts: ['Login', 'Sign In'],
        ids: ['btnLogin'],
        region: 'outside-login-form',
        anyWillDo: true,
        source: 'einvoice1.md §1 (M, scraper code)',
      },
    },
  },
  login: {
    name: 'the login form',
    elements: {
      username: {
        name: 'the "Username" field of the login form',
        kind: 'text-field',
        texts: ['Username', 'User Name', 'User Id', 'Login Id'],
        ids: ['txtUserName'],
        names: ['UserLogin.UserName'],
        source: 'einvoice1.md §1 (M); label text unknown',
      },
      password: {
        name: 'the "Password" field of the login form',
        kind: 'password-field',
        texts: ['Password'],
        ids: ['txt_password'],
        names: ['UserLogin.Password'],
        secret: 'password',
        source: 'einvoice1.md §1 (M)',
      },
      captchaImage: {
        name: 'the captcha picture',
        kind: 'image',
        texts: ['Captcha', 'Captcha Image'],
        ids: ['captcha_image'],
        srcContains: ['captcha'],
        secret: 'captcha',
        source: 'einvoice1.md §1 (M): #captcha_image from /get-captcha-image',
      },
      captcha: {
        name: 'the captcha field',
        kind: 'text-field',
        texts: [
          'Captcha',
          'Enter Captcha',
          'Enter the Captcha',
          'Captcha Code',
          'Type the characters shown',
          'Type the characters you see in the image below',
          'Enter the characters shown in the image',
        ],
        ids: ['CaptchaCode'],
        names: ['CaptchaCode'],
        besideImageSrc: ['captcha'],
        secret: 'captcha',
        source: 'einvoice1.md §1 (M); label text unknown',
      },
      submit: {
        name: 'the "Login" button of the login form',
        kind: 'button',
        texts: ['Login', 'Sign In'],
        region: 'login-form',
        source: 'einvoice1.md §1 (M): button.btnlogin "Login"',
      },
    },
  },
  loginOtp: {
    name: 'the login OTP page',
    elements: {
      field: {
        name: 'the login OTP field',
        kind: 'otp-field',
        texts: ['OTP', 'Enter OTP', 'One Time Password'],
        ids: ['txtOtp'],
        secret: 'otp',
        source: 'einvoice1.md §1 (H: 2FA since April 2025; id M)',
      },
      verify: {
        name: 'the "Verify OTP" button of the login',
        kind: 'button',
        texts: ['Verify OTP', 'Verify'],
        ids: ['btnVerifyOTP'],
        buttonOf: 'loginOtp.field',
        source: 'einvoice1.md §1 (M)',
      },
      resend: {
        name: 'the "Resend OTP" control of the login',
        kind: 'button',
        texts: ['Resend OTP'],
        source: 'unknown: a guess',
      },
      send: {
        name: 'the "Send OTP" button of the login',
        kind: 'button',
        texts: SEND_OTP_TEXTS,
        source: 'unknown: a guess (the login sends the OTP by itself, einvoice1.md §1; a page may ask first)',
      },
      bySms: {
        name: 'the SMS choice for the login OTP',
        kind: 'radio',
        texts: SMS_CHOICE_TEXTS,
        wordsWithin: true,
        source: 'unknown: a guess',
      },
    },
  },
  dashboard: {
    name: 'the "Dash Board" page',
    elements: {
      heading: {
        name: 'the "Dash Board" heading',
        kind: 'heading',
        texts: ['Dash Board', 'Dashboard'],
        source: 'einvoice1.md §1 (M)',
      },
      apiRegistration: {
        name: 'the "API Registration" menu group',
        kind: 'menu-group',
        texts: ['API Registration'],
        source: 'einvoice1.md §3 (H)',
      },
      userCredentials: {
        name: 'the "User Credentials" menu group',
        kind: 'menu-group',
        texts: ['User Credentials', 'Client Credentials'],
        source: 'einvoice1.md §3 (H; "Client Credentials" in some guides, M)',
      },
      createApiUser: {
        name: 'the "Create API User" menu item',
        kind: 'menu-item',
        texts: ['Create API User'],
        source: 'einvoice1.md §3 (H)',
      },
    },
  },
  popups: {
    name: 'a popup',
    elements: {
      technicalContact: {
        name: 'the "Contacts of Technical Person" popup',
        kind: 'popup',
        texts: ['Contacts of Technical Person'],
        source: 'einvoice1.md §2 (M)',
      },
      close: {
        name: 'the control that closes a popup',
        kind: 'popup-close',
        // After the portal's own: the words a notice is put off by where it has no close of
        // its own ("Update your contact details": "Later", "Update Now").
        texts: ['Exit', 'Close', 'Cancel', '×', 'X', 'OK', 'Later', 'Remind me later', 'Not now', 'Skip'],
        region: 'popup',
        source:
          'einvoice1.md §2 (M: data-dismiss="modal", a .btn-danger "Exit"); the last four are no fact of the portal',
      },
    },
  },
  apiOtp: {
    name: 'the API registration OTP panel',
    elements: {
      field: {
        name: 'the API registration OTP field',
        kind: 'otp-field',
        texts: ['Enter OTP', 'OTP', 'One Time Password'],
        secret: 'otp',
        source: 'einvoice1.md §4 (H; "Enter OTP" L)',
      },
      verify: {
        name: 'the "Verify OTP" button of the API registration',
        kind: 'button',
        texts: ['Verify OTP', 'Verify'],
        buttonOf: 'apiOtp.field',
        source: 'einvoice1.md §4 (H)',
      },
      resend: {
        name: 'the "Resend OTP" control of the API registration',
        kind: 'button',
        texts: ['Resend OTP'],
        source: 'unknown: a guess',
      },
      send: {
        name: 'the "Send OTP" button of the API registration',
        kind: 'button',
        texts: SEND_OTP_TEXTS,
        source:
          'unknown: a guess (opening Create API User sends the OTP, einvoice1.md §4; the e-way bill portal has "Send OTP")',
      },
      bySms: {
        name: 'the SMS choice for the API registration OTP',
        kind: 'radio',
        texts: SMS_CHOICE_TEXTS,
        wordsWithin: true,
        source: 'unknown: a guess',
      },
    },
  },
  registration: {
    name: 'the API registration form',
    elements: {
      throughGsp: {
        name: 'the "Through GSP" option on the API registration form',
        kind: 'radio',
        texts: ['Through GSP'],
        byTextOnly: true,
        never: ['Directly', 'Through ERP', 'Through Client-Id of other'],
        source: 'einvoice1.md §5 (H)',
      },
      gspSelect: {
        name: 'the "Select your GSP" list',
        kind: 'select',
        texts: ['Select your GSP', 'Select GSP', 'GSP', 'GSP Name'],
        source: 'einvoice1.md §6 (H; native select L)',
      },
      next: {
        name: 'the "Next" button that leads on from the registration type',
        kind: 'button',
        texts: ['Next', 'Continue', 'Next Step', 'Proceed'],
        source: 'unknown: a guess (a stepper or wizard may show "Select your GSP" only after its Next)',
      },
      usernamePrefix: {
        name: 'the fixed "API_" before the username',
        kind: 'text',
        texts: ['API_'],
        source: 'einvoice1.md §6 (M)',
      },
      username: {
        name: 'the "Username" field of the API registration form',
        kind: 'text-field',
        texts: ['Username', 'User Name', 'API Username', 'API User Name', 'API_'],
        source: 'einvoice1.md §6 (H)',
      },
      password: {
        name: 'the "Password" field of the API registration form',
        kind: 'password-field',
        texts: ['Password'],
        secret: 'password',
        source: 'einvoice1.md §6 (M)',
      },
      confirmPassword: {
        name: 'the "Re-enter Password" field of the API registration form',
        kind: 'password-field',
        texts: ['Re-enter Password', 'Re-Enter Password', 'Confirm Password', 'Retype Password'],
        secret: 'password',
        source: 'einvoice1.md §6 (M)',
      },
      submit: {
        name: 'the "Submit" button of the API registration form',
        kind: 'button',
        texts: ['Submit'],
        byTextOnly: true,
        region: 'outside-popup',
        buttonOf: 'registration.confirmPassword',
        source: 'einvoice1.md §6 (H)',
      },
    },
  },
  result: {
    name: 'the table of GSPs registered for this GSTIN',
    elements: {
      registeredTable: {
        name: 'the table of GSPs registered for this GSTIN',
        kind: 'table',
        texts: [],
        headerHas: ['GSP'],
        source: 'einvoice1.md §6 (M: the page lists the GSPs registered; texts unknown)',
      },
    },
  },
} as const satisfies Record<string, PortalScreen>;

export type ScreenKey = keyof typeof BUILT_IN;
export type ElementKey<S extends ScreenKey> = keyof (typeof BUILT_IN)[S]['elements'] & string;
/** `screen.element`, as override files and messages name an entry. */
export type ElementAddress = { [S in ScreenKey]: `${S}.${ElementKey<S>}` }[ScreenKey];

export type PortalMap = { readonly [S in ScreenKey]: PortalScreen };

export const BUILT_IN_MAP: PortalMap = BUILT_IN;

/** Texts on a page that say it is an error or maintenance page, not the portal's screen. */
export const ERROR_PAGE_TEXTS = [
  "Server Error in '/' Application",
  'Runtime Error',
  'Under Maintenance',
  'Service Unavailable',
  'Page Not Found',
  'Bad Gateway',
  'Gateway Timeout',
] as const;

/**
 * Ids, `name`s and classes seen on the real portal (einvoice1.md: scraper code and posted
 * field names). The mock keeps these when it scrambles everything else (`--scramble-ids`), so
 * a test can only pass on what a person reads or on what the real portal is known to carry.
 */
export const SEEN_ON_REAL_PORTAL = {
  ids: ['btnLogin', 'txtUserName', 'txt_password', 'CaptchaCode', 'captcha_image', 'txtOtp', 'btnVerifyOTP'],
  names: [
    'UserLogin.UserName',
    'UserLogin.Password',
    'UserLogin.PasswordMD5',
    'UserLogin.HiddenPasswordSha',
    'CaptchaCode',
    '__RequestVerificationToken',
  ],
  classes: [
    'homepageloginbtn',
    'btn',
    'btn-primary',
    'btn-block',
    'btnlogin',
    'btn-link',
    'parentmenu',
    'btn-danger',
    'modal',
    'modal-backdrop',
    'divError',
  ],
} as const;

export function element(map: PortalMap, address: ElementAddress): PortalElement {
  const [screen, key] = address.split('.') as [ScreenKey, string];
  const found = map[screen].elements[key];
  if (!found) throw new Error(`no portal map entry ${address}`);
  return found;
}

export function addresses(map: PortalMap): ElementAddress[] {
  return (Object.keys(map) as ScreenKey[]).flatMap((screen) =>
    Object.keys(map[screen].elements).map((key) => `${screen}.${key}` as ElementAddress),
  );
}

/** Every element whose contents are secret, for masking. */
export function secretElements(map: PortalMap): PortalElement[] {
  return addresses(map)
    .map((address) => element(map, address))
    .filter((entry) => entry.secret);
}

// Overrides

/** What an override file may change for one element. A string or list for texts alone is accepted too. */
export interface ElementOverride {
  texts?: string[];
  ids?: string[];
  names?: string[];
  /** Recorded by whoever taught the entry: when and on which page. Informational. */
  learnedAt?: string;
  learnedOn?: string;
}

export type PortalMapOverrides = Partial<Record<ElementAddress, ElementOverride>>;

/**
 * The older labels file's keys (`--labels`), each standing for the entries it used to feed.
 * Kept so existing files go on working.
 */
export const LEGACY_LABEL_KEYS: Record<string, ElementAddress[]> = {
  loginButton: ['home.loginButton', 'login.submit'],
  loginOtpVerify: ['loginOtp.verify'],
  resendOtp: ['loginOtp.resend', 'apiOtp.resend'],
  dashboardHeading: ['dashboard.heading'],
  technicalContactTitle: ['popups.technicalContact'],
  popupExit: ['popups.close'],
  menuApiRegistration: ['dashboard.apiRegistration'],
  menuUserCredentials: ['dashboard.userCredentials'],
  menuCreateApiUser: ['dashboard.createApiUser'],
  apiOtpVerify: ['apiOtp.verify'],
  throughGsp: ['registration.throughGsp'],
  selectGsp: ['registration.gspSelect'],
  submit: ['registration.submit'],
};

const OVERRIDE_FIELDS = ['texts', 'ids', 'names', 'learnedAt', 'learnedOn'] as const;

function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string' && value.trim() !== '') return [value];
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === 'string' && v.trim() !== '')
  )
    return value as string[];
  return undefined;
}

/**
 * Checks an override file's contents and lists every problem at once: an unknown screen or
 * element is named with the valid ones. Accepts the portal-map form
 * (`{"registration": {"throughGsp": {"texts": ["Through GSP partner"]}}}`, or the flat
 * `"registration.throughGsp"` key) and the older labels form (`{"throughGsp": "…"}`).
 */
export function parseOverrides(raw: unknown, file: string): PortalMapOverrides {
  const problems: string[] = [];
  const overrides: PortalMapOverrides = {};
  const where = (path: string) => `portal map file ${file}: ${path}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError([`${where('(top)')} must be a JSON object`]);
  }
  const screens = Object.keys(BUILT_IN_MAP) as ScreenKey[];
  const add = (address: ElementAddress, value: unknown, path: string) => {
    const list = stringList(value);
    if (list) {
      overrides[address] = merge(overrides[address], { texts: list });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(
        `${where(path)} must be a text, a list of texts, or an object with ${OVERRIDE_FIELDS.join(', ')}`,
      );
      return;
    }
    const entry: ElementOverride = {};
    for (const [field, fieldValue] of Object.entries(value)) {
      if (!(OVERRIDE_FIELDS as readonly string[]).includes(field)) {
        problems.push(`${where(`${path}.${field}`)} is not a field; valid: ${OVERRIDE_FIELDS.join(', ')}`);
      } else if (field === 'learnedAt' || field === 'learnedOn') {
        if (typeof fieldValue === 'string') entry[field] = fieldValue;
      } else {
        const fieldList = stringList(fieldValue);
        if (fieldList) entry[field as 'texts' | 'ids' | 'names'] = fieldList;
        else problems.push(`${where(`${path}.${field}`)} must be a non-empty text or list of texts`);
      }
    }
    overrides[address] = merge(overrides[address], entry);
  };
  const elementKeys = (screen: ScreenKey) => Object.keys(BUILT_IN_MAP[screen].elements);
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === WAY_ON_KEY) {
      problems.push(...checkWayOns(value, file).problems);
      continue;
    }
    if (key in LEGACY_LABEL_KEYS) {
      for (const address of LEGACY_LABEL_KEYS[key] ?? []) add(address, value, key);
      continue;
    }
    const [screen, elementKey] = key.split('.');
    if (screen && screens.includes(screen as ScreenKey)) {
      const valid = elementKeys(screen as ScreenKey);
      if (elementKey !== undefined) {
        if (valid.includes(elementKey)) add(key as ElementAddress, value, key);
        else problems.push(`${where(key)} is not an element of ${screen}; valid: ${valid.join(', ')}`);
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(`${where(key)} must be an object of elements (${valid.join(', ')})`);
        continue;
      }
      for (const [inner, innerValue] of Object.entries(value)) {
        if (valid.includes(inner)) add(`${screen}.${inner}` as ElementAddress, innerValue, `${key}.${inner}`);
        else
          problems.push(
            `${where(`${key}.${inner}`)} is not an element of ${screen}; valid: ${valid.join(', ')}`,
          );
      }
      continue;
    }
    problems.push(
      `${where(key)} is not a screen of the portal map; valid: ${screens.join(', ')}, or ${WAY_ON_KEY} (or the older labels keys: ${Object.keys(LEGACY_LABEL_KEYS).join(', ')})`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return overrides;
}

function merge(base: ElementOverride | undefined, next: ElementOverride): ElementOverride {
  return { ...base, ...next };
}

/** The built-in map with the overrides' texts and ids first: an override wins, the built-in stays as a fallback. */
export function applyOverrides(overrides: PortalMapOverrides, base: PortalMap = BUILT_IN_MAP): PortalMap {
  const map = Object.fromEntries(
    Object.entries(base).map(([screen, spec]) => [screen, { ...spec, elements: { ...spec.elements } }]),
  ) as { [S in ScreenKey]: { name: string; elements: Record<string, PortalElement> } };
  for (const [address, change] of Object.entries(overrides) as [ElementAddress, ElementOverride][]) {
    const [screen, key] = address.split('.') as [ScreenKey, string];
    const current = map[screen].elements[key];
    if (!current) continue;
    const first = (extra: string[] | undefined, existing: readonly string[] | undefined) =>
      extra ? [...extra, ...(existing ?? []).filter((text) => !extra.includes(text))] : existing;
    map[screen].elements[key] = {
      ...current,
      texts: first(change.texts, current.texts) ?? [],
      ids: first(change.ids, current.ids),
      names: first(change.names, current.names),
      source: change.learnedAt
        ? `learned ${change.learnedAt}${change.learnedOn ? ` on ${change.learnedOn}` : ''}`
        : `override file; built in: ${current.source}`,
    };
  }
  return map;
}

/** Reads and checks an override file; a missing or broken file is a config problem naming it. */
export function readOverrides(file: string): PortalMapOverrides {
  return parseOverrides(readMapFile(file), file);
}

/** An override file's JSON; a missing or broken file is a config problem naming it. */
function readMapFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'not readable'
          : code === 'EISDIR'
            ? 'is a folder, not a file'
            : (error as Error).message;
    throw new ConfigError([`portal map file ${file}: ${why}`]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError([`portal map file ${file}: not valid JSON (${(error as Error).message})`]);
  }
}

/** The map a run uses: built in, with the override files applied in the order given. */
export function loadPortalMap(files: readonly (string | undefined)[]): PortalMap {
  let overrides: PortalMapOverrides = {};
  const problems: string[] = [];
  for (const file of files) {
    if (!file) continue;
    try {
      overrides = { ...overrides, ...readOverrides(file) };
    } catch (error) {
      if (error instanceof ConfigError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return applyOverrides(overrides);
}

/**
 * An override file's text that makes the bot look for these texts first (what `drift` suggests),
 * with the ways on past pages the map does not know, when there are any.
 */
export function overrideFileText(texts: PortalMapOverrides, wayOn: readonly WayOn[] = []): string {
  const nested: Record<string, Record<string, ElementOverride> | readonly WayOn[]> = {};
  for (const [address, change] of Object.entries(texts) as [ElementAddress, ElementOverride][]) {
    const [screen, key] = address.split('.') as [string, string];
    const elements = (nested[screen] ?? {}) as Record<string, ElementOverride>;
    elements[key] = change;
    nested[screen] = elements;
  }
  if (wayOn.length > 0) nested[WAY_ON_KEY] = wayOn;
  return JSON.stringify(nested);
}

// Ways on

/** The key of the portal-map file that lists the ways on. */
export const WAY_ON_KEY = 'wayOn';

/**
 * What a step may need a way on to, in the operator's words: the screens a step goes toward.
 * A page between two steps holds none of them; its way on leads toward one.
 */
export const WAY_ON_GOALS = {
  login: 'the login form',
  dashboard: 'the main menu (the "Dash Board" with API Registration)',
  otp: 'the OTP page',
  registration: 'the API registration form',
} as const;
export type WayOnGoal = keyof typeof WAY_ON_GOALS;

const wayOnText = z.string().trim().min(1, 'must be a non-empty text');
const wayOnTexts = z.array(wayOnText).min(1, 'must list at least one text');

/**
 * A way on (issue 18 §3): on a page the map does not know, which stands between two steps and
 * holds nothing the next step needs, the control that takes the run on toward `toward`. The
 * page is known by what is drawn and stable (its title, its heading; its address's path only
 * when it draws neither), every field given having to match; the control by its words, as a
 * map entry's (an id or `name` only narrows them).
 */
export const wayOnSchema = z.strictObject({
  page: z
    .strictObject({
      title: wayOnText.optional(),
      heading: wayOnText.optional(),
      path: z.string().startsWith('/', 'must be an address path starting with /').optional(),
    })
    .refine((page) => page.title || page.heading || page.path, 'must give a title, a heading or a path'),
  toward: z.enum(Object.keys(WAY_ON_GOALS) as [WayOnGoal, ...WayOnGoal[]], {
    error: `must be what the way on leads to: one of ${Object.keys(WAY_ON_GOALS).join(', ')}`,
  }),
  click: z.strictObject({ texts: wayOnTexts, ids: wayOnTexts.optional(), names: wayOnTexts.optional() }),
  learnedAt: z.string().optional(),
  learnedOn: z.string().optional(),
});
export type WayOn = z.infer<typeof wayOnSchema>;

/** The ways on a file's `wayOn` holds, and its problems, each naming the file and the entry. */
function checkWayOns(value: unknown, file: string): { wayOn: WayOn[]; problems: string[] } {
  const parsed = z.array(wayOnSchema).safeParse(value);
  if (parsed.success) return { wayOn: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('');
    const said =
      issue.code === 'unrecognized_keys'
        ? `has ${issue.keys.map((key) => `"${key}"`).join(', ')}, which ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of a way on (page, toward, click, learnedAt, learnedOn; a page has title, heading, path; a click texts, ids, names)`
        : issue.message;
    return `portal map file ${file}: ${WAY_ON_KEY}${path} ${said}`;
  });
  return { wayOn: [], problems };
}

/** The ways on of an override file (none without a `wayOn` key); a bad one is a config problem. */
export function readWayOns(file: string): WayOn[] {
  const raw = readMapFile(file);
  if (typeof raw !== 'object' || raw === null || !(WAY_ON_KEY in raw)) return [];
  const { wayOn, problems } = checkWayOns((raw as Record<string, unknown>)[WAY_ON_KEY], file);
  if (problems.length > 0) throw new ConfigError(problems);
  return wayOn;
}

/** What a page the map does not know shows of itself, to find its way on. */
export interface PageIdentity {
  title: string;
  heading: string;
  path: string;
}

/** Whether a way on is this page's, toward this goal: every field it gives matches, folded. */
export function wayOnFits(wayOn: WayOn, page: PageIdentity, toward: WayOnGoal): boolean {
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const { title, heading, path } = wayOn.page;
  return (
    wayOn.toward === toward &&
    (title === undefined || fold(title) === fold(page.title)) &&
    (heading === undefined || fold(heading) === fold(page.heading)) &&
    (path === undefined || path === page.path)
  );
}
