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
          const fixedAncestor = (el: Element | null) => {
            for (let node = el?.parentElement; node; node = node.parentElement)
              if (getComputedStyle(node).position === 'fixed') return node;
            return undefined;
          };
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
            fixedBox: fixedAncestor(password) !== undefined,
          };
        });
        must(found.password, 'the home page has no password field');
        must(!found.passwordShown, 'the login panel is open before the Login button is clicked');
        must(found.button, 'no Login button on the home page');
        must(found.links === 0, 'the home page has a Login link');
        must(!found.fixedBox, 'the login form sits in a fixed box over the page (a modal), not in the page');
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
    trait: {
      screen: 'login',
      claim:
        'the home page has no password field and a Login <a> to another URL, where the form is shown with a relative action',
      check: async ({ page }) => {
        // A fresh session's home page, so that the page under test keeps its own.
        const html = await (await fetch(new URL('/', page.url()))).text();
        must(!/type="password"/.test(html), 'the home page has a password field');
        must(/<a [^>]*href="[^"#]+"[^>]*>\s*Login\s*<\/a>/.test(html), 'the home page has no Login link');
        must(!/<a [^>]*target=/.test(html), 'the Login link opens another window');
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
  'new-window': {
    description:
      'the home page\'s "Login" link opens the login page in a new window (`target="_blank"`, and `window.open` from its `onclick`)',
    trait: {
      screen: 'home',
      claim:
        'the home page has no password field; its Login link, clicked, leaves the page where it is and opens the login form in a second window',
      check: async ({ page }) => {
        const html = await (await fetch(new URL('/', page.url()))).text();
        must(!/type="password"/.test(html), 'the home page has a password field');
        const link = page.locator('a[target="_blank"]', { hasText: /^\s*Login\s*$/ });
        must((await link.count()) === 1, 'the home page has no Login link aimed at a new window');
        const url = page.url();
        const [opened] = await Promise.all([
          page.context().waitForEvent('page', { timeout: 5000 }),
          link.click(),
        ]);
        try {
          await opened.locator('input[type="password"]').waitFor({ timeout: 5000 });
          must(new URL(opened.url()).pathname === LOGIN_PATH, `the new window opened ${opened.url()}`);
          must(page.url() === url, `the home page went to ${page.url()}`);
        } finally {
          await opened.close();
        }
      },
    },
    render: {
      ownPage: true,
      home: () => ({
        header: `<a href="${LOGIN_PATH}" target="_blank" onclick="window.open(this.href, 'einvLogin'); return false;">Login</a>`,
        body: '',
        action: LOGIN_PATH,
      }),
      loginPage: (login) => ({ header: '', body: login.panel(true, 'Login'), action: 'Login' }),
    },
  },
  'form-on-home': {
    description: 'the login form is open on the home page itself, with no control to reveal it',
    trait: {
      screen: 'home',
      claim:
        'the home page shows the password field as it loads, and no "Login" control stands before the form',
      check: async ({ page }) => {
        const found = await page.evaluate(() => {
          const password = document.querySelector('input[type="password"]');
          const before = Array.from(document.querySelectorAll('a, button, input, [id="btnLogin"]')).filter(
            (el) =>
              ((el as HTMLInputElement).value || el.textContent?.trim()) === 'Login' &&
              password !== null &&
              (el.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
          );
          return {
            shown: password instanceof HTMLElement && password.offsetParent !== null,
            before: before.length,
          };
        });
        must(found.shown, 'the home page does not show its password field as it loads');
        must(found.before === 0, 'a "Login" control stands before the login form');
      },
    },
    render: {
      ownPage: false,
      home: (login) => ({ header: '', body: login.panel(true, LOGIN_PATH), action: LOGIN_PATH }),
      loginPage: () => {
        throw new Error('the form-on-home login has no page of its own');
      },
    },
  },
  modal: {
    description:
      'a Login button in the header opens a Bootstrap-style modal (role=dialog over a dimmed page, with a ×) holding the login form',
    trait: {
      screen: 'home',
      claim:
        'the password field is hidden until Login is clicked; then it shows in a fixed box covering the page, and the URL stays',
      check: async ({ page }) => {
        const hiddenFirst = await page.locator('input[type="password"]').isHidden();
        must(hiddenFirst, 'the password field shows before Login is clicked');
        must((await page.locator('#btnLogin').count()) === 1, 'no Login control in the header');
        const url = page.url();
        await page.locator('#btnLogin').click();
        await page.locator('input[type="password"]').waitFor();
        const found = await page.evaluate(() => {
          const password = document.querySelector('input[type="password"]');
          let cover: Element | undefined;
          for (let node = password?.parentElement; node; node = node.parentElement) {
            const box = node.getBoundingClientRect();
            const fixed = getComputedStyle(node).position === 'fixed';
            if (
              fixed &&
              box.left <= 0 &&
              box.top <= 0 &&
              box.right >= innerWidth &&
              box.bottom >= innerHeight
            )
              cover = node;
          }
          const corner = document.elementFromPoint(2, innerHeight - 2);
          return { covers: cover !== undefined, cornerInCover: cover?.contains(corner) ?? false };
        });
        must(found.covers, 'the login form is not in a fixed box covering the page');
        must(found.cornerInCover, 'the page behind the login box is not covered');
        must(page.url() === url, `Login went to ${page.url()}`);
      },
    },
    render: {
      ownPage: false,
      home: (login, refused) => ({
        header: login.button,
        body: loginModal(login.panel(true, LOGIN_PATH), refused),
        action: LOGIN_PATH,
      }),
      loginPage: () => {
        throw new Error('the modal login has no page of its own');
      },
    },
  },
} as const satisfies Record<string, LoginEntryForm>;

/**
 * The login form in a modal as Bootstrap 3/4 draws one (its markup, its own style so it draws
 * the same in every dialect): shown by the header's Login, hidden again by its ×, open at once
 * when a refused login comes back.
 */
function loginModal(panel: string, open: boolean): string {
  return `<div class="modal" id="mdlLogin" tabindex="-1" role="dialog" aria-labelledby="mdlLoginTitle"
  style="display:${open ? 'block' : 'none'}; position:fixed; top:0; left:0; right:0; bottom:0; z-index:1050; overflow:auto; background:rgba(0,0,0,0.5)">
  <div class="modal-dialog" role="document" style="max-width:520px; margin:60px auto; background:#fff; border-radius:6px; box-shadow:0 4px 24px rgba(0,0,0,0.4)">
    <div class="modal-header" style="display:flex; justify-content:space-between; align-items:center; padding:10px 16px; border-bottom:1px solid #ddd">
      <h4 class="modal-title" id="mdlLoginTitle" style="margin:0">Sign in to e-Invoice System</h4>
      <button type="button" class="close" id="btnCloseLogin" aria-label="Close" style="border:0; background:transparent; font-size:22px; cursor:pointer">&times;</button>
    </div>
    <div class="modal-body" style="padding:12px 16px">
${panel}
    </div>
  </div>
</div>
<script>
  (function () {
    var modal = document.getElementById('mdlLogin');
    document.getElementById('btnLogin').addEventListener('click', function () {
      modal.style.display = 'block';
      document.getElementById('txtUserName').focus();
    });
    document.getElementById('btnCloseLogin').addEventListener('click', function () {
      modal.style.display = 'none';
    });
  })();
</script>`;
}
