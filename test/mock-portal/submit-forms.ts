/**
 * The part "Submit": how the registration form's Submit sends the form and how the answer comes
 * back. `plain`: the dialect's own Submit button posts the whole page. `confirm`: a `confirm()`
 * first, Cancel posting nothing. `yes-no-modal`: a Bootstrap-style modal asks, only its Yes posts
 * (No, × and Esc close it). `ajax`: the form goes by `fetch`, the JSON answer drawn into the page
 * the way the `message` part draws an AJAX answer (`showMessage`), the table redrawn in place (the
 * bootstrap dialect's own way, which this form keeps as it is). `full-page-post`: Submit is a
 * WebForms LinkButton (`href="javascript:__doPostBack('ctl00$MainContent$lnkSubmit','')"`), the
 * whole page posted with `__EVENTTARGET` naming it. `update-panel`: an ASP.NET UpdatePanel, the
 * post sent by script with `__ASYNCPOST=true`, only the panel's HTML (the form, its messages and
 * the registered-GSP table) replaced by the server's, the startup script of its message run.
 *
 * No slot in the templates: the form rewrites the registration page the markup drew (`variants.ts`
 * `withSubmit`), before the buttons part redraws its buttons. Its script listens for the
 * registration form's `submit` (the form showing two password fields) on `window`, in the capture
 * phase, so it stands before the dialect's own handlers, whatever the buttons part made Submit.
 * Only shown fields count: a WebForms page is one `<form>`, so the legacy-table API OTP page with
 * the registration form hidden under its panel (`otp` `panel-hidden-form`) is one form holding two
 * hidden password fields, and its "Verify OTP" is no Submit (fuzz seed 37 asked to confirm the API
 * user there, and the bot, rightly, did not).
 */
import type { Page, Request } from 'playwright';
import { type Form, must, type TraitContext } from './forms.js';
import { revealGspSection } from './label-forms.js';
import type { MessageRender } from './message-forms.js';
import { alertScript, type PageMessage, scriptLiteral } from './pages.js';
import type { Dialect } from './types.js';

/** What a submit form needs to redraw a page: its dialect and how the messages are drawn. */
export interface SubmitDraw {
  dialect: Dialect;
  message: MessageRender;
  /** The page's message, drawn by the dialect (the update panel runs its script once more). */
  pageMessage?: PageMessage;
}

export type SubmitRender = (html: string, draw: SubmitDraw) => string;

export type SubmitForm = Form<SubmitRender>;

/** The LinkButton's `__EVENTTARGET`: a post naming it is the Submit, not a list's AutoPostBack. */
export const SUBMIT_EVENT_TARGET = 'ctl00$MainContent$lnkSubmit';

export const CONFIRM_QUESTION = 'Are you sure you want to create the API user?';
export const MODAL_QUESTION = 'Are you sure you want to create the API user for the selected GSP?';

/** The dialect's own Submit control, as each markup draws it. */
const OWN_SUBMIT =
  /<button type="submit"[^>]*>Submit<\/button>|<input type="submit"[^>]*value="Submit"[^>]*>/;

/** Where each dialect's registration form and the table of registered GSPs share a box: the update panel. */
const PANEL_OPENING: Record<Dialect, RegExp> = {
  accessible: /<main>/,
  'legacy-table': /<td class="content">/,
  bootstrap: /<div id="divApiUserPanel"[^>]*>/,
};

/**
 * The bootstrap dialect's form is sent by its own script only: a form that posts the page gives it
 * the method and address the other dialects' forms have.
 */
function posting(html: string, { dialect }: SubmitDraw): string {
  if (dialect !== 'bootstrap') return html;
  return html.replace(
    '<form id="frmApiUserDetails"',
    '<form id="frmApiUserDetails" method="post" action="/ApiRegistration/Register"',
  );
}

/** A script at the end of the page's body. */
function atEnd(html: string, markup: string): string {
  const end = html.lastIndexOf('</body>');
  return end < 0 ? `${html}${markup}` : `${html.slice(0, end)}${markup}\n${html.slice(end)}`;
}

/**
 * The listener every form but `plain` in a posting dialect uses: `handle(form, event)` runs on the
 * registration form's submit, before (and instead of) the dialect's own handlers.
 */
function onSubmit(handle: string): string {
  return `<script>
(function () {
  function isRegistration(form) {
    if (!(form instanceof HTMLFormElement)) return false;
    var shown = Array.prototype.filter.call(form.querySelectorAll('input[type="password"]'), function (field) {
      return field.getClientRects().length > 0;
    });
    return shown.length >= 2;
  }
  ${handle}
  window.addEventListener('submit', function (event) {
    if (!isRegistration(event.target)) return;
    event.stopImmediatePropagation();
    handle(event.target, event);
  }, true);
})();
</script>`;
}

/** The whole page posted, with nothing of the dialect's own script in the way. */
const POST_WHOLE = 'function handle(form, event) {}';

const CONFIRM = `function handle(form, event) {
    if (!confirm(${scriptLiteral(CONFIRM_QUESTION)})) event.preventDefault();
  }`;

/** A Bootstrap 3/4 modal and its separate backdrop, drawn with their own styles so every dialect draws them alike. */
const MODAL = `<div class="modal" id="mdlConfirmSubmit" tabindex="-1" aria-hidden="true" style="display:none;position:fixed;top:0;right:0;bottom:0;left:0;z-index:1050;overflow:auto;opacity:1">
  <div class="modal-dialog" style="position:relative;max-width:500px;margin:80px auto;pointer-events:none">
    <div class="modal-content" style="pointer-events:auto;background:#fff;border:1px solid rgba(0,0,0,.2);border-radius:4px;box-shadow:0 3px 9px rgba(0,0,0,.5);font-family:sans-serif">
      <div class="modal-header" style="display:flex;justify-content:space-between;align-items:center;padding:12px 15px;border-bottom:1px solid #e5e5e5">
        <h4 class="modal-title" style="margin:0;font-size:18px">Confirm</h4>
        <button type="button" class="close" data-dismiss="modal" aria-label="Close" style="border:0;background:none;font-size:21px;font-weight:700;cursor:pointer">&times;</button>
      </div>
      <div class="modal-body" style="padding:15px">${MODAL_QUESTION}</div>
      <div class="modal-footer" style="padding:12px 15px;text-align:right;border-top:1px solid #e5e5e5">
        <button type="button" class="btn btn-primary" id="btnConfirmYes" style="padding:6px 12px;color:#fff;background:#337ab7;border:1px solid #2e6da4;border-radius:4px;cursor:pointer">Yes</button>
        <button type="button" class="btn btn-default" id="btnConfirmNo" data-dismiss="modal" style="padding:6px 12px;color:#333;background:#fff;border:1px solid #ccc;border-radius:4px;cursor:pointer">No</button>
      </div>
    </div>
  </div>
</div>
<div class="modal-backdrop" id="divConfirmBackdrop" style="display:none;position:fixed;top:0;right:0;bottom:0;left:0;z-index:1040;background:#000;opacity:.5"></div>`;

const YES_NO = `var asking;
  var modal = document.getElementById('mdlConfirmSubmit');
  var backdrop = document.getElementById('divConfirmBackdrop');
  function shown(on) {
    modal.style.display = on ? 'block' : 'none';
    backdrop.style.display = on ? 'block' : 'none';
    modal.setAttribute('aria-hidden', on ? 'false' : 'true');
    document.body.classList.toggle('modal-open', on);
  }
  function handle(form, event) {
    event.preventDefault();
    asking = form;
    shown(true);
  }
  document.getElementById('btnConfirmYes').addEventListener('click', function () {
    shown(false);
    if (asking) HTMLFormElement.prototype.submit.call(asking);
    asking = undefined;
  });
  modal.querySelectorAll('[data-dismiss="modal"]').forEach(function (control) {
    control.addEventListener('click', function () {
      shown(false);
      asking = undefined;
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && modal.style.display === 'block') {
      shown(false);
      asking = undefined;
    }
  });`;

/**
 * The bootstrap dialect's way in the other dialects: the form by `fetch` to the JSON endpoint,
 * the answer shown by the message form's `showMessage` in a slot after the form's buttons, the
 * table of registered GSPs redrawn in place. A lost session and a failed call as the bootstrap
 * page answers them.
 */
function ajaxHandle(message: MessageRender): string {
  return `${message.client}
  var NEVER = new Promise(function () {});
  var slot;
  function readJson(response) {
    if (response.status === 401) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (data.message) alert(data.message);
        window.location.href = data.redirect || '/';
        return NEVER;
      });
    }
    var failure = 'Something went wrong (HTTP ' + response.status + '). Please try again later.';
    if ((response.headers.get('Content-Type') || '').indexOf('application/json') < 0) throw new Error(failure);
    return response.json().then(function (data) {
      if (data.redirect) {
        window.location.href = data.redirect;
        return NEVER;
      }
      return data;
    });
  }
  function drawRegistered(rows) {
    // The table whose own header reads "GSP Name" (not a layout table around it).
    var table = Array.from(document.querySelectorAll('table')).find(function (table) {
      return Array.from(table.rows).some(function (row) {
        return Array.from(row.cells).some(function (cell) { return cell.tagName === 'TH' && cell.textContent.trim() === 'GSP Name'; });
      });
    });
    if (!table) return;
    Array.from(table.rows).forEach(function (row) { if (!row.querySelector('th')) row.remove(); });
    var body = table.tBodies[table.tBodies.length - 1] || table;
    rows.forEach(function (row) {
      var tr = body.insertRow();
      [row.slNo, row.gspName, row.userName, row.createdOn].forEach(function (text) {
        tr.insertCell().textContent = String(text);
      });
    });
  }
  function handle(form, event) {
    event.preventDefault();
    if (!slot) {
      slot = document.createElement('div');
      form.appendChild(slot);
    }
    showMessage(slot, '', 'error');
    fetch('/ApiRegistration/SaveApiUser', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
      body: new URLSearchParams(new FormData(form)),
    })
      .then(readJson, function () {
        throw new Error('Unable to reach the server. Please check your connection and try again.');
      })
      .then(function (data) {
        if (data.registered) drawRegistered(data.registered);
        showMessage(slot, data.message, data.success ? 'notice' : 'error');
      })
      .catch(function (error) { alert(error.message); });
  }`;
}

/**
 * ASP.NET AJAX's partial postback: the form posted by script with \`__ASYNCPOST=true\` and the
 * ScriptManager's field naming the panel; the server's page answered, its panel's HTML put in
 * place of this one's, and the startup scripts inside it run (a \`load\` handler among them runs
 * at once, as \`Sys.Application\` calls \`pageLoad\` after each partial postback). A redirect or
 * an answer without the panel (an error page, a lost session) replaces the page.
 */
const UPDATE_PANEL = `function panelOf(doc) { return doc.querySelector('[data-update-panel]'); }
  function runStartup(panel) {
    var add = window.addEventListener;
    window.addEventListener = function (type, listener, options) {
      if (type === 'load') return void setTimeout(listener, 0);
      return add.call(window, type, listener, options);
    };
    try {
      panel.querySelectorAll('script[data-startup]').forEach(function (old) {
        var script = document.createElement('script');
        script.text = old.text;
        old.replaceWith(script);
      });
    } finally {
      window.addEventListener = add;
    }
  }
  function handle(form, event) {
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    var submitter = event.submitter;
    if (submitter && submitter.name) body.set(submitter.name, submitter.value || 'Submit');
    body.set('ctl00$ScriptManager1', 'ctl00$MainContent$upApiUser|' + ((submitter && submitter.name) || 'ctl00$MainContent$btnSubmit'));
    body.set('__ASYNCPOST', 'true');
    fetch(form.getAttribute('action') || '/ApiRegistration/Register', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-MicrosoftAjax': 'Delta=true', 'X-Requested-With': 'XMLHttpRequest' },
      body: body,
    })
      .then(function (response) {
        if (response.redirected) {
          window.location.href = response.url;
          return;
        }
        return response.text().then(function (html) {
          var answer = new DOMParser().parseFromString(html, 'text/html');
          var fresh = panelOf(answer);
          var panel = panelOf(document);
          if (response.status >= 500) throw new Error('Something went wrong (HTTP ' + response.status + '). Please try again later.');
          if (!fresh || !panel || !response.ok) {
            document.open();
            document.write(html);
            document.close();
            return;
          }
          panel.innerHTML = fresh.innerHTML;
          runStartup(panel);
          if (typeof window.showRegistration === 'function') window.showRegistration();
        });
      }, function () {
        throw new Error('Unable to reach the server. Please check your connection and try again.');
      })
      .catch(function (error) { alert(error.message); });
  }`;

/** The script that draws the page's message, as the dialect put it on the page. */
function messageScript({ dialect, message, pageMessage }: SubmitDraw): string {
  // A full-page answer's message in the bootstrap dialect stays an alert (bootstrap-pages.ts).
  return dialect === 'bootstrap' ? alertScript(pageMessage?.text) : message.page(pageMessage).script;
}

/**
 * The panel marked on the box that holds the form and the table, and the message's startup
 * script moved into it (the panel's own scripts are what a partial postback runs).
 */
function withPanel(html: string, draw: SubmitDraw): string {
  const opening = PANEL_OPENING[draw.dialect];
  const script = messageScript(draw);
  const found = script !== '' && html.includes(script);
  const moved = found ? html.replace(script, '') : html;
  const startup = found ? script.replace(/<script/g, '<script data-startup') : '';
  return moved.replace(opening, (tag) => {
    const id = tag.includes(' id=') ? '' : ' id="ctl00_MainContent_upApiUser"';
    return `${tag.slice(0, -1)}${id} data-update-panel="">${startup}`;
  });
}

/** The WebForms LinkButton in place of Submit, with the runtime's `__doPostBack`. */
function linkButton(html: string): string {
  const link = `<a id="MainContent_lnkSubmit" class="btn btn-success" href="javascript:__doPostBack('${SUBMIT_EVENT_TARGET}','')">Submit</a>`;
  const runtime = `<input type="hidden" id="__EVENTTARGET" name="__EVENTTARGET" value=""><input type="hidden" id="__EVENTARGUMENT" name="__EVENTARGUMENT" value="">`;
  const replaced = html.replace(OWN_SUBMIT, `${link}${runtime}`);
  return atEnd(
    replaced,
    `<script type="text/javascript">
//<![CDATA[
if (typeof window.__doPostBack !== 'function') {
  window.__doPostBack = function (eventTarget, eventArgument) {
    var theForm = document.getElementById('MainContent_lnkSubmit').closest('form');
    if (!theForm.onsubmit || theForm.onsubmit() !== false) {
      document.getElementById('__EVENTTARGET').value = eventTarget;
      document.getElementById('__EVENTARGUMENT').value = eventArgument;
      theForm.method = 'post';
      theForm.action = '/ApiRegistration/Register';
      theForm.submit();
    }
  };
}
//]]>
</script>`,
  );
}

// --- Trait checks --------------------------------------------------------------------------

/** A password the mock's policy takes, for the checks that send the form. */
const CHECK_PASSWORD = 'Trait@Pass1';

/** The registration form filled in (the GSP section shown, the first GSP, a username, the passwords) and its Submit. */
async function filled(context: TraitContext) {
  const { page } = context;
  await revealGspSection(context);
  const form = page
    .locator('form')
    .filter({ has: page.locator('input[type="password"]:visible') })
    .filter({ has: page.locator('select') })
    .last();
  const list = form.locator('select').filter({ has: page.locator('option[value]:not([value=""])') });
  await list.first().waitFor({ state: 'attached' });
  const gsp = await list
    .first()
    .evaluate((el) => Array.from((el as HTMLSelectElement).options).find((o) => o.value !== '')?.value ?? '');
  await list.first().selectOption(gsp, { force: true });
  await form.locator('input[type="text"]:visible').first().fill('trait_user');
  for (const field of await form.locator('input[type="password"]:visible').all())
    await field.fill(CHECK_PASSWORD);
  const submit = page
    .getByRole('button', { name: 'Submit', exact: true })
    .or(page.getByRole('link', { name: 'Submit', exact: true }))
    .filter({ visible: true })
    .first();
  return { submit };
}

/**
 * What the page did after a click, until `until` holds or 4 s have passed (a trait judges what
 * did not happen too): its posts, its dialogs, whether a new document came.
 */
async function watchClick(page: Page, click: () => Promise<void>, until: (seen: Seen) => boolean) {
  const seen: Seen = { posts: [], dialogs: [], navigated: false };
  let wake = () => {};
  const done = new Promise<void>((resolve) => {
    wake = resolve;
  });
  const check = () => {
    if (until(seen)) wake();
  };
  const onRequest = (request: Request) => {
    if (request.method() === 'POST') seen.posts.push(request);
    check();
  };
  const onDialog = (dialog: { type(): string; message(): string }) => {
    seen.dialogs.push({ type: dialog.type(), text: dialog.message() });
    check();
  };
  const onNavigated = (frame: { parentFrame(): unknown }) => {
    if (frame.parentFrame() === null) seen.navigated = true;
    check();
  };
  page.on('request', onRequest);
  page.on('dialog', onDialog);
  page.on('framenavigated', onNavigated);
  let deadline: NodeJS.Timeout | undefined;
  try {
    await click();
    check();
    await Promise.race([
      done,
      new Promise<void>((resolve) => {
        deadline = setTimeout(resolve, 4000);
      }),
    ]);
    await page.waitForLoadState('load').catch(() => undefined);
    // Any alert the answer raised is answered before the check goes on (an evaluation waits for it).
    await page.evaluate(() => document.readyState).catch(() => undefined);
  } finally {
    clearTimeout(deadline);
    page.off('request', onRequest);
    page.off('dialog', onDialog);
    page.off('framenavigated', onNavigated);
  }
  return seen;
}

interface Seen {
  posts: Request[];
  dialogs: { type: string; text: string }[];
  navigated: boolean;
}

const isScript = (request: Request) => ['fetch', 'xhr'].includes(request.resourceType());
const isDocument = (request: Request) => request.resourceType() === 'document';

/** A post sent with the Submit: its form fields (their names may be scrambled; values never are). */
const fieldsOf = (request: Request) => new URLSearchParams(request.postData() ?? '');
/** Whether a post names the Submit LinkButton as its `__EVENTTARGET` (by value: the name may be scrambled). */
const namesLinkButton = (request: Request) => [...fieldsOf(request).values()].includes(SUBMIT_EVENT_TARGET);

/** The Submit is the form's own submit button, not a link. */
async function nativeSubmit(submit: Awaited<ReturnType<typeof filled>>['submit']): Promise<boolean> {
  return submit.evaluate(
    (el) =>
      (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) &&
      (el as HTMLButtonElement).type === 'submit',
  );
}

export const SUBMIT_FORMS = {
  plain: {
    description:
      "the dialect's own Submit button posts the whole page at once, no question first (in the bootstrap dialect too)",
    trait: {
      screen: 'register',
      claim: 'Submit is a submit button; a click posts the whole page, with no dialog and no script request',
      check: async (context) => {
        const { submit } = await filled(context);
        must(await nativeSubmit(submit), 'Submit is no submit button');
        // A script's post already breaks the trait: no need to wait for a page that will not come.
        const seen = await watchClick(
          context.page,
          () => submit.click(),
          (s) => s.navigated || s.posts.some(isScript),
        );
        must(!seen.dialogs.some((d) => d.type === 'confirm'), 'a confirm() asked first');
        must(seen.posts.some(isDocument) && seen.navigated, 'the whole page was not posted');
        must(!seen.posts.some(isScript), 'a script sent the form');
        must(!seen.posts.some(namesLinkButton), 'the post names a LinkButton as its __EVENTTARGET');
      },
    },
    render: (html, draw) =>
      draw.dialect === 'bootstrap' ? atEnd(posting(html, draw), onSubmit(POST_WHOLE)) : html,
  },
  confirm: {
    description: `a confirm("${CONFIRM_QUESTION}") before the whole page is posted; Cancel posts nothing`,
    trait: {
      screen: 'register',
      claim: 'a click on Submit raises a confirm(), and its OK posts the whole page',
      check: async (context) => {
        const { submit } = await filled(context);
        const seen = await watchClick(
          context.page,
          () => submit.click(),
          (s) => s.navigated,
        );
        must(
          seen.dialogs.some((d) => d.type === 'confirm' && d.text === CONFIRM_QUESTION),
          'no confirm() asked',
        );
        must(seen.posts.some(isDocument) && seen.navigated, 'OK did not post the whole page');
      },
    },
    render: (html, draw) => atEnd(posting(html, draw), onSubmit(CONFIRM)),
  },
  'yes-no-modal': {
    description:
      'Submit opens a Bootstrap-style modal over a separate backdrop asking to confirm, "Yes" and "No" (and ×); only Yes posts the page, No closes it',
    trait: {
      screen: 'register',
      claim:
        'a click on Submit sends nothing and shows a box over the page with Yes and No; No closes it, posting nothing; Yes posts the whole page',
      check: async (context) => {
        const { page } = context;
        const { submit } = await filled(context);
        const yes = page.getByRole('button', { name: 'Yes', exact: true }).filter({ visible: true });
        const no = page.getByRole('button', { name: 'No', exact: true }).filter({ visible: true });
        const asked = await watchClick(
          page,
          () => submit.click(),
          (s) => s.navigated || s.posts.length > 0,
        );
        must(asked.posts.length === 0 && !asked.navigated, 'Submit sent the form without asking');
        must((await yes.count()) === 1 && (await no.count()) === 1, 'no Yes and No showing');
        const onTop = await yes.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
        });
        must(onTop, 'Yes is not on top of the page');
        const declined = await watchClick(
          page,
          () => no.click(),
          (s) => s.navigated || s.posts.length > 0,
        );
        must(declined.posts.length === 0 && !declined.navigated, 'No sent the form');
        must((await yes.count()) === 0, 'No did not close the question');
        await submit.click();
        const accepted = await watchClick(
          page,
          () => yes.click(),
          (s) => s.navigated,
        );
        must(accepted.posts.some(isDocument) && accepted.navigated, 'Yes did not post the whole page');
      },
    },
    render: (html, draw) => atEnd(posting(html, draw), `${MODAL}${onSubmit(YES_NO)}`),
  },
  ajax: {
    description:
      "the form sent by fetch to a JSON endpoint, the answer drawn into the page as the message part draws an AJAX answer and the table redrawn, no reload (the bootstrap dialect's own way, kept as it is there)",
    trait: {
      screen: 'register',
      claim:
        'a click on Submit sends the form by script without __ASYNCPOST, answered in JSON, and loads no page',
      check: async (context) => {
        const { submit } = await filled(context);
        // A new page already breaks the trait: no need to wait for a script's post.
        const seen = await watchClick(
          context.page,
          () => submit.click(),
          (s) => s.posts.some(isScript) || s.navigated,
        );
        const sent = seen.posts.find(isScript);
        must(sent !== undefined, 'no script request sent the form');
        must(
          fieldsOf(sent as Request).get('__ASYNCPOST') === null,
          'the request is an ASP.NET partial postback',
        );
        const answer = await (sent as Request).response();
        must(
          (answer?.headers()['content-type'] ?? '').includes('application/json'),
          'the answer is not JSON',
        );
        must(!seen.navigated && !seen.posts.some(isDocument), 'a page was loaded');
      },
    },
    render: (html, draw) =>
      draw.dialect === 'bootstrap' ? html : atEnd(html, onSubmit(ajaxHandle(draw.message))),
  },
  'full-page-post': {
    description: `Submit is a WebForms LinkButton, <a href="javascript:__doPostBack('${SUBMIT_EVENT_TARGET}','')">, posting the whole page with __EVENTTARGET naming it; the server redraws the page with the verdict`,
    trait: {
      screen: 'register',
      claim:
        'Submit is a link running __doPostBack; a click posts the whole page with __EVENTTARGET naming it',
      check: async (context) => {
        const { submit } = await filled(context);
        const href = await submit.evaluate((el) =>
          el instanceof HTMLAnchorElement ? el.getAttribute('href') : null,
        );
        must(/^javascript:__doPostBack\(/.test(href ?? ''), 'Submit is no link running __doPostBack');
        const seen = await watchClick(
          context.page,
          () => submit.click(),
          (s) => s.navigated,
        );
        const post = seen.posts.find(isDocument);
        must(post !== undefined && seen.navigated, 'the whole page was not posted');
        must(namesLinkButton(post as Request), 'the post names no __EVENTTARGET');
      },
    },
    render: (html, draw) => linkButton(posting(html, draw)),
  },
  'update-panel': {
    description:
      "an ASP.NET UpdatePanel around the form and the registered-GSP table: the post sent by script with __ASYNCPOST=true, the server's answer replacing only the panel's HTML, the rest of the page staying",
    trait: {
      screen: 'register',
      claim:
        'a click on Submit sends the form by script with __ASYNCPOST=true; the table is replaced by a new one while the page around the panel stays, and no page loads',
      check: async (context) => {
        const { page } = context;
        const { submit } = await filled(context);
        await page.evaluate(() => {
          const marks = window as unknown as Record<string, Element | null>;
          marks.__table =
            Array.from(document.querySelectorAll('table'))
              .filter((t) => t.textContent?.includes('GSP Name'))
              .at(-1) ?? null;
          marks.__strip =
            Array.from(document.querySelectorAll('body *'))
              .filter((el) => el.textContent?.trim().startsWith('Government of India'))
              .at(-1) ?? null;
        });
        const before = (await context.alerts()).length;
        // A new page already breaks the trait: no need to wait for a script's post.
        const seen = await watchClick(
          page,
          () => submit.click(),
          (s) => s.posts.some(isScript) || s.navigated,
        );
        const sent = seen.posts.find(isScript);
        must(sent !== undefined, 'no script request sent the form');
        must(fieldsOf(sent as Request).get('__ASYNCPOST') === 'true', 'the request has no __ASYNCPOST=true');
        await (sent as Request).response();
        const replaced = await page
          .waitForFunction(
            () => {
              const marks = window as unknown as Record<string, Element | null>;
              const table = Array.from(document.querySelectorAll('table'))
                .filter((t) => t.textContent?.includes('GSP Name'))
                .at(-1);
              return table !== undefined && table !== marks.__table && marks.__strip?.isConnected === true;
            },
            undefined,
            { timeout: 4000 },
          )
          .then(
            () => true,
            () => false,
          );
        must(replaced, 'the table was not replaced, or the page around it was');
        // The preset's message forms alert the answer (created, or refused when an earlier check
        // took the username): the panel's startup script ran once.
        const answers = async () => (await context.alerts()).length - before;
        if ((await answers()) === 0)
          await page.waitForEvent('dialog', { timeout: 3000 }).catch(() => undefined);
        const alerted = await answers();
        must(alerted === 1, `the answer was alerted ${alerted} times, not once`);
        must(!seen.navigated && !seen.posts.some(isDocument), 'a page was loaded');
      },
    },
    render: (html, draw) => atEnd(withPanel(posting(html, draw), draw), onSubmit(UPDATE_PANEL)),
  },
} as const satisfies Record<string, SubmitForm>;
