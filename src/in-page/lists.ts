/**
 * Lists as a person uses them: a choice may be a radio or an `<option>` of a drawn list (the
 * registration type as a `<select>`), and `never` applies to both. An option is never drawn by
 * itself (its box is the list's), so it counts when its list is drawn.
 */
import { visible } from './text.js';

/** The options of every drawn native list under `root`: choices a person reads in the list. */
export const drawnOptions = (root: ParentNode): Element[] =>
  Array.from(root.querySelectorAll('select'))
    .filter((list) => !list.multiple && !list.disabled && visible(list))
    .flatMap((list) => Array.from(list.options).filter((option) => option.value !== '' && !option.disabled));

/**
 * The box that draws a native list hidden from view (Chosen hides it with `display:none`, and
 * puts its own box right after it): the next drawn element beside the list, holding no other
 * field than a search box. The list is that box's control: chosen through the box, read back
 * from the list.
 */
export const drawerOf = (list: Element): Element | undefined => {
  if (!(list instanceof HTMLSelectElement) || visible(list)) return undefined;
  for (let next = list.nextElementSibling; next; next = next.nextElementSibling) {
    if (/^(SCRIPT|STYLE)$/.test(next.tagName) || (next instanceof HTMLInputElement && next.type === 'hidden'))
      continue;
    if (!visible(next) || next.querySelector('select,textarea,input[type="password"],input[type="radio"]'))
      return undefined;
    return next;
  }
  return undefined;
};

/** The native lists under `root` that another element draws, for a list query. */
export const hiddenDrawnLists = (root: ParentNode): Element[] =>
  Array.from(root.querySelectorAll('select')).filter((list) => drawerOf(list) !== undefined);
