/**
 * The part "session expiry": how the portal answers a request whose session is lost (timed
 * out, `expireSessionAt`, a stale form token, a page that needs a login). Every form ends on
 * `/`; they differ in what the person is told on the way. Unlike the other parts this is no
 * slot in a template: the server answers with the form's renderer (`server.ts`
 * `sessionLost`), and the bootstrap page's script alerts the `message` of a 401, if it has one.
 */
import { type Form, must, type TraitContext } from './forms.js';
import { scriptLiteral } from './pages.js';

/** A page request's answer: a redirect to `/`, or a page of its own that goes there. */
export type ExpiredPage = { redirect: '/' } | { html: string };

export interface SessionExpiryRender {
  /** What a page request gets, given the portal's session-expired text. */
  page(notice: string): ExpiredPage;
  /** The JSON of a script's (AJAX) request's 401, which the page follows. */
  ajax(notice: string): { redirect: '/'; message?: string };
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
  return { raised, path, home };
}

export const SESSION_EXPIRY_FORMS = {
  redirect: {
    description: 'the page goes to the home page (a 302, or a 401 the page follows) without a word',
    trait: {
      screen: 'expiry',
      claim: 'the expired page lands on the home page at / and no alert is raised on the way',
      check: async (context) => {
        const { raised, path, home } = await landing(context);
        must(path === '/', `the page ended at ${path}, not /`);
        must(home, 'the page at / is not the home page');
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
        const { raised, path, home } = await landing(context);
        must(raised.length === 1, `${raised.length} alerts on the way, not 1`);
        must(
          /session/i.test(raised[0]?.text ?? ''),
          `the alert "${raised[0]?.text}" does not name the session`,
        );
        must(path === '/', `the page ended at ${path}, not /`);
        must(home, 'the page at / is not the home page');
      },
    },
    render: {
      page: (notice) => ({
        html: `<!DOCTYPE html><html><head><title>E-Invoice System</title></head><body><script>alert(${scriptLiteral(notice)}); window.location.replace('/');</script></body></html>`,
      }),
      ajax: (notice) => ({ redirect: '/', message: notice }),
    },
  },
} as const satisfies Record<string, SessionExpiryForm>;
