/**
 * The part "popups": how the "Contacts of Technical Person" popup after login is drawn. Each
 * form brings its markup, its own style (so it draws the same in every dialect) and its own
 * script: shown at once, ~1.5 s late or never (the `popup` fault), closed by "Exit" or, under
 * `popupWithoutClose`, only by a "Proceed" button wired by the page's script. Two forms set
 * their own timing (`late`: 1 to 2 s after load whatever the fault, unless `never`), one draws
 * a second popup over the first (`two-in-sequence`), and `none` draws no popup at all.
 */
import { type Form, must, type TraitContext } from './forms.js';
import { POPUP_PROCEED } from './pages.js';
import type { Faults } from './types.js';

export interface PopupPage {
  timing: Faults['popup'];
  /** The only way out reads "Proceed": nothing the bot knows for closing. */
  withoutClose: boolean;
}

export type PopupRender = (page: PopupPage) => string;
export type PopupForm = Form<PopupRender>;

export const POPUP_TITLE = 'Contacts of Technical Person';

const CONTACT = { name: 'Ravi Kumar Sharma', mobile: '9123456780', email: 'ravi.sharma@example.in' } as const;

/** `show()` called as the `popup` fault says. */
function timing(page: PopupPage, show: string): string {
  return `var popup = ${JSON.stringify(page.timing)};
  if (popup === 'always') ${show}();
  if (popup === 'late') setTimeout(${show}, 1500);`;
}

/** `show()` 1 to 2 s after the page's script runs, unless the `popup` fault says `never`. */
function lateTiming(page: PopupPage, show: string): string {
  return `if (${JSON.stringify(page.timing)} !== 'never') setTimeout(${show}, 1000 + Math.floor(Math.random() * 1000));`;
}

/** What the popup looks like where it is drawn: the box holding the title, and what is on top. */
async function popupShape({ page, textAtLoad }: TraitContext) {
  const atLoad = (await textAtLoad()).includes(POPUP_TITLE);
  const shape = await page.evaluate((title) => {
    const heading = Array.from(document.querySelectorAll('body *')).find(
      (el) =>
        el.children.length === 0 && el.textContent?.trim() === title && (el as HTMLElement).offsetParent,
    );
    const covers = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.left <= 0 && box.top <= 0 && box.right >= innerWidth && box.bottom >= innerHeight;
    };
    const corner = document.elementFromPoint(3, innerHeight - 3);
    const ancestors: Element[] = [];
    for (let el = heading?.parentElement; el && el !== document.body; el = el.parentElement)
      ancestors.push(el);
    const covering = ancestors.filter(covers);
    const dialog = heading?.closest('[role="dialog"]');
    return {
      heading: heading !== undefined,
      dialogNamed:
        dialog?.getAttribute('aria-labelledby') !== null &&
        document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === title,
      anyRole: ancestors.some((el) => el.hasAttribute('role')),
      modalClass: ancestors.some((el) => el.classList.contains('modal')),
      /** An ancestor of the title that covers the whole viewport (the popup takes every click). */
      coveringAncestor: covering.length > 0,
      coveringIsFixed: covering.some((el) => getComputedStyle(el).position === 'fixed'),
      /** The element on top at a corner of the page, and whether the title's box holds it. */
      cornerInPopup: corner !== null && ancestors.some((el) => el === corner || el.contains(corner)),
      cornerCovers: corner !== null && covers(corner) && getComputedStyle(corner).position === 'fixed',
      cornerIsSiblingOfPanel:
        corner !== null && ancestors.some((el) => el.parentElement === corner.parentElement && el !== corner),
      cornerHoldsTitle: corner?.textContent?.includes(title) ?? false,
      backdropOutside: Array.from(document.querySelectorAll('.modal-backdrop')).some(
        (el) => !el.contains(heading ?? null) && covers(el),
      ),
    };
  }, POPUP_TITLE);
  return { ...shape, atLoad };
}

/** Every form that shows the popup as the page loads says so in its trait. */
function shownAtLoad(shape: { atLoad: boolean }): void {
  must(shape.atLoad, 'the popup was not showing when the page had loaded');
}

/** The popup as `dialog-role` draws it, shown by `when` (the source that calls `showTechContacts`). */
function dialogRole(page: PopupPage, when: string): string {
  return `<style>
  .modal-backdrop { position: fixed; inset: 0; background: rgba(0, 0, 0, 0.55); z-index: 1000; display: flex; align-items: center; justify-content: center; }
  .modal-backdrop [role="dialog"] { background: #fff; border-radius: 4px; padding: 18px 24px; min-width: 420px; }
  .modal-backdrop .actions { text-align: right; margin-bottom: 0; }
</style>
<template id="techContactTemplate">
  <div id="techContactModal" class="modal-backdrop">
    <div role="dialog" aria-modal="true" aria-labelledby="techContactTitle">
      <h3 id="techContactTitle">${POPUP_TITLE}</h3>
      <table class="grid">
        <tr><th>Name</th><th>Mobile</th><th>E-mail</th></tr>
        <tr><td>${CONTACT.name}</td><td>${CONTACT.mobile}</td><td>${CONTACT.email}</td></tr>
      </table>
      <p class="actions"><a href="#" id="btnTechExit" class="btn">${page.withoutClose ? POPUP_PROCEED : 'Exit'}</a></p>
    </div>
  </div>
</template>
<script>
  // The technical-contact popup covers the whole page, so it takes every click until Exit.
  var showTechContacts = function () {
    document.body.append(document.getElementById('techContactTemplate').content.cloneNode(true));
    document.getElementById('btnTechExit').addEventListener('click', function (event) {
      event.preventDefault();
      document.getElementById('techContactModal').remove();
    });
  };
  ${when}
</script>`;
}

export const POPUP_FORMS = {
  'dialog-role': {
    description: 'a role="dialog" named by its title, inside a full-page backdrop, closed by an "Exit" link',
    trait: {
      screen: 'popup',
      claim: 'the popup is a role=dialog named by its title, and the page behind is covered by its backdrop',
      check: async (context) => {
        const shape = await popupShape(context);
        must(shape.heading, 'no popup title showing');
        shownAtLoad(shape);
        must(shape.dialogNamed, 'the title is not in a role=dialog named by it');
        must(shape.coveringAncestor && shape.cornerInPopup, "the dialog's backdrop does not cover the page");
      },
    },
    render: (page) => dialogRole(page, timing(page, 'showTechContacts')),
  },
  'bootstrap-modal': {
    description:
      'a Bootstrap modal (no role) over a separate .modal-backdrop, × and an "Exit" footer button, then an "Advisory" dialog',
    trait: {
      screen: 'popup',
      claim:
        'the popup is a full-page .modal without a role, with a .modal-backdrop outside it; an Advisory follows',
      check: async (context) => {
        const shape = await popupShape(context);
        must(shape.heading, 'no popup title showing');
        shownAtLoad(shape);
        must(!shape.anyRole, 'the modal carries a role');
        must(shape.modalClass, 'the popup is not a .modal');
        must(shape.coveringAncestor && shape.cornerInPopup, 'the modal does not cover the page');
        must(shape.backdropOutside, 'no .modal-backdrop outside the modal covering the page');
      },
    },
    render: (page) => `<style>
  .fade { transition: opacity 0.15s linear; }
  .fade:not(.show) { opacity: 0; }
  .modal { position: fixed; top: 0; left: 0; z-index: 1050; display: none; width: 100%; height: 100%; overflow: hidden; outline: 0; }
  .modal-dialog { position: relative; width: auto; max-width: 560px; margin: 1.75rem auto; }
  .modal-content { position: relative; display: flex; flex-direction: column; background: #fff; border: 1px solid rgba(0, 0, 0, 0.2); border-radius: 0.3rem; }
  .modal-header { display: flex; align-items: flex-start; justify-content: space-between; flex-direction: row-reverse; padding: 1rem; border-bottom: 1px solid #dee2e6; }
  .modal-title { margin: 0; line-height: 1.5; }
  .modal-body { padding: 1rem; }
  .modal-footer { display: flex; justify-content: flex-end; padding: 0.75rem; border-top: 1px solid #dee2e6; }
  .modal-backdrop { position: fixed; top: 0; left: 0; z-index: 1040; width: 100vw; height: 100vh; background: #000; }
  .modal-backdrop.show { opacity: 0.5; }
  .close { float: right; font-size: 1.5rem; font-weight: 700; line-height: 1; color: #000; opacity: 0.5; background: transparent; border: 0; cursor: pointer; }
</style>
<div class="modal fade" id="mdlTechContact" tabindex="-1" data-backdrop="static">
  <div class="modal-dialog">
    <div class="modal-content">
      <div class="modal-header">
        ${page.withoutClose ? '' : '<button type="button" class="close" data-dismiss="modal">&times;</button>'}
        <h4 class="modal-title">${POPUP_TITLE}</h4>
      </div>
      <div class="modal-body">
        <table class="table table-bordered">
          <thead class="thead-light"><tr><th>Name</th><th>Mobile</th><th>Email</th></tr></thead>
          <tbody><tr><td>${CONTACT.name}</td><td>${CONTACT.mobile}</td><td>${CONTACT.email}</td></tr></tbody>
        </table>
      </div>
      <div class="modal-footer">
        ${
          // Without a way out the bot knows: no ×, and the footer button closes by the page's own script.
          page.withoutClose
            ? `<button type="button" class="btn btn-primary" data-close="modal">${POPUP_PROCEED}</button>`
            : '<button type="button" class="btn btn-danger" data-dismiss="modal">Exit</button>'
        }
      </div>
    </div>
  </div>
</div>
<div class="modal fade" id="mdlAdvisory" tabindex="-1" role="dialog" aria-modal="true" aria-labelledby="mdlAdvisoryTitle">
  <div class="modal-dialog">
    <div class="modal-content">
      <div class="modal-header">
        <button type="button" class="close" data-dismiss="modal">&times;</button>
        <h4 class="modal-title" id="mdlAdvisoryTitle">Advisory</h4>
      </div>
      <div class="modal-body">
        <p>Two-Factor Authentication (2FA) is mandatory for all e-Invoice users from 1st April 2025.</p>
        <p class="mb-0">Keep the mobile registered on the portal at hand: an OTP is sent to it at every login.</p>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn btn-secondary" data-dismiss="modal">Close</button>
      </div>
    </div>
  </div>
</div>
<script>
  // Modals as Bootstrap draws them: the modal over the page, a backdrop behind it.
  var backdrop = null;
  function showModal(modal) {
    modal.style.display = 'block';
    modal.classList.add('show');
    document.body.classList.add('modal-open');
    backdrop = document.createElement('div');
    backdrop.classList.add('modal-backdrop');
    backdrop.classList.add('fade');
    backdrop.classList.add('show');
    document.body.appendChild(backdrop);
  }
  function hideModal(modal) {
    modal.classList.remove('show');
    modal.style.display = 'none';
    document.body.classList.remove('modal-open');
    if (backdrop) backdrop.remove();
    backdrop = null;
    // The advisory follows the technical contacts.
    if (modal === document.getElementById('mdlTechContact')) showModal(document.getElementById('mdlAdvisory'));
  }
  document.querySelectorAll('[data-dismiss="modal"], [data-close="modal"]').forEach(function (button) {
    button.addEventListener('click', function () {
      hideModal(button.closest('.modal'));
    });
  });
  var showTechContact = function () { showModal(document.getElementById('mdlTechContact')); };
  ${timing(page, 'showTechContact')}
</script>`,
  },
  'plain-overlay': {
    description:
      'a plain fixed <div> over the whole page (no role, no .modal) holding the box, closed by an <input type=button> "Exit"',
    trait: {
      screen: 'popup',
      claim: 'the popup is a fixed div covering the page, with no role and no .modal, holding its box',
      check: async (context) => {
        const shape = await popupShape(context);
        must(shape.heading, 'no popup title showing');
        shownAtLoad(shape);
        must(!shape.anyRole && !shape.modalClass, 'the overlay carries a role or .modal');
        must(shape.coveringIsFixed && shape.cornerInPopup, 'no fixed ancestor of the box covers the page');
      },
    },
    render: (page) => `<style>
  .popupBox { width: 560px; margin: 120px auto 0; background: #fff; border: 3px solid #2a5788; }
  .popupTitle { background: #2a5788; color: #fff; font-weight: bold; padding: 6px 10px; }
</style>
<div id="divTechPopup" style="display:none;position:fixed;top:0;left:0;width:100%;height:100%;z-index:100001;background-color:rgba(0,0,0,0.6);">
  <div class="popupBox">
    <div class="popupTitle">${POPUP_TITLE}</div>
    <table class="grid" cellspacing="0" rules="all" border="1" style="width:96%;margin:10px auto;">
      <tr class="gridHeader"><th scope="col">Name</th><th scope="col">Mobile No.</th><th scope="col">E-mail Id</th></tr>
      <tr><td>${CONTACT.name}</td><td>${CONTACT.mobile}</td><td>${CONTACT.email}</td></tr>
    </table>
    <div style="text-align:center"><input type="button" value="${page.withoutClose ? POPUP_PROCEED : 'Exit'}" id="btnPopupExit" class="button" /></div>
  </div>
</div>
<script type="text/javascript">
  // The technical-contact popup: a plain div over the whole page, above everything.
  function showTechPopup() {
    document.getElementById('divTechPopup').style.display = 'block';
  }
  document.getElementById('btnPopupExit').onclick = function () {
    document.getElementById('divTechPopup').style.display = 'none';
  };
  ${timing(page, 'showTechPopup')}
</script>`,
  },
  'panel-dimmer': {
    description:
      'a panel with an "Exit" button beside a separate dimming layer: the layer is a sibling of the panel, not its parent',
    trait: {
      screen: 'popup',
      claim:
        'the dimming layer covers the page and is a sibling of the panel, not an ancestor; the panel is smaller than the page',
      check: async (context) => {
        const shape = await popupShape(context);
        must(shape.heading, 'no popup title showing');
        shownAtLoad(shape);
        must(!shape.coveringAncestor, 'an ancestor of the panel covers the page (the layer is a parent)');
        must(shape.cornerCovers, 'nothing fixed covers the page at its corner');
        must(!shape.cornerHoldsTitle, 'the dimming layer holds the panel');
        must(shape.cornerIsSiblingOfPanel, 'the dimming layer is not a sibling of the panel');
      },
    },
    render: (
      page,
    ) => `<div id="divOverlayShade" style="display:none;position:fixed;top:0;left:0;right:0;bottom:0;z-index:900;background:rgba(20,20,20,0.55);"></div>
<div id="divContactPanel" style="display:none;position:fixed;top:90px;left:50%;width:520px;margin-left:-260px;z-index:901;background:#fff;border:1px solid #888;box-shadow:0 4px 16px rgba(0,0,0,0.4);">
  <div style="padding:8px 12px;border-bottom:1px solid #ddd;font-weight:bold;">${POPUP_TITLE}</div>
  <div style="padding:10px 12px;">
    <table style="width:100%;border-collapse:collapse;" border="1">
      <tr><th>Name</th><th>Mobile</th><th>E-mail</th></tr>
      <tr><td>${CONTACT.name}</td><td>${CONTACT.mobile}</td><td>${CONTACT.email}</td></tr>
    </table>
  </div>
  <div style="padding:8px 12px;text-align:right;"><button type="button" id="btnContactPanelExit">${page.withoutClose ? POPUP_PROCEED : 'Exit'}</button></div>
</div>
<script>
  // The panel and its shade are two elements side by side; both show and hide together.
  function showContactPanel() {
    document.getElementById('divOverlayShade').style.display = 'block';
    document.getElementById('divContactPanel').style.display = 'block';
  }
  document.getElementById('btnContactPanelExit').addEventListener('click', function () {
    document.getElementById('divOverlayShade').style.display = 'none';
    document.getElementById('divContactPanel').style.display = 'none';
  });
  ${timing(page, 'showContactPanel')}
</script>`,
  },
  late: {
    description: 'the role="dialog" popup of dialog-role, shown 1 to 2 s after the page has loaded',
    trait: {
      screen: 'main-menu',
      claim: 'no popup shows when the page has loaded, then one covers the page within 3 s',
      check: async (context) => {
        await context.page
          .getByText(POPUP_TITLE)
          .first()
          .waitFor({ timeout: 3000 })
          .catch(() => undefined);
        const shape = await popupShape(context);
        must(!shape.atLoad, 'the popup was already showing when the page had loaded');
        must(shape.heading, 'no popup title showing within 3 s of the load');
        must(shape.coveringAncestor && shape.cornerInPopup, 'the late popup does not cover the page');
      },
    },
    render: (page) => dialogRole(page, lateTiming(page, 'showTechContacts')),
  },
  'two-in-sequence': {
    description:
      'the role="dialog" popup of dialog-role with a SweetAlert-style "Advisory" over it ("OK"): two popups to close, one after the other',
    trait: {
      screen: 'popup',
      claim:
        'another box covers the page above the contacts popup; once its only visible button is clicked, the contacts popup is on top',
      check: async (context) => {
        const before = await popupShape(context);
        must(before.heading, 'no popup title showing');
        shownAtLoad(before);
        must(!before.cornerInPopup && before.cornerCovers, 'no other box covers the page above the popup');
        const clicked = await context.page.evaluate(() => {
          const corner = document.elementFromPoint(3, innerHeight - 3);
          const buttons = Array.from(
            corner?.querySelectorAll('button,input[type="button"],input[type="submit"]') ?? [],
          ).filter((button) => (button as HTMLElement).offsetParent !== null);
          if (buttons.length !== 1) return `${buttons.length} visible buttons in the box on top`;
          (buttons[0] as HTMLElement).click();
          return '';
        });
        must(clicked === '', clicked);
        const after = await popupShape(context);
        must(after.cornerInPopup, 'the contacts popup is not on top once the box above it is closed');
      },
    },
    render: (page) => `${dialogRole(page, timing(page, 'showTechContacts'))}
<style>
  .swal2-container { position: fixed; inset: 0; z-index: 1060; display: grid; grid-template-areas: "top-start top top-end" "center-start center center-end" "bottom-start bottom-center bottom-end"; grid-template-rows: minmax(min-content, auto) minmax(min-content, auto) minmax(min-content, auto); padding: 0.625em; overflow-x: hidden; background: rgba(0, 0, 0, 0.4); }
  .swal2-container.swal2-center > .swal2-popup { grid-column: 2; grid-row: 2; align-self: center; justify-self: center; }
  .swal2-popup { display: grid; width: 32em; max-width: 100%; padding: 0 0 1.25em; border-radius: 5px; background: #fff; font-size: 1rem; }
  .swal2-title { margin: 0; padding: 0.8em 1em 0; font-size: 1.875em; text-align: center; }
  .swal2-html-container { margin: 1em 1.6em 0.3em; text-align: center; }
  .swal2-actions { display: flex; justify-content: center; margin: 1.25em auto 0; }
  .swal2-styled { margin: 0.3125em; padding: 0.625em 1.1em; border: 0; border-radius: 0.25em; color: #fff; font-size: 1em; }
  .swal2-confirm { background: #7066e0; }
  .swal2-cancel { background: #6e7881; }
</style>
<template id="advisoryTemplate">
  <div class="swal2-container swal2-center swal2-backdrop-show">
    <div aria-labelledby="swal2-title" aria-describedby="swal2-html-container" class="swal2-popup swal2-modal swal2-show" tabindex="-1" role="dialog" aria-live="assertive" aria-modal="true">
      <h2 class="swal2-title" id="swal2-title">Advisory</h2>
      <div class="swal2-html-container" id="swal2-html-container">Two-Factor Authentication (2FA) is mandatory for all e-Invoice users.</div>
      <div class="swal2-actions">
        <button type="button" class="swal2-confirm swal2-styled">OK</button>
        <button type="button" class="swal2-cancel swal2-styled" style="display: none">Cancel</button>
      </div>
    </div>
  </div>
</template>
<script>
  // An advisory raised over the contacts popup, as SweetAlert2 draws one (its Cancel hidden).
  function showAdvisory() {
    document.body.append(document.getElementById('advisoryTemplate').content.cloneNode(true));
    var container = document.body.lastElementChild;
    container.querySelector('.swal2-confirm').addEventListener('click', function () {
      container.remove();
    });
  }
  ${timing(page, 'showAdvisory')}
</script>`,
  },
  none: {
    description: 'no popup at all after login',
    trait: {
      screen: 'main-menu',
      claim: 'the popup title is nowhere in the page, and nothing fixed covers the page',
      check: async ({ page }) => {
        const found = await page.evaluate((title) => {
          const corner = document.elementFromPoint(3, innerHeight - 3);
          const box = corner?.getBoundingClientRect();
          return {
            inPage: document.documentElement.outerHTML.includes(title),
            covered:
              corner !== null &&
              getComputedStyle(corner).position === 'fixed' &&
              (box?.width ?? 0) >= innerWidth &&
              (box?.height ?? 0) >= innerHeight,
          };
        }, POPUP_TITLE);
        must(!found.inPage, 'the popup title is in the page');
        must(!found.covered, 'something fixed covers the page');
      },
    },
    render: () => '',
  },
} as const satisfies Record<string, PopupForm>;
