/**
 * The part "session expiry": how the portal answers a request whose session is lost (timed
 * out, `expireSessionAt`, a stale form token, a page that needs a login). Every form ends on
 * `/`; they differ in what the person is told on the way. Unlike the other parts this is no
 * slot in a template: the server answers with the form's renderer (`server.ts`
 * `sessionLost`), and the bootstrap page's script alerts the `message` of a 401, if it has one.
 */
import { type Form, must, type TraitContext } from './forms.js';
import { escapeHtml, scriptLiteral } from './pages.js';

/**
 * A page request's answer: a redirect (to `/`, or to the login page with a message), or a page
 * of its own that goes there (with its HTTP status, 200 unless said).
 */
export type ExpiredPage = { redirect: string } | { html: string; status?: number };

export interface SessionExpiryRender {
  /** What a page request gets, given the portal's session-expired text. */
  page(notice: string): ExpiredPage;
  /** The JSON of a script's (AJAX) request's 401, which the page follows. */
  ajax(notice: string): { redirect: string; message?: string };
}

/** Where the `login-page-message` form sends a lost session: the login page, saying why. */
export const EXPIRED_LOGIN_QUERY = 'SessionExpired';
const EXPIRED_LOGIN_PATH = `/?${EXPIRED_LOGIN_QUERY}=true`;

/** Where the `dialog-then-home` form sends a script's lost session: the page with the dialog. */
export const EXPIRED_DIALOG_PATH = '/Home/SessionExpired';

/** A message dialog (a Bootstrap modal with role=dialog over its backdrop) whose OK goes home. */
function dialogPage(notice: string): string {
  return `<!DOCTYPE html><html><head><title>E-Invoice System</title><style>
  .modal-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.5); z-index: 1040; }
  .modal { position: fixed; inset: 0; z-index: 1050; display: grid; place-items: center; }
  .modal-content { width: 28em; background: #fff; border-radius: 4px; font: 15px sans-serif; }
  .modal-header, .modal-body, .modal-footer { padding: 12px 16px; }
  .modal-footer { text-align: right; } .btn-primary { background: #0d6efd; color: #fff; border: 0; padding: 6px 14px; }
</style></head><body><div class="modal-backdrop"></div>
<div class="modal" role="dialog" aria-modal="true" aria-labelledby="sessionTitle"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5 class="modal-title" id="sessionTitle">Session Expired</h5></div>
<div class="modal-body">${escapeHtml(notice)}</div>
<div class="modal-footer"><button type="button" class="btn btn-primary" id="btnSessionOk">OK</button></div>
</div></div></div>
<script>document.getElementById('btnSessionOk').addEventListener('click', function () { window.location.href = '/'; });</script>
</body></html>`;
}

export type SessionExpiryForm = Form<SessionExpiryRender>;

/** Where the expired page ended up, and the alerts raised on the way there. */
async function landing({ page, alerts }: TraitContext) {
  const raised = await alerts();
  const path = new URL(page.url()).pathname;
  // The home page, wherever its login entry puts the form: a Login control in the header.
  const home = await page.evaluate(() =>
    Array.from(document.querySelectorAll('a, button, input[type="button"], input[type="submit"]')).some(
      (el) => (el.textContent?.trim() || (el as HTMLInputElement).value) === 'Login',
    ),
  );
  // biome-ignore lint/performance/useDomNodeTextContent: what a person reads
  const saysSession = await page.evaluate(() => /session/i.test(document.body?.innerText ?? ''));
  return { raised, path, home, saysSession };
}

/** Waits (briefly) for the page to have gone to `/`: a page that says so first goes there late. */
async function home(context: TraitContext): Promise<void> {
  await context.page.waitForURL((url) => url.pathname === '/', { timeout: 2000 }).catch(() => undefined);
  await context.page.waitForLoadState();
}

export const SESSION_EXPIRY_FORMS = {
  redirect: {
    description: 'the page goes to the home page (a 302, or a 401 the page follows) without a word',
    trait: {
      screen: 'expiry',
      claim: 'the expired page lands on the home page at / and nothing, alert or text, names the session',
      check: async (context) => {
        await home(context);
        const { raised, path, home: atHome, saysSession } = await landing(context);
        must(!saysSession, 'the page names the session');
        must(path === '/', `the page ended at ${path}, not /`);
        must(atHome, 'the page at / is not the home page');
        must(
          raised.length === 0,
          `${raised.length} alert(s) on the way: ${raised.map((a) => a.text).join(' | ')}`,
        );
      },
    },
    render: {
      page: () => ({ redirect: '/' }),
      ajax: () => ({ redirect: '/' }),
    },
  },
  'alert-then-redirect': {
    description:
      'the page alerts that the session expired, then goes to the home page (a page that alerts, or a 401 whose message the page alerts)',
    trait: {
      screen: 'expiry',
      claim: 'exactly one alert, naming the session, is raised; then the page lands on the home page at /',
      check: async (context) => {
        await home(context);
        const { raised, path, home: atHome } = await landing(context);
        must(raised.length === 1, `${raised.length} alerts on the way, not 1`);
        must(
          /session/i.test(raised[0]?.text ?? ''),
          `the alert "${raised[0]?.text}" does not name the session`,
        );
        must(path === '/', `the page ended at ${path}, not /`);
        must(atHome, 'the page at / is not the home page');
      },
    },
    render: {
      page: (notice) => ({
        html: `<!DOCTYPE html><html><head><title>E-Invoice System</title></head><body><script>alert(${scriptLiteral(notice)}); window.location.replace('/');</script></body></html>`,
      }),
      ajax: (notice) => ({ redirect: '/', message: notice }),
    },
  },
  'dialog-then-home': {
    description:
      'the page answers 401 with a message dialog (a modal with role=dialog) saying the session expired; its OK goes home (a script is sent to that page)',
    trait: {
      screen: 'expiry',
      claim:
        'no alert; a modal dialog names the session, with OK, on a page answered 401; OK lands on the home page at /',
      check: async (context) => {
        const { page } = context;
        const dialog = page.getByRole('dialog');
        must(await dialog.isVisible(), 'no dialog shows');
        must(/session/i.test((await dialog.textContent()) ?? ''), 'the dialog does not name the session');
        must((await context.alerts()).length === 0, 'an alert was raised');
        await dialog.getByRole('button', { name: 'OK' }).click();
        await home(context);
        const { path, home: atHome } = await landing(context);
        must(path === '/' && atHome, `OK led to ${path}, not the home page`);
      },
    },
    render: {
      page: (notice) => ({ html: dialogPage(notice), status: 401 }),
      ajax: () => ({ redirect: EXPIRED_DIALOG_PATH }),
    },
  },
  'login-page-message': {
    description: 'the page goes to the login page, which says in red above the form that the session expired',
    trait: {
      screen: 'expiry',
      claim: 'no alert; the page lands on the home page at / with a text naming the session',
      check: async (context) => {
        await home(context);
        const { raised, path, home: atHome, saysSession } = await landing(context);
        must(raised.length === 0, `${raised.length} alert(s) on the way`);
        must(path === '/' && atHome, `the page ended at ${path}, not the home page`);
        must(saysSession, 'nothing on the page names the session');
      },
    },
    render: {
      page: () => ({ redirect: EXPIRED_LOGIN_PATH }),
      ajax: () => ({ redirect: EXPIRED_LOGIN_PATH }),
    },
  },
} as const satisfies Record<string, SessionExpiryForm>;
