/**
 * The part "login entry": how the home page leads to the login form. Each dialect draws its
 * own header button and login panel (`DialectLogin`); the form decides where they go.
 */
import { type Form, must } from './forms.js';

/** The login path the forms post to and, for a form with a page of its own, that page's URL. */
export const LOGIN_PATH = '/Home/Login';

/** What a dialect draws for the login. */
export interface DialectLogin {
  /** The header's Login button that opens the panel on the same page (`#btnLogin`). */
  button: string;
  /** The panel holding the login form, open or hidden, its form posting to `action`. */
  panel(open: boolean, action: string): string;
}

/** One page's share of the login: the header's control, the page's login block, the form's action. */
export interface LoginBlock {
  header: string;
  body: string;
  action: string;
}

export interface LoginEntryRender {
  /** `GET /Home/Login` is a page of its own, and a refused login comes back to it. */
  ownPage: boolean;
  /** The home page; `refused`: a refused login comes back here with the panel open. */
  home(login: DialectLogin, refused: boolean): LoginBlock;
  /** The separate login page (only when `ownPage`). */
  loginPage(login: DialectLogin): LoginBlock;
}

export type LoginEntryForm = Form<LoginEntryRender>;

export const LOGIN_ENTRY_FORMS = {
  'header-panel': {
    description: 'a Login button in the header opens the login panel on the home page',
    trait: {
      screen: 'home',
      claim: 'the home page holds the login form, hidden, and a Login button that is not a link',
      check: async ({ page }) => {
        const found = await page.evaluate(() => {
          const password = document.querySelector('input[type="password"]');
          const button = Array.from(
            document.querySelectorAll('button, input[type="button"], input[type="submit"]'),
          ).find((el) => (el.textContent?.trim() || (el as HTMLInputElement).value) === 'Login');
          return {
            password: password !== null,
            passwordShown: password instanceof HTMLElement && password.offsetParent !== null,
            button: button !== undefined,
            links: Array.from(document.querySelectorAll('a')).filter((a) => a.textContent?.trim() === 'Login')
              .length,
          };
        });
        must(found.password, 'the home page has no password field');
        must(!found.passwordShown, 'the login panel is open before the Login button is clicked');
        must(found.button, 'no Login button on the home page');
        must(found.links === 0, 'the home page has a Login link');
      },
    },
    render: {
      ownPage: false,
      home: (login, refused) => ({
        header: login.button,
        body: login.panel(refused, LOGIN_PATH),
        action: LOGIN_PATH,
      }),
      loginPage: () => {
        throw new Error('the header-panel login has no page of its own');
      },
    },
  },
  'link-to-page': {
    description:
      'the home page has a plain "Login" link to a login page of its own, whose form posts to a relative action',
    unhandled:
      'issue 18: the bot waits for a login form on the home page ("a page the portal map does not know")',
    trait: {
      screen: 'login',
      claim:
        'the home page has no password field and a Login <a> to another URL, where the form is shown with a relative action',
      check: async ({ page }) => {
        // A fresh session's home page, so that the page under test keeps its own.
        const html = await (await fetch(new URL('/', page.url()))).text();
        must(!/type="password"/.test(html), 'the home page has a password field');
        must(/<a [^>]*href="[^"#]+"[^>]*>\s*Login\s*<\/a>/.test(html), 'the home page has no Login link');
        must(new URL(page.url()).pathname !== '/', 'the login form is on the home page');
        const form = await page.evaluate(() => {
          const password = document.querySelector('input[type="password"]');
          return {
            shown: password instanceof HTMLElement && password.offsetParent !== null,
            action: password?.closest('form')?.getAttribute('action') ?? '',
          };
        });
        must(form.shown, 'the login page does not show its password field');
        must(
          form.action !== '' && !form.action.startsWith('/'),
          `the form's action "${form.action}" is not relative`,
        );
      },
    },
    render: {
      ownPage: true,
      home: () => ({
        header: `<a href="${LOGIN_PATH}">Login</a>`,
        body: '',
        action: LOGIN_PATH,
      }),
      // Relative, as a page written for its own URL has it: it posts where it was served from.
      loginPage: (login) => ({ header: '', body: login.panel(true, 'Login'), action: 'Login' }),
    },
  },
} as const satisfies Record<string, LoginEntryForm>;
