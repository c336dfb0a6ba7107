/**
 * The entry of the in-page bundle: builds the library that runs inside the portal's page and
 * installs it on `globalThis.__einvPortalLib` (one per document and world). The bundle's value
 * is the library (scripts/bundle-in-page.mjs makes it an expression): used as the `portal=`
 * selector engine, by `waitForFunction` and `evaluate`, so every strategy runs in the page in one
 * go rather than one round trip per candidate.
 */
import { disclosureOf } from './clickable.js';
import { candidatesOf, closest, controlFor, describe, find, matchesNever, readings } from './find.js';
import { formOf } from './kinds.js';
import { drawerOf, offeredOptions } from './lists.js';
import { coveredBy, drawnLabelOf, hitAtCentre, look, ownFaceOnTop } from './look.js';
import { paintMasks, unpaintMasks } from './masks.js';
import { inlineErrors } from './messages.js';
import { joinedDigits } from './otp.js';
import {
  bareCover,
  closablePopups,
  describeCover,
  drawnPopups,
  findPopups,
  keptBy,
  popupAround,
  popupClose,
  questionYes,
  titleOf,
} from './popups.js';
import { afterTurns, leavingWatch } from './reaction.js';
import { screenWaiter } from './screen-wait.js';
import { classify, waitForScreen } from './screens.js';
import { deepAll, normal, ownText } from './text.js';
import type { ElementQuery, InPageRequest, ScreenSignature } from './types.js';

const decode = (body: string): InPageRequest => JSON.parse(decodeURIComponent(body)) as InPageRequest;
const answer = (root: ParentNode, request: InPageRequest): Element[] => {
  switch (request.op) {
    case 'find':
      return find(root, request.query);
    case 'closest':
      return closest(root, request.query);
    case 'popups':
      return closablePopups(request.known);
    case 'popup-close':
      return popupClose(root, request.texts, request.covering, request.known);
    case 'question-yes':
      return questionYes();
    case 'errors':
      return candidatesOf(root, { kind: 'error-message', texts: [], ids: [], names: [] });
    case 'covered-by': {
      const cover = coveredBy(root as Element);
      return cover ? [cover] : [];
    }
    case 'drawn-by': {
      const drawer = drawerOf(root as Element);
      return drawer ? [drawer] : [];
    }
    case 'offered': {
      const { name } = request;
      const options = offeredOptions(root as Element);
      if (name === undefined) return options;
      const reads = (option: Element) =>
        normal(option.textContent) === normal(name) || normal(ownText(option)) === normal(name);
      return options.filter(reads);
    }
    case 'offer-kept': {
      const option = offeredOptions(root as Element).find(
        (each) => normal(ownText(each)) === normal(request.name),
      );
      const keep = option && keptBy(option, root as Element);
      return keep ? [keep] : [];
    }
    case 'disclosure':
      return disclosureOf(root as Element);
    case 'own-label': {
      const label = ownFaceOnTop(
        root as Element,
        hitAtCentre(drawnLabelOf(root as Element) ?? (root as Element)),
      );
      return label ? [label] : [];
    }
  }
};

/** The topmost popup the closer may close: how many show, its text and title, whether it reads as closable. */
export interface PopupGlance {
  count: number;
  text: string;
  title: string;
  closable: boolean;
  /**
   * A popup a step needs (its question, its fields) shows too: Esc, which goes to the whole page,
   * would close that one as well (a Yes/No before Submit closes on Esc).
   */
  held: boolean;
}

function glancePopups(closeTexts: string[], known: string[]): PopupGlance {
  const drawn = drawnPopups();
  const popups = closablePopups(known, drawn);
  const top = popups[0];
  const held = drawn.some(({ box, step }) => step && !popups.includes(box));
  if (!top) return { count: 0, text: '', title: '', closable: false, held };
  return {
    count: popups.length,
    text: ownText(top).replace(/\s+/g, ' ').trim(),
    title: titleOf(top),
    closable: popupClose(top, closeTexts, false, known).length > 0,
    held,
  };
}

/** The library the Node side calls (see src/pages/page-lib.ts). */
export const portalLib = (leaving = leavingWatch()) => ({
  engine: {
    query: (root: ParentNode, body: string) => answer(root, decode(body))[0] ?? null,
    queryAll: (root: ParentNode, body: string) => answer(root, decode(body)),
  },
  classify,
  waitForScreen,
  /** Waits in the page for the portal's answer to an action (see screen-wait.ts). */
  screenWaiter,
  inlineErrors,
  /** The secret fields masked for a picture (see masks.ts). */
  paintMasks,
  unpaintMasks,
  look,
  /** Whether the document began to leave in answer to the bot's act (see reaction.ts). */
  reaction: () => afterTurns(leaving),
  /**
   * The topmost popup the closer may close (not one a step needs), in one look: how many show,
   * its text and title, whether it has a control reading as a close.
   */
  popupGlance: (closeTexts: string[], known: string[] = []) => glancePopups(closeTexts, known),
  /**
   * Waits, a look each frame, until the popup that read `text` is no longer on top (gone, or
   * replaced by the next one), and answers the look that saw it so: the closer's next glance
   * comes with the wait, not as a call of its own. 'timeout' after `ms`.
   */
  popupGone: (text: string, closeTexts: string[], known: string[], ms: number) =>
    new Promise<PopupGlance | 'timeout'>((done) => {
      let over = false;
      const finish = (answer: PopupGlance | 'timeout') => {
        over = true;
        clearTimeout(timer);
        done(answer);
      };
      const check = () => {
        if (over) return;
        const seen = glancePopups(closeTexts, known);
        if (seen.text !== text) finish(seen);
        else requestAnimationFrame(check);
      };
      // A window not drawn (minimised) runs no frames: the time limit looks once more itself.
      const timer = setTimeout(() => {
        const seen = glancePopups(closeTexts, known);
        finish(seen.text !== text ? seen : 'timeout');
      }, ms);
      check();
    }),
  /** What a popup or cover is called (`Finder.coveredBy` asks it of whatever covers an element). */
  describeCover,
  /** Whether a cover is a bare shade, to be waited out (`Finder.coverIsBare`). */
  bareCover,
  /** The screen showing and its error texts, in one look. */
  glance: (screens: ScreenSignature[]) => ({ screen: classify(screens), errors: inlineErrors() }),
  /** What a person reads in the element: its text, with what its slots draw (see `ownText`). */
  said: (el: Element) => ownText(el),
  /** `root.querySelectorAll(selector)` as drawn: through shadow roots and what their slots draw. */
  deepAll: (root: ParentNode, selector: string) => deepAll(root, selector),
  normal,
  /** The popup around a control the operator clicked to close one (see teacher.ts). */
  popupAround,
  controlFor,
  readings,
  describe,
  /** Whether the control reads one of `never` itself (its own name or the text beside it). */
  readsNever: (el: Element, never: string[]) => matchesNever(el, never),
  /** The element the entry finds first, for a call on it in the page's own world (page-lib.ts `evaluateFound`). */
  found: (query: ElementQuery): Element | null => find(document, query)[0] ?? null,
  /** What the list opened at the entry's element offers, as each option reads (see lists.ts); null when none shows. */
  offeredTexts: (query: ElementQuery): string[] | null => {
    const [field] = find(document, query);
    // What each option shows, its slots' words too (a web component's option draws its name so).
    return field ? offeredOptions(field).map(ownText) : null;
  },
  /** The digit boxes the entry finds, read back joined in `order` (see otp.ts). */
  joinedDigits: (query: ElementQuery, order: number[]) => joinedDigits(find(document, query), order),
  /** The form (kinds.ts) the entry's element is drawn in, when it shows. */
  formOf: (query: ElementQuery) => {
    const [el] = find(document, query);
    return el ? formOf(query.kind, el)?.form : undefined;
  },
  /** What a failed search saw: the matches (when more than one) and the closest controls. */
  explain: (query: ElementQuery) => ({
    matches: find(document, query).map(describe),
    closest: closest(document, query).map(describe),
    popups: findPopups().map(titleOf),
  }),
});

export type PortalLib = ReturnType<typeof portalLib>;

const holder = globalThis as unknown as { __einvPortalLib?: PortalLib };
holder.__einvPortalLib ??= portalLib();
export const lib: PortalLib = holder.__einvPortalLib;
