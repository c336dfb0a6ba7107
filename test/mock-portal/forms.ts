/**
 * What every form of every part of the generated portal carries (see `variants.ts`): its
 * renderer, whether the bot handles it yet, and a trait check that proves, in a real browser,
 * that the form draws what it claims. A form that differed from another only in ids or class
 * names would not be a form: `scrambleIds` already does that to every form.
 */
import type { Page } from 'playwright';

/** The screen a trait check runs on; the mock's spec drives a browser there first. */
export type TraitScreen =
  /** The home page, as `GET /` draws it. */
  | 'home'
  /** Wherever the login form is, reached the way the login entry offers. */
  | 'login'
  /** The main menu with the technical-contact popup showing (`popup: always`), if the form draws one within 3 s. */
  | 'popup'
  /** The main menu as soon as it has loaded, before any late popup (the popup as the form draws it). */
  | 'main-menu'
  /** The login OTP page after one wrong OTP. */
  | 'message'
  /** The main menu after login, no popup over it, the pointer away from the menu. */
  | 'menu'
  /** The page "Create API User" opens (reached by its address once logged in): the API OTP. */
  | 'api-otp'
  /**
   * Where a page after login goes when its session is lost: the main menu reached, the mock
   * expires the session at the next page (`expireSessionAt: 'api-otp'`), and the browser has
   * followed the answer to `/`.
   */
  | 'expiry'
  /**
   * The registration form, the API OTP verified, no registration type chosen yet (a check that
   * needs the GSP section calls the page's `regModeChanged('G')`, see `revealGspSection`).
   */
  | 'register';

/** An `alert()` the page raised, and how far the document had loaded then. */
export interface RaisedAlert {
  text: string;
  readyState: DocumentReadyState;
}

export interface TraitContext {
  page: Page;
  /**
   * The page's alerts so far, across navigations (the spec records them from the first document
   * on; on the `expiry` screen, from the request that found the session lost).
   */
  alerts(): Promise<RaisedAlert[]>;
  /** The page's visible text (`innerText`) when its `load` event fired. */
  textAtLoad(): Promise<string>;
  /** For a message form: the text the screen must show. */
  message: string;
}

export interface Trait {
  screen: TraitScreen;
  /** What the check proves, in a sentence. */
  claim: string;
  /** Throws `TraitBroken` naming what is not so. */
  check(context: TraitContext): Promise<void>;
}

export class TraitBroken extends Error {
  override readonly name = 'TraitBroken';
}

/** One way of drawing one part of a screen. */
export interface Form<Render> {
  /** What a person sees, in a few words. */
  description: string;
  /**
   * The issue that will teach the bot this form, with why it fails today; absent when the bot
   * handles it. The fuzzer draws only handled forms with `--only-handled`.
   */
  unhandled?: string;
  trait: Trait;
  render: Render;
}

/** Throws `TraitBroken` with `message` unless `condition` holds. */
export function must(condition: boolean, message: string): void {
  if (!condition) throw new TraitBroken(message);
}
