/**
 * What runs inside the portal's page: finding an element the way a person reads the screen,
 * spotting popups that cover it, and telling which screen is showing. One self-contained
 * function (no imports, no closures over this module: Playwright sends its source text to the
 * page), used as a selector engine (`portal=` locators) and by `waitForFunction`, so every
 * strategy runs in the page in one go rather than one round trip per candidate.
 */

/** A map entry as the page receives it (see `toQuery` in find-element.ts). */
export interface ElementQuery {
  kind: string;
  texts: string[];
  ids: string[];
  names: string[];
  region?: 'login-form' | 'outside-login-form' | 'popup' | 'outside-popup';
  /** Known only by its visible text: an id narrows the search but never decides it. */
  byTextOnly?: boolean;
  /** Texts this element must never read (the other registration modes, for "Through GSP"). */
  never?: string[];
  srcContains?: string[];
  headerHas?: string[];
}

/** What the page can be asked, encoded in the `portal=` selector's body. */
export type InPageRequest =
  | { op: 'find'; query: ElementQuery }
  | { op: 'closest'; query: ElementQuery }
  | { op: 'popups' }
  | { op: 'popup-close'; texts: string[] }
  | { op: 'errors' }
  | { op: 'covered-by' }
  /** The element's own label, when a click at its centre reaches that label (see `ownLabelOnTop`). */
  | { op: 'own-label' }
  /** Every element any of these entries resolves to: the secret fields, masked in one go. */
  | { op: 'all-of'; queries: ElementQuery[] };

export interface ScreenSignature {
  key: string;
  /** The screen shows when any of these resolves to a visible element. */
  shows: ElementQuery[];
  /** ...or when the title or a top heading contains one of these texts. */
  titleHas?: string[];
}

export interface ScreenWait {
  screens: ScreenSignature[];
  /** Stop when one of these screens shows. */
  expected: string[];
  /** Set in the page before the action: gone means the page was replaced (navigated). */
  token: string;
  /** Inline error texts visible before the action: only new ones end the wait. */
  errorsBefore: string[];
}

/**
 * One look at the page before acting on an element: everything the careful checks need, in
 * one call rather than one round trip each (see `Finder.look`).
 */
export interface LookRequest {
  /** The element about to be acted on; none when the look only reads typed fields back. */
  query?: ElementQuery;
  /** Say what stands over the element's centre, when exactly one was found. */
  cover?: boolean;
  /** Mark the page for the screen wait (see `ScreenWait.token`) and read its error texts now. */
  token?: string;
  /** Fields typed into since the last look: their values now, to compare with what was typed. */
  typed?: ElementQuery[];
}

export interface LookResult {
  count: number;
  /** What covers the element, by its text or tag. */
  cover?: string;
  /** A click at the element's centre reaches its own label: act through the label. */
  throughLabel?: true;
  /** The error texts showing when the page was marked. */
  errorsBefore?: string[];
  /**
   * Per typed field: its value and maxlength (and for a list, the text of the option it shows),
   * or null when it no longer resolves to one field.
   */
  typed: ({ value: string; maxLength: string | null; chosen?: string } | null)[];
}

export type ScreenWaitResult =
  | { why: 'screen'; screen: string }
  | { why: 'navigated'; screen: string; title: string; heading: string; errors: string[] }
  | { why: 'inline-error'; screen: string; errors: string[] };

/* biome-ignore-start lint/complexity/noExcessiveCognitiveComplexity: one self-contained function by necessity */
export function portalLib() {
  const normal = (text: string | null | undefined): string => {
    let value = (text ?? '')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    // Icons drawn as characters (☰, ➤, private-use icon fonts) are not part of what a label says.
    value = value.replace(/^[\p{So}\p{Co}\s]+|[\p{So}\p{Co}\s]+$/gu, '');
    for (;;) {
      const next = value.replace(/\s*(\*|:|\(required\))$/, '').trim();
      if (next === value) return value;
      value = next;
    }
  };
  const visible = (el: Element): boolean => {
    if (!el.isConnected) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0) return false;
    return el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  };
  const ownText = (el: Element): string => {
    const html = el as HTMLElement;
    // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, not hidden markup
    return html.innerText ?? el.textContent ?? '';
  };

  const TEXT_FIELD =
    'input:not([type]),input[type="text"],input[type="email"],input[type="tel"],input[type="number"],input[type="search"],textarea';
  const BUTTON =
    'button,input[type="submit"],input[type="button"],input[type="image"],input[type="reset"],a.btn,a[role="button"],[role="button"]';
  const CONTROLS: Record<string, string> = {
    'text-field': TEXT_FIELD,
    'password-field': 'input[type="password"]',
    'otp-field': `${TEXT_FIELD},input[type="password"]`,
    button: BUTTON,
    link: 'a,[role="link"]',
    'menu-group':
      'a,button,[role="button"],[role="menuitem"],[data-toggle],[data-bs-toggle],[onclick],summary',
    'menu-item': 'a,button,[role="menuitem"],[role="link"],[onclick]',
    radio: 'input[type="radio"]',
    checkbox: 'input[type="checkbox"]',
    select: 'select,[role="combobox"],[role="listbox"]',
    'popup-close': `${BUTTON},a,[data-dismiss],[data-bs-dismiss],.close`,
    heading:
      'h1,h2,h3,h4,h5,h6,[role="heading"],.panel-title,.card-title,.modal-title,legend,caption,.page-title,.heading',
    table: 'table,[role="table"],[role="grid"]',
    image: 'img,input[type="image"],canvas,svg',
    text: 'span,div,td,th,p,label,b,strong,em,li,dt,dd,small,i',
    'error-message':
      '.divError,.text-danger,.field-validation-error,.validation-summary-errors,.error,.errormsg,[role="alert"],.alert-danger,.invalid-feedback',
    popup: '*',
  };

  const LABEL_LIKE = 'label,span,div,td,th,b,strong,p,dt,legend,font,small';
  const isField = (el: Element) => /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
  const isChoice = (el: Element) =>
    el.tagName === 'INPUT' && /^(radio|checkbox)$/i.test((el as HTMLInputElement).type);
  const textOf = (ids: string | null): string =>
    (ids ?? '')
      .split(/\s+/)
      .map((id) => (id ? ownText(document.getElementById(id) ?? document.createElement('i')) : ''))
      .join(' ');

  /** The accessible name, as far as a control carries it itself (role and name). */
  const accessibleNames = (el: Element): string[] => {
    const names: string[] = [];
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) names.push(textOf(labelledBy));
    const aria = el.getAttribute('aria-label');
    if (aria) names.push(aria);
    if (isField(el)) {
      const labels = (el as HTMLInputElement).labels;
      for (const label of Array.from(labels ?? [])) names.push(ownText(label));
      const input = el as HTMLInputElement;
      if (/^(submit|button|reset)$/i.test(input.type)) names.push(input.value);
      if (input.type === 'image') names.push(input.alt);
    } else if (el.tagName === 'IMG') {
      names.push((el as HTMLImageElement).alt);
    } else {
      names.push(ownText(el));
      for (const img of Array.from(el.querySelectorAll('img[alt]')))
        names.push((img as HTMLImageElement).alt);
    }
    return names;
  };

  /** `<label>` without `for` beside the field, placeholder and title. */
  const looseLabelNames = (el: Element): string[] => {
    const names: string[] = [];
    const parent = el.parentElement;
    if (parent) {
      for (const label of Array.from(parent.querySelectorAll(':scope > label'))) names.push(ownText(label));
    }
    let previous = el.previousElementSibling;
    while (previous && previous.tagName === 'BR') previous = previous.previousElementSibling;
    if (previous?.tagName === 'LABEL') names.push(ownText(previous));
    const placeholder = el.getAttribute('placeholder');
    if (placeholder) names.push(placeholder);
    const title = el.getAttribute('title');
    if (title) names.push(title);
    return names;
  };

  /** Texts of the cells and label-like pieces around a control: the table row, the form group, a `<dt>`. */
  const neighbourNames = (el: Element): string[] => {
    const names: string[] = [];
    const cell = el.closest('td,th');
    const row = cell?.closest('tr');
    if (cell && row) {
      let previous = cell.previousElementSibling;
      while (previous && normal(ownText(previous)) === '') previous = previous.previousElementSibling;
      if (previous) names.push(ownText(previous));
      for (const other of Array.from(row.children)) {
        if (other !== cell && !other.querySelector('input,select,textarea,button'))
          names.push(ownText(other));
      }
    }
    const group = el.closest('.form-group,.form-row,.row,.input-group,.mb-3,.field,fieldset');
    if (group) {
      for (const piece of Array.from(
        group.querySelectorAll('label,span,strong,b,div,p,legend,.control-label,.col-form-label'),
      )) {
        if (piece.contains(el) || piece.querySelector('input,select,textarea,button')) continue;
        names.push(ownText(piece));
      }
    }
    // Whatever the classes (they may be anything), the nearest text before the field inside a
    // box that holds no other field is its label, as a person reads a form top to bottom.
    let box = el.parentElement;
    for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
      const fields = Array.from(box.querySelectorAll('input:not([type="hidden"]),select,textarea')).filter(
        (field) => field !== el && visible(field) && !(isChoice(field) && isChoice(el)),
      );
      if (fields.length > 0) break;
      const before = Array.from(box.querySelectorAll(LABEL_LIKE)).filter(
        (piece) =>
          !piece.contains(el) &&
          !piece.querySelector('input,select,textarea,button') &&
          piece.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
          normal(ownText(piece)) !== '' &&
          visible(piece),
      );
      const nearest = before.at(-1);
      if (nearest) names.push(ownText(nearest));
    }
    const dd = el.closest('dd');
    if (dd) {
      let dt = dd.previousElementSibling;
      while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
      if (dt) names.push(ownText(dt));
    }
    return names;
  };

  /** The bare text right beside a radio or checkbox, even outside any label. */
  const besideNames = (el: Element): string[] => {
    const names: string[] = [];
    const collect = (start: ChildNode | null, forward: boolean) => {
      let text = '';
      for (let node = start; node; node = forward ? node.nextSibling : node.previousSibling) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          const element = node as Element;
          if (element.tagName === 'BR' || isField(element) || element.querySelector('input,select')) break;
          text = forward ? `${text} ${ownText(element)}` : `${ownText(element)} ${text}`;
        } else if (node.nodeType === Node.TEXT_NODE) {
          text = forward ? `${text} ${node.textContent ?? ''}` : `${node.textContent ?? ''} ${text}`;
        }
      }
      if (normal(text)) names.push(text);
    };
    // The text after a radio is its own; the text before it only when nothing follows (a
    // row of radios reads "( ) Directly ( ) Through GSP": "Directly" belongs to the first).
    collect(el.nextSibling, true);
    if (names.length === 0) collect(el.previousSibling, false);
    return names;
  };

  const tableHeaders = (el: Element): string[] =>
    Array.from(el.querySelectorAll('th,[role="columnheader"],thead td'), (th) => normal(ownText(th)));

  const strategies = (query: ElementQuery): ((el: Element) => string[])[] => {
    const list = [accessibleNames];
    if (['text-field', 'password-field', 'otp-field', 'select', 'radio', 'checkbox'].includes(query.kind)) {
      list.push(looseLabelNames, neighbourNames);
    } else {
      list.push((el) => [el.getAttribute('title') ?? '', el.getAttribute('value') ?? '']);
    }
    if (query.kind === 'radio' || query.kind === 'checkbox') list.push(besideNames);
    return list;
  };

  /** The smallest box around the visible password field that also holds a text field and a button. */
  const loginFormBox = (): Element | undefined => {
    const password = Array.from(document.querySelectorAll('input[type="password"]')).find(visible);
    if (!password) return undefined;
    let box: Element | null = password.parentElement;
    for (let depth = 0; box && depth < 8; depth++, box = box.parentElement) {
      const hasText = Array.from(box.querySelectorAll(TEXT_FIELD)).some(visible);
      const hasButton = Array.from(box.querySelectorAll(BUTTON)).some(visible);
      if (hasText && hasButton) break;
    }
    return box ?? undefined;
  };

  const regionFilter = (region: ElementQuery['region']): ((el: Element) => boolean) => {
    if (region === 'login-form' || region === 'outside-login-form') {
      const box = loginFormBox();
      return region === 'login-form' ? (el) => !!box?.contains(el) : (el) => !box?.contains(el);
    }
    if (region === 'popup' || region === 'outside-popup') {
      const popups = findPopups();
      const inside = (el: Element) => popups.some((popup) => popup.contains(el));
      return region === 'popup' ? inside : (el) => !inside(el);
    }
    return () => true;
  };

  const candidatesOf = (root: ParentNode, query: ElementQuery): Element[] => {
    const selector = CONTROLS[query.kind] ?? '*';
    const found = Array.from(root.querySelectorAll(selector)).filter(visible);
    if (!query.region) return found;
    const inRegion = regionFilter(query.region);
    return found.filter(inRegion);
  };

  const matchesNever = (el: Element, query: ElementQuery): boolean => {
    if (!query.never?.length) return false;
    const never = query.never.map(normal);
    const seen = [...accessibleNames(el), ...besideNames(el)].map(normal);
    return seen.some((name) => never.includes(name));
  };

  const byId = (el: Element, query: ElementQuery): boolean => {
    const id = el.id.toLowerCase();
    const name = (el.getAttribute('name') ?? '').toLowerCase();
    return (
      (id !== '' && query.ids.some((known) => known.toLowerCase() === id)) ||
      (name !== '' && query.names.some((known) => known.toLowerCase() === name))
    );
  };

  /**
   * A native `<select>` that a styled box draws (select2 and its kin: the list shrunk to 1 px or
   * made transparent beside or under a box that shows the choice): the nearest one around the
   * box, alone in the smallest surrounding element that holds one. The native list is what is
   * chosen through (its change event redraws the box) and read back.
   */
  const drawnList = (box: Element): HTMLSelectElement | undefined => {
    if (box instanceof HTMLSelectElement) return box;
    let around = box.parentElement;
    for (let depth = 0; around && depth < 3; depth++, around = around.parentElement) {
      const lists = Array.from(around.querySelectorAll('select'));
      if (lists.length === 0) continue;
      const [list] = lists;
      if (lists.length > 1 || !list) return undefined;
      const rect = list.getBoundingClientRect();
      const style = getComputedStyle(list);
      const undrawn =
        rect.width <= 2 ||
        rect.height <= 2 ||
        Number(style.opacity) === 0 ||
        list.getAttribute('aria-hidden') === 'true';
      return undrawn && visible(list) ? list : undefined;
    }
    return undefined;
  };

  /** All strategies in order; the first that finds anything decides. Returns [] when none does. */
  const find = (root: ParentNode, query: ElementQuery): Element[] => {
    const found = findDrawn(root, query);
    if (query.kind !== 'select') return found;
    // A styled box and the native list it draws are one list: the native one.
    return [...new Set(found.map((el) => drawnList(el) ?? el))];
  };

  const findDrawn = (root: ParentNode, query: ElementQuery): Element[] => {
    const candidates = candidatesOf(root, query);
    const texts = query.texts.map(normal).filter((text) => text !== '');
    if (query.kind === 'table') {
      const wanted = (query.headerHas ?? []).map(normal);
      const tables = candidates.filter((table) =>
        wanted.every((word) => tableHeaders(table).some((header) => header.includes(word))),
      );
      // Layout tables hold the data table: the innermost one is the table a person reads.
      const innermost = tables.filter((el) => !tables.some((other) => other !== el && el.contains(other)));
      return innermost.length > 0 ? innermost : candidates.filter((el) => byId(el, query));
    }
    if (query.kind === 'popup') {
      return findPopups().filter((popup) => texts.some((text) => normal(ownText(popup)).includes(text)));
    }
    if (query.kind === 'error-message') return candidates.filter((el) => normal(ownText(el)) !== '');
    const found = byStrategies(candidates, query, texts);
    if (found.length > 0) return found;
    // A title may be any text standing alone (a table cell styled as the page header).
    if (query.kind === 'heading') {
      const loose = byStrategies(candidatesOf(root, { ...query, kind: 'text' }), query, texts);
      if (loose.length > 0) return loose;
    }
    if (query.kind === 'image' && query.srcContains?.length) {
      const found = candidates.filter((el) =>
        query.srcContains?.some((part) =>
          (el.getAttribute('src') ?? '').toLowerCase().includes(part.toLowerCase()),
        ),
      );
      if (found.length > 0) return found;
    }
    if (query.byTextOnly) return [];
    return candidates.filter((el) => byId(el, query) && !matchesNever(el, query));
  };

  const byStrategies = (candidates: Element[], query: ElementQuery, texts: string[]): Element[] => {
    for (const strategy of strategies(query)) {
      for (const text of texts) {
        let found = candidates.filter((el) => strategy(el).some((name) => normal(name) === text));
        found = found.filter((el) => !matchesNever(el, query));
        // The same text read on a control and on its wrapper is one element: the innermost.
        found = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
        if (found.length > 1 && query.ids.length + query.names.length > 0) {
          const narrowed = found.filter((el) => byId(el, query));
          if (narrowed.length > 0) found = narrowed;
        }
        if (found.length > 0) return found;
      }
    }
    return [];
  };

  /** Every name a person might read for the element, its own first (for messages and likeness). */
  const everyName = (el: Element): string[] => [
    ...accessibleNames(el),
    ...besideNames(el),
    ...looseLabelNames(el),
    ...neighbourNames(el),
  ];

  /** A short description of a candidate for messages: its tag, its text, and where it sits. */
  const describe = (el: Element): string => {
    const names = everyName(el)
      .map((name) => name.replace(/\s+/g, ' ').trim())
      .filter((name) => name !== '');
    const tag = el.tagName.toLowerCase();
    const type = el.getAttribute('type');
    return `${tag}${type ? `[type=${type}]` : ''} "${(names[0] ?? '').slice(0, 60)}"`;
  };

  const similarity = (a: string, b: string): number => {
    if (!a || !b) return 0;
    if (a === b) return 1;
    if (a.includes(b) || b.includes(a)) return 0.8;
    const grams = (text: string) =>
      new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2)));
    const left = grams(a);
    const right = grams(b);
    let shared = 0;
    for (const gram of left) if (right.has(gram)) shared++;
    return (2 * shared) / (left.size + right.size || 1);
  };

  /** Visible controls of the wanted kind, most like the wanted texts first. */
  const closest = (root: ParentNode, query: ElementQuery): Element[] => {
    const texts = query.texts.map(normal);
    const pool = candidatesOf(root, { ...query, region: undefined });
    const scored = pool.map((el) => {
      const names = everyName(el);
      const score = Math.max(
        0,
        ...names.flatMap((name) => texts.map((text) => similarity(normal(name), text))),
      );
      return { el, score };
    });
    return scored
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((entry) => entry.el);
  };

  /**
   * Whatever covers the page: a dialog role, an open Bootstrap modal, or a fixed/absolute
   * overlay with a high z-index over most of the window. Backdrops without text are skipped;
   * the popup is the element that holds the text and the controls. Topmost first.
   */
  function findPopups(): Element[] {
    const found: Element[] = [];
    const area = innerWidth * innerHeight;
    for (const el of Array.from(document.body?.querySelectorAll('*') ?? [])) {
      if (found.some((popup) => popup.contains(el))) continue;
      const role = el.getAttribute('role');
      const style = getComputedStyle(el);
      if (style.display === 'none') continue;
      const dialog = role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
      const modal = el.classList.contains('modal') && !el.classList.contains('modal-backdrop');
      let overlay = false;
      if (!dialog && !modal && (style.position === 'fixed' || style.position === 'absolute')) {
        const z = Number.parseInt(style.zIndex, 10);
        const rect = el.getBoundingClientRect();
        const covered =
          Math.max(0, Math.min(rect.right, innerWidth) - Math.max(rect.left, 0)) *
          Math.max(0, Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0));
        overlay = z >= 10 && covered >= area * 0.5;
      }
      if (!(dialog || modal || overlay) || !visible(el)) continue;
      if (normal(ownText(el)) === '' && !el.querySelector('input,button,select')) continue;
      found.push(el);
    }
    const zOf = (el: Element) => {
      let z = 0;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const value = Number.parseInt(getComputedStyle(node).zIndex, 10);
        if (!Number.isNaN(value)) z = Math.max(z, value);
      }
      return z;
    };
    return found.sort((a, b) => zOf(b) - zOf(a));
  }

  const popupClose = (root: ParentNode, texts: string[]): Element[] => {
    const wanted = texts.map(normal);
    const controls = Array.from(root.querySelectorAll(CONTROLS['popup-close'] ?? '*')).filter(visible);
    for (const text of wanted) {
      const found = controls.filter((el) => accessibleNames(el).some((name) => normal(name) === text));
      if (found.length > 0) return found.slice(0, 1);
    }
    return controls.filter((el) => el.matches('[data-dismiss],[data-bs-dismiss],.close')).slice(0, 1);
  };

  const inlineErrors = (): string[] =>
    candidatesOf(document, { kind: 'error-message', texts: [], ids: [], names: [] })
      .map((el) => ownText(el).replace(/\s+/g, ' ').trim())
      .filter((text, index, all) => text !== '' && all.indexOf(text) === index);

  const classify = (screens: ScreenSignature[]): string => {
    const title = normal(document.title);
    const headings = Array.from(document.querySelectorAll('h1,h2'))
      .filter(visible)
      .map((h) => normal(ownText(h)));
    for (const screen of screens) {
      const marks = (screen.titleHas ?? []).map(normal);
      if (marks.some((mark) => title.includes(mark) || headings.some((heading) => heading.includes(mark))))
        return screen.key;
      if (screen.shows.some((query) => find(document, query).length > 0)) return screen.key;
    }
    return 'unknown';
  };

  const waitForScreen = (wait: ScreenWait): ScreenWaitResult | false => {
    const state = window as unknown as { __einvToken?: string };
    const screen = classify(wait.screens);
    if (wait.expected.includes(screen)) return { why: 'screen', screen };
    if (state.__einvToken !== wait.token) {
      // A new page: judge it once it has loaded (its alerts are raised on load).
      if (document.readyState !== 'complete') return false;
      const heading = Array.from(document.querySelectorAll('h1,h2,h3')).find(visible);
      return {
        why: 'navigated',
        screen,
        title: document.title,
        heading: heading ? ownText(heading).trim() : '',
        errors: inlineErrors(),
      };
    }
    const errors = inlineErrors().filter((text) => !wait.errorsBefore.includes(text));
    if (errors.length > 0) return { why: 'inline-error', screen, errors };
    return false;
  };

  /**
   * What a click at the element's centre reaches, as a person sees it: the page scrolled to bring
   * that centre to the middle of the window first, so a sticky header over the top of the window
   * is not taken for a cover (Playwright scrolls only as far as needed).
   */
  const hitAtCentre = (el: Element): Element | null => {
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const rect = el.getBoundingClientRect();
    return document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  };

  /**
   * The element's own `<label>` when that is what a click at its centre reaches (a custom-control
   * radio: the input sits under the label that draws it). The label of the same control is the
   * control: clicked, it checks it.
   */
  const ownLabelOnTop = (el: Element, top: Element | null): HTMLLabelElement | undefined => {
    if (!top) return undefined;
    return Array.from((el as HTMLInputElement).labels ?? []).find(
      (label) => label.contains(top) && !label.contains(el),
    );
  };

  /**
   * What stands at the centre of the element (the popup holding it, when one does), if not the
   * element itself or its own label.
   */
  const coveredBy = (el: Element, top = hitAtCentre(el)): Element | undefined => {
    if (!top || el.contains(top) || top.contains(el)) return undefined;
    const labels = Array.from((el as HTMLInputElement).labels ?? []);
    if (labels.some((label) => label.contains(top))) return undefined;
    return findPopups().find((popup) => popup.contains(top)) ?? top;
  };

  /**
   * What a popup (or whatever covers the page) is called, as a person would name it: its
   * labelling text, else its first heading or title, else its first line with a letter or digit
   * in it; cut at a word within 60 characters. Never the rest of its text, which carries values
   * (the technical-contact popup shows a phone number) that have no place in an error message.
   */
  const titleOf = (el: Element): string => {
    const heading = el.querySelector(`${CONTROLS.heading},[class*="title" i]`);
    const candidates = [
      textOf(el.getAttribute('aria-labelledby')),
      el.getAttribute('aria-label') ?? '',
      heading ? ownText(heading) : '',
      ...ownText(el).split('\n'),
    ];
    const title =
      candidates.map((text) => text.replace(/\s+/g, ' ').trim()).find((text) => /[\p{L}\p{N}]/u.test(text)) ??
      '';
    if (title.length <= 60) return title;
    const space = title.lastIndexOf(' ', 60);
    return `${title.slice(0, space > 20 ? space : 60).replace(/[\s,.;:–-]+$/, '')}…`;
  };

  const describeCover = (cover: Element): string => {
    const title = titleOf(cover);
    return title ? `"${title}"` : `a ${cover.tagName.toLowerCase()}`;
  };

  const look = (request: LookRequest): LookResult => {
    let errorsBefore: string[] | undefined;
    if (request.token !== undefined) {
      (window as unknown as { __einvToken?: string }).__einvToken = request.token;
      errorsBefore = inlineErrors();
    }
    const typed = (request.typed ?? []).map((query) => {
      const fields = find(document, query);
      const field = fields[0] as HTMLInputElement | undefined;
      if (!field || fields.length > 1) return null;
      const chosen =
        field instanceof HTMLSelectElement
          ? { chosen: (field.selectedOptions[0]?.textContent ?? '').trim() }
          : {};
      return { value: field.value, maxLength: field.getAttribute('maxlength'), ...chosen };
    });
    const found = request.query ? find(document, request.query) : [];
    const one = request.cover && found.length === 1 ? found[0] : undefined;
    const top = one ? hitAtCentre(one) : null;
    const cover = one ? coveredBy(one, top) : undefined;
    return {
      count: found.length,
      typed,
      ...(cover ? { cover: describeCover(cover) } : {}),
      ...(one && ownLabelOnTop(one, top) ? { throughLabel: true as const } : {}),
      ...(errorsBefore ? { errorsBefore } : {}),
    };
  };

  /**
   * The control a click on `el` was meant for, as a person means it: the element itself when it
   * is one, the button or link around an icon or a text, the field of the `<label>` clicked, or
   * the radio (select, field) beside a bare text: the nearest one before it in reading order
   * within the smallest box holding any ("( ) Directly ( ) Through GSP": the text "Through GSP"
   * belongs to the radio right before it). Undefined when nothing of that kind is near.
   */
  const controlFor = (el: Element, kind: string): Element | undefined => {
    const selector = CONTROLS[kind] ?? '*';
    if (kind === 'popup' || kind === 'text' || kind === 'heading' || kind === 'table' || kind === 'image')
      return el.closest(selector) ?? el;
    const own = el.closest(selector);
    if (own) return own;
    const label = el.closest('label') as HTMLLabelElement | null;
    if (label?.control?.matches(selector)) return label.control;
    if (!['radio', 'checkbox', 'select', 'text-field', 'password-field', 'otp-field'].includes(kind))
      return undefined;
    let box = el.parentElement;
    for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
      const near = Array.from(box.querySelectorAll(selector)).filter(visible);
      if (near.length === 0) continue;
      const before = near.filter(
        (control) => el.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_PRECEDING,
      );
      const choice =
        kind === 'radio' || kind === 'checkbox'
          ? (before.at(-1) ?? near[0])
          : near.length === 1
            ? near[0]
            : undefined;
      return choice;
    }
    return undefined;
  };

  /**
   * What the strategies read on a control, in their order, each with the way it was read: what a
   * new map entry could say to find it again. A text field's value is never among them.
   */
  const readings = (el: Element, kind: string): { text: string; how: string }[] => {
    const query: ElementQuery = { kind, texts: [], ids: [], names: [] };
    const hows = ['name', 'label', 'neighbour', 'beside'];
    const kinds = strategies(query);
    const seen = new Set<string>();
    const found: { text: string; how: string }[] = [];
    kinds.forEach((strategy, index) => {
      const how =
        index === 0
          ? 'name'
          : ['text-field', 'password-field', 'otp-field', 'select', 'radio', 'checkbox'].includes(kind)
            ? (hows[index] ?? 'beside')
            : 'title';
      for (const name of strategy(el)) {
        const text = name.replace(/[\u00a0\s]+/g, ' ').trim();
        const key = normal(text);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        found.push({ text, how });
      }
    });
    return found;
  };

  const decode = (body: string): InPageRequest => JSON.parse(decodeURIComponent(body)) as InPageRequest;
  const answer = (root: ParentNode, request: InPageRequest): Element[] => {
    switch (request.op) {
      case 'find':
        return find(root, request.query);
      case 'closest':
        return closest(root, request.query);
      case 'popups':
        return findPopups();
      case 'popup-close':
        return popupClose(root, request.texts);
      case 'errors':
        return candidatesOf(root, { kind: 'error-message', texts: [], ids: [], names: [] });
      case 'all-of': {
        const found = new Set<Element>();
        for (const query of request.queries) for (const el of find(root, query)) found.add(el);
        return [...found];
      }
      case 'covered-by': {
        const cover = coveredBy(root as Element);
        return cover ? [cover] : [];
      }
      case 'own-label': {
        const label = ownLabelOnTop(root as Element, hitAtCentre(root as Element));
        return label ? [label] : [];
      }
    }
  };

  return {
    engine: {
      query: (root: ParentNode, body: string) => answer(root, decode(body))[0] ?? null,
      queryAll: (root: ParentNode, body: string) => answer(root, decode(body)),
    },
    classify,
    waitForScreen,
    inlineErrors,
    look,
    /** The topmost popup, in one look: how many show, its text and title, whether it has a control reading as a close. */
    popupGlance: (closeTexts: string[]) => {
      const popups = findPopups();
      const top = popups[0];
      if (!top) return { count: 0, text: '', title: '', closable: false };
      const text = ownText(top).replace(/\s+/g, ' ').trim();
      return {
        count: popups.length,
        text,
        title: titleOf(top),
        closable: popupClose(top, closeTexts).length > 0,
      };
    },
    /** What a popup or cover is called (`Finder.coveredBy` asks it of whatever covers an element). */
    describeCover,
    /** The screen showing and its error texts, in one look. */
    glance: (screens: ScreenSignature[]) => ({ screen: classify(screens), errors: inlineErrors() }),
    normal,
    controlFor,
    readings,
    describe,
    /** Whether the control reads one of `never` itself (its own name or the text beside it). */
    readsNever: (el: Element, never: string[]) =>
      matchesNever(el, { kind: '', texts: [], ids: [], names: [], never }),
    /** What a failed search saw: the matches (when more than one) and the closest controls. */
    explain: (query: ElementQuery) => ({
      matches: find(document, query).map(describe),
      closest: closest(document, query).map(describe),
      popups: findPopups().map(titleOf),
    }),
  };
}
/* biome-ignore-end lint/complexity/noExcessiveCognitiveComplexity: see above */

/** The library's source, for the page. */
export const PORTAL_LIB_SOURCE = `(${portalLib.toString()})()`;

export interface ScreenWaitRequest {
  wait: ScreenWait;
  /** How long to wait in the page before answering 'timeout'. */
  ms: number;
}

/**
 * Waits in the page for `waitForScreen` to say the portal answered, checking again when the
 * document changes (a mutation, a new ready state, the load event) rather than on a timer,
 * and every 100 ms besides for what changes without touching the document (a transition's
 * end). Checks come at most every 15 ms while the page keeps changing. A navigation ends it
 * with the document: the caller asks the new one. Self-contained, like `portalLib`; sent with
 * the library, which a new document lacks.
 */
export function screenWaiter(request: ScreenWaitRequest): Promise<ScreenWaitResult | 'timeout' | 'stopped'> {
  type Lib = { waitForScreen: (wait: ScreenWait) => ScreenWaitResult | false };
  const holder = globalThis as unknown as { __einvPortalLib?: Lib; __einvStopWait?: () => void };
  const lib = holder.__einvPortalLib;
  if (!lib) return Promise.reject(new Error('the portal library is not in the page'));
  holder.__einvStopWait?.();
  return new Promise((resolve, reject) => {
    let done = false;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const check = () => {
      pending = undefined;
      if (done) return;
      last = performance.now();
      try {
        const result = lib.waitForScreen(request.wait);
        if (result) finish(result);
      } catch (error) {
        finish('stopped');
        reject(error);
      }
    };
    const soon = () => {
      if (done || pending !== undefined) return;
      pending = setTimeout(check, Math.max(0, 15 - (performance.now() - last)));
    };
    const observer = new MutationObserver(soon);
    const tick = setInterval(check, 100);
    const timer = setTimeout(() => finish('timeout'), request.ms);
    const finish = (value: ScreenWaitResult | 'timeout' | 'stopped') => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearInterval(tick);
      clearTimeout(timer);
      if (pending !== undefined) clearTimeout(pending);
      document.removeEventListener('readystatechange', soon);
      removeEventListener('load', soon);
      if (holder.__einvStopWait === stop) holder.__einvStopWait = undefined;
      resolve(value);
    };
    const stop = () => finish('stopped');
    holder.__einvStopWait = stop;
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('readystatechange', soon);
    addEventListener('load', soon);
    check();
  });
}

/** The waiter's source, for the page. */
export const SCREEN_WAITER_SOURCE = `(${screenWaiter.toString()})`;
