/**
 * Locator helpers shared by the page objects. Role and visible text come first; the ids seen
 * on the real portal are the fallback, because labels there are often plain text in a
 * neighbouring cell rather than a `<label for>`.
 */
import type { Locator, Page } from 'playwright';

const CANDIDATES = new WeakMap<Locator, readonly Locator[]>();

/** The first element matched by any of the candidates, preferred in the order given. */
export function firstOf(...candidates: Locator[]): Locator {
  const [head, ...rest] = candidates;
  if (!head) throw new Error('firstOf needs at least one locator');
  const combined = rest.reduce((all, next) => all.or(next), head).first();
  CANDIDATES.set(combined, candidates);
  return combined;
}

/**
 * The candidates a `firstOf` locator was built from (role and text first, ids last), so a
 * drift check can tell which of them still match; a plain locator is its own only candidate.
 */
export function candidatesOf(locator: Locator): readonly Locator[] {
  return CANDIDATES.get(locator) ?? [locator];
}

/** Exact-text matchers for each label variant, to be tried in order. */
export function anyText(labels: readonly string[]): RegExp {
  const escaped = labels.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'));
  return new RegExp(`^\\s*(?:${escaped.join('|')})\\s*$`, 'i');
}

export function roleByLabels(
  page: Page | Locator,
  role: 'button' | 'link' | 'radio' | 'heading' | 'combobox' | 'textbox',
  labels: readonly string[],
): Locator {
  return page.getByRole(role, { name: anyText(labels) });
}

/**
 * Fields whose contents are secret: masked in every screenshot. Plain CSS, because the run
 * folder's capture looks for them inside the page (`querySelectorAll`), not through a locator.
 */
export const SECRET_FIELDS = [
  'input[type="password"]',
  'input[autocomplete="one-time-code"]',
  'input[id*="otp" i]',
  'input[name*="otp" i]',
  'input[id*="captcha" i]',
  'input[name*="captcha" i]',
  'img[id*="captcha" i]',
  'img[src*="captcha" i]',
].join(', ');
