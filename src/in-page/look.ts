/** One look at the page before acting on an element, and what covers it. */
import { find } from './find.js';
import { formOf } from './kinds.js';
import { inlineErrors } from './messages.js';
import { digitBoxOrder } from './otp.js';
import { describeCover, popupOver } from './popups.js';
import {
  clipsToNothing,
  composedContains,
  composedParent,
  deepAll,
  deepElementFromPoint,
  isChoice,
  visible,
} from './text.js';
import type { LookRequest, LookResult } from './types.js';

/**
 * What a click at the element's centre reaches, as a person sees it: the page scrolled to bring
 * that centre to the middle of the window first, so a sticky header over the top of the window
 * is not taken for a cover (Playwright scrolls only as far as needed).
 */
export const hitAtCentre = (el: Element): Element | null => {
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const rect = el.getBoundingClientRect();
  return deepElementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
};

/**
 * The element's own face when that is what a click at its centre reaches: its `<label>` (a
 * custom-control radio: the input sits under the label that draws it; iCheck's: an `<ins>` drawn
 * over the input inside the label that wraps both), or, for a radio, a checkbox or a list's face
 * (see `isListFace`), what is drawn over it inside the box that holds it alone (Fomantic's
 * `div.ui.radio.checkbox`: the input sunk under a `<label>` that names no input and is clicked by
 * a script). The face of a control is the control: clicked, it checks it (or opens its list).
 */
export const ownFaceOnTop = (el: Element, top: Element | null): Element | undefined => {
  if (!top || composedContains(el, top)) return undefined;
  const label = Array.from((el as HTMLInputElement).labels ?? []).find((each) => composedContains(each, top));
  if (label) return label;
  if (!(isChoice(el) || isListFace(el)) || top.matches(CONTROLS)) return undefined;
  let box = composedParent(el);
  for (let depth = 0; box && depth < 3 && !composedContains(box, top); depth++) box = composedParent(box);
  if (!box || !composedContains(box, top) || !small(box)) return undefined;
  const others = deepAll(box, CONTROLS).filter((each) => each !== el && visible(each));
  return others.length === 0 ? top : undefined;
};

const CONTROLS = 'input:not([type="hidden"]),select,textarea,button';

/**
 * A list's face drawn as a box of its own (a read-only box, a combobox): what the widget draws
 * over it in the box holding it alone (Element Plus's placeholder and chosen name, laid over its
 * read-only input) is its face, clicked to open it.
 */
const isListFace = (el: Element): boolean =>
  el.matches('input[readonly],[role="combobox"],[aria-haspopup="listbox"]') && !el.matches('select');

/**
 * For a radio or checkbox that is not drawn itself (clipped to nothing, transparent, a pixel in
 * size, or passing clicks through: Bootstrap's `.btn-check` under the button its `<label>` draws),
 * its label that is drawn: what a person sees and clicks for it. Its own position is no place to
 * look (a clipped input sits where the row's first button is drawn).
 */
export const drawnLabelOf = (el: Element): Element | undefined => {
  if (!isChoice(el)) return undefined;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const undrawn =
    style.opacity === '0' ||
    style.pointerEvents === 'none' ||
    clipsToNothing(style) ||
    rect.width <= 1 ||
    rect.height <= 1;
  if (!undrawn) return undefined;
  return Array.from((el as HTMLInputElement).labels ?? []).find(visible);
};

/** A box the size of a control and its words, not the page (nor a layer over it). */
const small = (box: Element): boolean => {
  if (box === document.body || box === document.documentElement) return false;
  const rect = box.getBoundingClientRect();
  return rect.width * rect.height <= (innerWidth * innerHeight) / 8;
};

/**
 * What stands at the centre of the element (the popup it belongs to, when it is the popup's box
 * or the layer dimming the page behind it), if not the element itself or its own face.
 */
export const coveredBy = (el: Element, top = hitAtCentre(el)): Element | undefined => {
  if (!top || composedContains(el, top) || composedContains(top, el)) return undefined;
  if (ownFaceOnTop(el, top)) return undefined;
  return popupOver(top) ?? top;
};

/**
 * Whether the control says it shows or hides something when activated: WAI-ARIA's disclosure
 * (`aria-expanded`), or a Bootstrap collapse or dropdown toggle. A person clicks it; the pointer
 * over it opens nothing.
 */
export const opensOnClick = (el: Element): boolean =>
  el.hasAttribute('aria-expanded') ||
  el.matches(
    '[data-toggle="collapse"],[data-bs-toggle="collapse"],[data-toggle="dropdown"],[data-bs-toggle="dropdown"]',
  );

export const look = (request: LookRequest): LookResult => {
  let errorsBefore: string[] | undefined;
  let verdictsBefore: LookResult['verdictsBefore'];
  if (request.token !== undefined) {
    (window as unknown as { __einvToken?: string }).__einvToken = request.token;
    errorsBefore = inlineErrors();
    verdictsBefore = (
      globalThis as { __einvVerdicts?: { now(): LookResult['verdictsBefore'] } }
    ).__einvVerdicts?.now();
  }
  const typed = (request.typed ?? []).map((query) => {
    const fields = find(document, query);
    const field = fields[0] as HTMLInputElement | undefined;
    if (!field || fields.length > 1) return null;
    const readBack = formOf(query.kind, field)?.readBack;
    const chosen =
      field instanceof HTMLSelectElement && (readBack === 'chosen' || readBack === undefined)
        ? { chosen: (field.selectedOptions[0]?.textContent ?? '').trim() }
        : {};
    return { value: field.value, maxLength: field.getAttribute('maxlength'), ...chosen };
  });
  const found = request.query ? find(document, request.query) : [];
  const one = request.cover && found.length === 1 ? found[0] : undefined;
  // A choice not drawn itself is reached where its label is drawn, as a person clicks it there.
  const face = one ? drawnLabelOf(one) : undefined;
  const top = one ? hitAtCentre(face ?? one) : null;
  const cover = one ? coveredBy(face ?? one, top) : undefined;
  const form =
    request.form && request.query && found[0] ? formOf(request.query.kind, found[0])?.form : undefined;
  const boxes = request.group ? digitBoxOrder(found) : null;
  const also = request.also?.map((query) => {
    const [el, ...more] = find(document, query);
    return {
      count: el ? more.length + 1 : 0,
      ...(el && more.length === 0 && opensOnClick(el) ? { toggle: true as const } : {}),
    };
  });
  return {
    count: found.length,
    typed,
    ...(cover ? { cover: describeCover(cover) } : {}),
    ...(one && ownFaceOnTop(one, top) ? { throughLabel: true as const } : {}),
    ...(errorsBefore ? { errorsBefore } : {}),
    ...(verdictsBefore ? { verdictsBefore } : {}),
    ...(form ? { form } : {}),
    ...(boxes ? { boxes } : {}),
    ...(also ? { also } : {}),
  };
};
