/** Which screen is showing, and whether the portal answered an action. */
import { find } from './find.js';
import { inlineErrors } from './messages.js';
import { deepAll, normal, ownText, visible } from './text.js';
import type { ScreenSignature, ScreenWait, ScreenWaitResult } from './types.js';

export const classify = (screens: ScreenSignature[]): string => {
  const title = normal(document.title);
  const headings = deepAll(document, 'h1,h2')
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

export const waitForScreen = (wait: ScreenWait): ScreenWaitResult | false => {
  const state = window as unknown as { __einvToken?: string };
  const screen = classify(wait.screens);
  if (wait.expected.includes(screen)) return { why: 'screen', screen };
  if (state.__einvToken !== wait.token) {
    // A new page: judge it once it has loaded (its alerts are raised on load).
    if (document.readyState !== 'complete') return false;
    const heading = deepAll(document, 'h1,h2,h3').find(visible);
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
