/** Text as a person reads it on the page: normalised, visible, drawn. */

export const normal = (text: string | null | undefined): string => {
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
export const visible = (el: Element): boolean => {
  if (!el.isConnected) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width <= 0 || rect.height <= 0) return false;
  return el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
};
export const ownText = (el: Element): string => {
  const html = el as HTMLElement;
  // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, not hidden markup
  return html.innerText ?? el.textContent ?? '';
};

export const isField = (el: Element) => /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
export const isChoice = (el: Element) =>
  el.tagName === 'INPUT' && /^(radio|checkbox)$/i.test((el as HTMLInputElement).type);
export const textOf = (ids: string | null): string =>
  (ids ?? '')
    .split(/\s+/)
    .map((id) => (id ? ownText(document.getElementById(id) ?? document.createElement('i')) : ''))
    .join(' ');
