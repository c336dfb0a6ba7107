/** What the Node side asks the in-page library and what it answers (shared by both sides). */
import type { ElementKind } from './kinds.js';

/** A map entry as the page receives it (see `toQuery` in find-element.ts). */
export interface ElementQuery {
  kind: ElementKind;
  texts: string[];
  ids: string[];
  names: string[];
  region?: 'login-form' | 'outside-login-form' | 'popup' | 'outside-popup';
  /** Known only by its visible text: an id narrows the search but never decides it. */
  byTextOnly?: boolean;
  /** Texts this element must never read (the other registration modes, for "Through GSP"). */
  never?: string[];
  /** Its texts may stand among other words of its name (see `PortalElement.wordsWithin`). */
  wordsWithin?: boolean;
  srcContains?: string[];
  /** A field no text names: the one drawn beside or under an image whose address has one of these. */
  besideImageSrc?: string[];
  /** For a button no text names: the one button of the form holding the field this finds (see `PortalElement.buttonOf`). */
  buttonOf?: ElementQuery;
  headerHas?: string[];
}

/** What the page can be asked, encoded in the `portal=` selector's body. */
export type InPageRequest =
  | { op: 'find'; query: ElementQuery }
  | { op: 'closest'; query: ElementQuery }
  | { op: 'popups'; known?: string[] }
  /** `covering`: the popup covers what a step acts on, so it is not that step's (see `popupClose`). */
  | { op: 'popup-close'; texts: string[]; covering?: boolean; known?: string[] }
  /** The affirmative answer of a question showing over the page (see popups.ts `questionYes`). */
  | { op: 'question-yes' }
  | { op: 'errors' }
  | { op: 'covered-by' }
  /** Its own face (its label, or what draws it) when a click at its centre reaches it (`ownFaceOnTop`). */
  | { op: 'own-label' }
  /** The box that draws a hidden native list (see lists.ts `drawerOf`). */
  | { op: 'drawn-by' }
  /**
   * What the list opened or typed into at this field offers (see lists.ts `offeredOptions`); with
   * `name`, the options reading it, as drawn (a web component's option draws its name through a slot).
   */
  | { op: 'offered'; name?: string }
  /** The OK that keeps the choice reading `name`, ticked in a box of choices with answers of its own (popups.ts `keptBy`). */
  | { op: 'offer-kept'; name: string }
  /** The arrow on a menu group's line that opens it (see clickable.ts `disclosureOf`). */
  | { op: 'disclosure' };

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
  /** Say the form (kinds.ts) the first element found is drawn in. */
  form?: true;
  /** Say whether the elements found are one ordered group of digit boxes (otp.ts), and their order. */
  group?: true;
  /** Other entries to count in the same look, each with whether it opens by a click (`opensOnClick`). */
  also?: ElementQuery[];
}

export interface LookResult {
  count: number;
  /** What covers the element, by its text or tag. */
  cover?: string;
  /** A click at the element's centre reaches its own label: act through the label. */
  throughLabel?: true;
  /** The error texts showing when the page was marked. */
  errorsBefore?: string[];
  /** The verdicts the page draws when it was marked (see verdict-watch.ts), in a document watched. */
  verdictsBefore?: { doc: string; texts: string[] };
  /** The form the first element found is drawn in, when asked (`LookRequest.form`). */
  form?: string;
  /** The elements found as digit boxes, left to right, when asked and they are one group. */
  boxes?: number[];
  /** Per `also` entry: how many elements show, and whether the one found says it opens by a click. */
  also?: { count: number; toggle?: true }[];
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

export interface ScreenWaitRequest {
  wait: ScreenWait;
  /** How long to wait in the page before answering 'timeout'. */
  ms: number;
}
