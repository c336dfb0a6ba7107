/**
 * The element kinds, one descriptor each: the single place that says what a kind of element can
 * be on the page and how the bot deals with it. Plain data, read by both sides: in the page, the
 * finder (what each form matches, how it is named, which element of it is acted on, how its value
 * is read back, which control a click on a text is meant for); in Node, the actions (screen-object.ts
 * dispatches on a form's `act`), the teacher and drift (how a kind is described to the operator).
 *
 * A kind holds a list of forms: the ways a portal may draw the same thing (a GSP list as a native
 * `<select>`, as a select2-style box over a native one, as a custom list or a typeahead; an OTP as
 * one field or as one box per digit). To teach the bot a new form: add it to its kind here (what
 * it matches, how it is acted on and read back), give its `act` a case in
 * `ScreenObject.enter` if it is a new one, and draw it in the mock's generator
 * (test/mock-portal/variants.ts) with its trait check and an end-to-end test.
 */

/** Every kind of element the portal map names. */
export type ElementKind =
  | 'text-field'
  | 'password-field'
  | 'otp-field'
  | 'button'
  | 'link'
  | 'radio'
  | 'checkbox'
  | 'select'
  | 'menu-group'
  | 'menu-item'
  | 'popup'
  | 'popup-close'
  | 'heading'
  | 'table'
  | 'image'
  | 'text'
  | 'error-message';

/**
 * The name strategies (labels.ts), each a way a person reads what a control is called, and the
 * word the teacher uses for a reading found that way: `name` (its accessible name: `for=`
 * labels, `aria-label`, its own text), `label` (a loose `<label>`, placeholder, title),
 * `neighbour` (a table cell or form-group text before it), `beside` (the bare text right of a
 * radio or checkbox), `title` (its title or value attribute).
 */
export type NameStrategy = 'name' | 'label' | 'neighbour' | 'beside' | 'title';

/**
 * How a form is acted on (the Node side's `ScreenObject.enter` has one case per act):
 * - `click`: a click (buttons, links, menu entries, a popup's close control);
 * - `check`: ticked or chosen (a radio, a checkbox; through its label when the label draws it);
 * - `fill`: typed into at once;
 * - `keys-across`: typed a character per box across an ordered group of boxes (OTP digit boxes);
 * - `choose-option`: an option chosen by its text in a native `<select>` (also one drawn by a
 *   styled box: the native list is what is chosen through and read back); a choice drawn as an
 *   `<option>` rather than a radio is this act too. An entry's `never` texts apply to both: the
 *   finder refuses a control that reads one (its own name, or the text beside it), and no option
 *   reading one is ever chosen;
 * - `choose-from-list`: a custom list opened, searched when it has a search box, and an entry
 *   of it clicked (select2/Chosen without a native list behind);
 * - `choose-typed`: a typeahead: the text typed, and the entry it offers clicked;
 * - `read`: only read (headings, tables, messages, popups as a whole).
 */
export type Act =
  | 'click'
  | 'check'
  | 'fill'
  | 'keys-across'
  | 'choose-option'
  | 'choose-from-list'
  | 'choose-typed'
  | 'read';

/** Each act in words, for a form the bot cannot act on yet: "which the bot cannot type into box by box yet". */
export const ACT_WORDS: { readonly [act in Act]: string } = {
  click: 'click',
  check: 'tick',
  fill: 'type into',
  'keys-across': 'type into box by box',
  'choose-option': 'choose from',
  'choose-from-list': 'choose from',
  'choose-typed': 'type and choose from',
  read: 'act on',
};

/**
 * How a form's value is read back after acting (look.ts): its `value`; the text of the option
 * it shows (`chosen`); the characters of an ordered group joined (`joined`); or nothing.
 */
export type ReadBack = 'value' | 'chosen' | 'joined' | 'none';

/** One way a kind may be drawn. */
export interface KindForm {
  /** The form in words, for messages and the look's answer: "native list", "digit boxes". */
  readonly form: string;
  /** What elements of this form match (a CSS selector over the candidates). */
  readonly matches: string;
  /**
   * The element acted on and read back, when it is not the one matched: `drawn-list` is the
   * native `<select>` a styled box draws (select2 and its kin: the list shrunk to 1 px or made
   * transparent beside or under the box), the box itself when there is none.
   */
  readonly through?: 'drawn-list';
  /** An ordered group of boxes that make one value (digit boxes): the first box is the element. */
  readonly group?: 'ordered';
  /**
   * Found by its words, not by its tag (find.ts): whatever is drawn to be clicked that reads the
   * entry's text (clickable.ts), where nothing of the kind's other forms does. Its `matches` only
   * tells it from them once found; it adds no candidates.
   */
  readonly byWords?: true;
  readonly act: Act;
  readonly readBack: ReadBack;
}

/** How a kind is found among its candidates (find.ts). */
export type KindMatch =
  /** By the name strategies, in order; an id or name narrows, or finds when no text does. */
  | 'by-names'
  /** A table: by the words its header cells contain. */
  | 'by-headers'
  /** Whatever covers the page, by the text it holds. */
  | 'popup'
  /** Any such element with text in it (an inline message). */
  | 'with-text';

/**
 * Which control a click on some node was meant for, when an operator shows one (teaching): the
 * node itself or the element of the kind around it (`self`); the element of the kind around it
 * (`around`); that, or the control of the `<label>` clicked, or the one field near the text
 * clicked (`near`); or the nearest choice before the text clicked (`before`: "( ) Directly
 * ( ) Through GSP", the text belongs to the radio right before it).
 */
export type FromClick = 'self' | 'around' | 'near' | 'before';

export interface KindDescriptor {
  /** The kind as a person calls it in messages: "menu entry", "field", "list". */
  readonly words: string;
  /** How a reading by its name is said: the field "labelled" …, the button "reading" …. */
  readonly says: 'labelled' | 'reading';
  readonly match: KindMatch;
  /** The name strategies tried, in order: the first that finds anything decides. */
  readonly names: readonly NameStrategy[];
  /** The ways it may be drawn. */
  readonly forms: readonly KindForm[];
  readonly fromClick: FromClick;
  /** Looked for as this kind too when nothing of its own reads the text (a title in a plain cell). */
  readonly alsoAs?: ElementKind;
  /** Also found by part of its address (`srcContains`: the captcha picture). */
  readonly bySrc?: true;
}

const TEXT_INPUT =
  'input:not([type]),input[type="text"],input[type="email"],input[type="tel"],input[type="number"],input[type="search"],textarea';
const BUTTONS =
  'button,input[type="submit"],input[type="button"],input[type="image"],input[type="reset"],a.btn,a[role="button"],[role="button"]';
const SELECT_FACE =
  'input[readonly]:is(:not([type]),[type="text"]):not([tabindex="-1"]:not([placeholder]),[role="presentation"],[role="none"],[aria-hidden="true"],[role="combobox"] *,[role="listbox"] *)';
/** The name strategies of a field: its name, a loose label, its neighbours. */
const FIELD_NAMES: readonly NameStrategy[] = ['name', 'label', 'neighbour'];
/** A choice's: a field's, and the text right beside it. */
const CHOICE_NAMES: readonly NameStrategy[] = ['name', 'label', 'neighbour', 'beside'];
/** A control's that is not a field: its name, its title or value. */
const CONTROL_NAMES: readonly NameStrategy[] = ['name', 'title'];

const clicked = (form: string, matches: string): KindForm => ({
  form,
  matches,
  act: 'click',
  readBack: 'none',
});
const read = (form: string, matches: string): KindForm => ({ form, matches, act: 'read', readBack: 'none' });

/**
 * Tables as their authors call them: a `<table>` that says it only lays things out
 * (`role="presentation"`, Webix's header row inside its grid) is part of the grid around it.
 */
export const TABLES =
  'table:not([role="presentation"]):not([role="none"]),[role="table"],[role="grid"],[role="treegrid"]';

export const KINDS: { readonly [kind in ElementKind]: KindDescriptor } = {
  'text-field': {
    words: 'field',
    says: 'labelled',
    match: 'by-names',
    names: FIELD_NAMES,
    forms: [{ form: 'text field', matches: TEXT_INPUT, act: 'fill', readBack: 'value' }],
    fromClick: 'near',
  },
  'password-field': {
    words: 'field',
    says: 'labelled',
    match: 'by-names',
    names: FIELD_NAMES,
    forms: [{ form: 'password field', matches: 'input[type="password"]', act: 'fill', readBack: 'value' }],
    fromClick: 'near',
  },
  'otp-field': {
    words: 'field',
    says: 'labelled',
    match: 'by-names',
    names: FIELD_NAMES,
    forms: [
      {
        form: 'one field',
        matches: `${TEXT_INPUT},input[type="password"]`,
        act: 'fill',
        readBack: 'value',
      },
      {
        // Told from one field by layout in the page (otp.ts: 4–8 one-character boxes on a line).
        form: 'one box per digit',
        matches: TEXT_INPUT,
        group: 'ordered',
        act: 'keys-across',
        readBack: 'joined',
      },
    ],
    fromClick: 'near',
  },
  button: {
    words: 'button',
    says: 'reading',
    match: 'by-names',
    names: CONTROL_NAMES,
    forms: [clicked('button', BUTTONS)],
    fromClick: 'around',
  },
  link: {
    words: 'link',
    says: 'reading',
    match: 'by-names',
    names: CONTROL_NAMES,
    forms: [clicked('link', 'a,[role="link"]')],
    fromClick: 'around',
  },
  radio: {
    words: 'radio',
    says: 'reading',
    match: 'by-names',
    names: CHOICE_NAMES,
    forms: [
      { form: 'radio', matches: 'input[type="radio"]', act: 'check', readBack: 'none' },
      {
        // A script-drawn front end's chips or segmented buttons: divs with a handler and a
        // pointer, one of them marked chosen once clicked ("Directly | Through GSP | Through ERP").
        form: 'choice drawn as a control to click',
        matches: ':not(input,select,option,textarea)',
        byWords: true,
        act: 'click',
        readBack: 'none',
      },
    ],
    fromClick: 'before',
  },
  checkbox: {
    words: 'checkbox',
    says: 'reading',
    match: 'by-names',
    names: CHOICE_NAMES,
    forms: [{ form: 'checkbox', matches: 'input[type="checkbox"]', act: 'check', readBack: 'none' }],
    fromClick: 'before',
  },
  select: {
    words: 'list',
    says: 'labelled',
    match: 'by-names',
    names: FIELD_NAMES,
    forms: [
      { form: 'native list', matches: 'select', act: 'choose-option', readBack: 'chosen' },
      {
        form: 'list drawn over a native one',
        matches: '[role="combobox"],[role="listbox"]',
        through: 'drawn-list',
        act: 'choose-option',
        readBack: 'chosen',
      },
      {
        // A read-only text box its label names, which opens a list the page draws (Element's
        // el-select, Vuetify's v-select, w2ui's list, whose search box over it takes the keys,
        // out of the tab order but showing its prompt): nothing is typed into it, it is clicked
        // open. Not one kept out of the keys' way with no prompt (a combobox's arrow drawn as a
        // read-only box, RichFaces'), nor one drawn for show only (Dojo's validation mark,
        // `role="presentation"`), nor one inside a box that is the list itself.
        form: 'list drawn without a native one',
        matches: SELECT_FACE,
        act: 'choose-from-list',
        readBack: 'none',
      },
      {
        // A script-drawn front end's own list: a box reading "Select your GSP" with a pointer,
        // which opens a search box and options drawn as lines to click, with no list behind.
        // Never a table, nor a box holding one: a grid of rows whose column says "GSP Name" (and
        // takes the focus) is read, not chosen from.
        form: 'list drawn without a native one',
        matches: ':not(input,select,option,textarea,a,th,td,table,caption):not(:has(table))',
        byWords: true,
        act: 'choose-from-list',
        readBack: 'none',
      },
    ],
    fromClick: 'near',
  },
  'menu-group': {
    words: 'menu entry',
    says: 'reading',
    match: 'by-names',
    names: CONTROL_NAMES,
    forms: [
      clicked(
        'menu entry',
        'a,button,[role="button"],[role="menuitem"],[data-toggle],[data-bs-toggle],[onclick],summary',
      ),
    ],
    fromClick: 'around',
  },
  'menu-item': {
    words: 'menu entry',
    says: 'reading',
    match: 'by-names',
    names: CONTROL_NAMES,
    forms: [clicked('menu entry', 'a,button,[role="menuitem"],[role="link"],[onclick]')],
    fromClick: 'around',
  },
  popup: {
    words: 'popup',
    says: 'reading',
    match: 'popup',
    names: CONTROL_NAMES,
    forms: [read('popup', '*')],
    fromClick: 'self',
  },
  'popup-close': {
    words: 'control',
    says: 'reading',
    match: 'by-names',
    names: CONTROL_NAMES,
    forms: [clicked('close control', `${BUTTONS},a,[data-dismiss],[data-bs-dismiss],.close`)],
    fromClick: 'around',
  },
  heading: {
    words: 'heading',
    says: 'reading',
    match: 'by-names',
    names: CONTROL_NAMES,
    forms: [
      read(
        'heading',
        'h1,h2,h3,h4,h5,h6,[role="heading"],.panel-title,.card-title,.modal-title,legend,caption,.page-title,.heading',
      ),
    ],
    fromClick: 'self',
    alsoAs: 'text',
  },
  table: {
    words: 'table',
    says: 'reading',
    match: 'by-headers',
    names: CONTROL_NAMES,
    forms: [read('table', TABLES)],
    fromClick: 'self',
  },
  image: {
    words: 'picture',
    says: 'reading',
    match: 'by-names',
    names: CONTROL_NAMES,
    forms: [read('picture', 'img,input[type="image"],canvas,svg')],
    fromClick: 'self',
    bySrc: true,
  },
  text: {
    words: 'text',
    says: 'reading',
    match: 'by-names',
    names: CONTROL_NAMES,
    forms: [read('text', 'span,div,td,th,p,label,b,strong,em,li,dt,dd,small,i')],
    fromClick: 'self',
  },
  'error-message': {
    words: 'message',
    says: 'reading',
    match: 'with-text',
    names: CONTROL_NAMES,
    forms: [
      read(
        'inline message',
        '.divError,.text-danger,.field-validation-error,.validation-summary-errors,.error,.errormsg,[role="alert"],.alert-danger,.invalid-feedback',
      ),
    ],
    fromClick: 'around',
  },
};

/** A kind's descriptor; undefined for a kind no descriptor has (a map file's typo). */
export function kindOf(kind: string): KindDescriptor | undefined {
  return Object.hasOwn(KINDS, kind) ? KINDS[kind as ElementKind] : undefined;
}

/** Everything a kind's forms match, as one selector (`*` for a kind unknown); forms found by their words add nothing. */
export function selectorOf(kind: string): string {
  return (
    kindOf(kind)
      ?.forms.filter((form) => !form.byWords)
      .map((form) => form.matches)
      .join(',') ?? '*'
  );
}

/** The form of a kind an element matches: the first that does. */
export function formOf(kind: string, el: Element): KindForm | undefined {
  return kindOf(kind)?.forms.find((form) => el.matches(form.matches));
}

/** The text field and button selectors, for the login form's box (find.ts). */
export const TEXT_FIELD = TEXT_INPUT;
export const BUTTON = BUTTONS;
/** Tags that may hold a field's label text when nothing else says it is one. */
export const LABEL_LIKE = 'label,span,div,td,th,b,strong,p,dt,legend,font,small';
