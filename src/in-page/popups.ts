/** What covers the page, what it is called, and the control that closes it. */
import { clickableAround, wordsReading } from './clickable.js';
import { selectorOf } from './kinds.js';
import { accessibleNames } from './labels.js';
import { normal, ownText, textOf, visible } from './text.js';

/**
 * Whatever covers the page: a dialog role, an open Bootstrap modal, or a fixed/absolute
 * overlay with a high z-index over most of the window. Backdrops without text are skipped;
 * the popup is the element that holds the text and the controls. Topmost first.
 */
export function findPopups(): Element[] {
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

export const popupClose = (root: ParentNode, texts: string[]): Element[] => {
  const wanted = texts.map(normal);
  const controls = Array.from(root.querySelectorAll(selectorOf('popup-close'))).filter(visible);
  for (const text of wanted) {
    const found = controls.filter((el) => accessibleNames(el).some((name) => normal(name) === text));
    if (found.length > 0) return found.slice(0, 1);
  }
  // An Exit drawn as a <span> a script made clickable: its words, then their control (clickable.ts).
  for (const words of wordsReading(root, wanted)) {
    const control = clickableAround(words);
    if (control && visible(control) && accessibleNames(control).some((name) => wanted.includes(normal(name))))
      return [control];
  }
  return controls.filter((el) => el.matches('[data-dismiss],[data-bs-dismiss],.close')).slice(0, 1);
};

/**
 * What a popup (or whatever covers the page) is called, as a person would name it: its
 * labelling text, else its first heading or title, else its first line with a letter or digit
 * in it; cut at a word within 60 characters. Never the rest of its text, which carries values
 * (the technical-contact popup shows a phone number) that have no place in an error message.
 */
export const titleOf = (el: Element): string => {
  const heading = el.querySelector(`${selectorOf('heading')},[class*="title" i]`);
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

export const describeCover = (cover: Element): string => {
  const title = titleOf(cover);
  return title ? `"${title}"` : `a ${cover.tagName.toLowerCase()}`;
};
