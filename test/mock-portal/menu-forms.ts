/**
 * The part "menu": how API Registration → User Credentials → Create API User is reached from the
 * "Dash Board". The `accordion` form is each dialect's own sidebar (groups opened by a click, as
 * every recording draws it); the other forms replace it with the markup a common library draws:
 * a CSS hover flyout (superfish style), an AdminLTE treeview that slides open, a Bootstrap 3
 * navbar dropdown with a hover submenu, or a tile on the dashboard with no menu groups at all.
 * Each brings its own style and script, so it draws the same in every dialect, scrambled or not.
 */
import { type Form, must, type TraitContext } from './forms.js';
import { escapeHtml } from './pages.js';

/** Where the dashboard draws its menu: above the page, in the side column, in the page body. */
export interface MenuSlots {
  top: string;
  side: string;
  body: string;
}

/** `own`: the dialect's sidebar; `menuLabel`: the "User Credentials" group's text. */
export type MenuRender = (own: string, menuLabel: string) => MenuSlots;
export type MenuForm = Form<MenuRender>;

const CREATE = '/ApiRegistration/CreateApiUser';
const ELSEWHERE = '/Home/NotAvailable';

/** The groups of the menu, in the order every form draws them. */
function groups(menuLabel: string) {
  const leaf = (text: string, href = ELSEWHERE) => ({ text, href });
  return [
    { text: 'e-Invoice', items: [leaf('Generate IRN'), leaf('Cancel IRN')] },
    { text: 'MIS Reports', items: [leaf('IRN Details'), leaf('Cancelled IRN Report')] },
    {
      text: 'API Registration',
      items: [
        {
          text: menuLabel,
          items: [leaf('Create API User', CREATE), leaf('Freeze API User'), leaf('Change API Password')],
        },
        leaf('IP Whitelisting'),
      ],
    },
    { text: 'User Management', items: [leaf('Create Sub-User'), leaf('Change Password')] },
  ];
}

type Entry = { text: string; href: string } | { text: string; items: Entry[] };

/** A nested list of the menu: `group` draws a group's own link, `list` the `<ul>` under it. */
function nested(
  entries: Entry[],
  draw: { group(text: string): string; leaf(text: string, href: string): string; list: string; item: string },
): string {
  return entries
    .map((entry) =>
      'items' in entry
        ? `<li class="${draw.item}">${draw.group(entry.text)}<ul class="${draw.list}">${nested(entry.items, draw)}</ul></li>`
        : `<li>${draw.leaf(entry.text, entry.href)}</li>`,
    )
    .join('\n');
}

/** What a click on a group and the pointer over it did, measured in the page (see `probe`). */
interface Probe {
  groupShown: boolean;
  /** The groups' boxes, in menu order: their tops and lefts. */
  groupTops: number[];
  groupLefts: number[];
  /** The child shows (drawn on top at its centre) right after the click, and once the page is still. */
  childAtOnce: boolean;
  childSettled: boolean;
  /** The next group's top before the click, right after it, one frame later, and once still. */
  nextBefore: number;
  nextAtOnce: number;
  nextFirstFrame: number;
  nextSettled: number;
  /** The child's box once still, and the group's. */
  child?: { left: number; top: number };
  group?: { right: number; bottom: number };
}

const GROUP_TEXTS = ['e-Invoice', 'MIS Reports', 'API Registration', 'User Management'];

/**
 * Clicks "API Registration" from a script (no pointer over it), and measures what moved and what
 * showed, frame by frame until nothing moves for ten frames.
 */
async function probe({ page }: TraitContext, menuLabel = 'User Credentials'): Promise<Probe> {
  // The pointer away from the menu, so that only the click acts.
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.mouse.move(size.width - 2, size.height - 2);
  return page.evaluate(
    async ({ groupTexts, child }) => {
      const shown = (el: Element | undefined): el is Element => {
        if (!el) return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true });
      };
      const byText = (text: string): Element | undefined => {
        const all = Array.from(document.querySelectorAll('body *')).filter(
          // biome-ignore lint/performance/useDomNodeTextContent: the text drawn, not hidden entries
          (el) => (el as HTMLElement).innerText?.trim() === text && shown(el),
        );
        return all.find((el) => !all.some((other) => other !== el && el.contains(other)));
      };
      const onTop = (el: Element | undefined): boolean => {
        if (!shown(el)) return false;
        const box = el.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return top !== null && (el.contains(top) || top.contains(el));
      };
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const groups = groupTexts.map(byText);
      const group = groups[2];
      const next = () => byText(groupTexts[3] ?? '')?.getBoundingClientRect().top ?? -1;
      const nextBefore = next();
      (group as HTMLElement | undefined)?.click();
      const childAtOnce = onTop(byText(child));
      const nextAtOnce = next();
      await frame();
      const nextFirstFrame = next();
      let last = nextFirstFrame;
      for (let still = 0, frames = 0; still < 10 && frames < 180; frames++) {
        await frame();
        const now = next();
        still = now === last ? still + 1 : 0;
        last = now;
      }
      const childEl = byText(child);
      const childBox = childEl?.getBoundingClientRect();
      const groupBox = group?.getBoundingClientRect();
      return {
        groupShown: shown(group),
        groupTops: groups.map((el) => el?.getBoundingClientRect().top ?? -1),
        groupLefts: groups.map((el) => el?.getBoundingClientRect().left ?? -1),
        childAtOnce,
        childSettled: onTop(childEl),
        nextBefore,
        nextAtOnce,
        nextFirstFrame,
        nextSettled: last,
        ...(childBox && shown(childEl) ? { child: { left: childBox.left, top: childBox.top } } : {}),
        ...(groupBox ? { group: { right: groupBox.right, bottom: groupBox.bottom } } : {}),
      };
    },
    { groupTexts: GROUP_TEXTS, child: menuLabel },
  );
}

/** Whether the page holds a visible link reading "Create API User" before anything is clicked, and any "API Registration". */
async function atFirstSight({ page }: TraitContext) {
  return page.evaluate(() => {
    const reads = (el: Element, text: string) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === text;
    const all = Array.from(document.querySelectorAll('body *'));
    return {
      apiRegistration: all.some((el) => reads(el, 'API Registration')),
      createLink: Array.from(document.querySelectorAll('a[href]')).some(
        (a) =>
          reads(a, 'Create API User') &&
          (a as HTMLElement).offsetParent !== null &&
          a.getBoundingClientRect().height > 0,
      ),
    };
  });
}

const mustHaveGroup = (seen: Probe) =>
  must(seen.groupShown, 'no "API Registration" group shows on the dashboard');
const stacked = (seen: Probe) =>
  seen.groupTops.every((top, index) => index === 0 || top > (seen.groupTops[index - 1] ?? 0));

export const MENU_FORMS = {
  accordion: {
    description:
      "the dialect's own sidebar: a click on a group shows its entries at once, below it, pushing the groups after it down",
    trait: {
      screen: 'menu',
      claim:
        'the groups stand one above the other; a click alone shows "User Credentials" at once and in full, and the next group moves down at once, not frame by frame',
      check: async (context) => {
        const seen = await probe(context);
        mustHaveGroup(seen);
        must(stacked(seen), 'the groups do not stand one above the other');
        must(seen.childAtOnce, 'a click on "API Registration" does not show "User Credentials" at once');
        must(seen.nextAtOnce > seen.nextBefore, 'the next group does not move down when the group opens');
        must(seen.nextSettled === seen.nextAtOnce, 'the group slides open rather than opening at once');
      },
    },
    render: (own) => ({ top: '', side: own, body: '' }),
  },
  'hover-flyout': {
    description:
      'a sidebar whose groups open a flyout to their right while the pointer is over them (CSS :hover); a click on a group opens nothing',
    trait: {
      screen: 'menu',
      claim:
        'a click alone on "API Registration" shows nothing; the pointer over it shows "User Credentials" to its right',
      check: async (context) => {
        const seen = await probe(context);
        mustHaveGroup(seen);
        must(stacked(seen), 'the groups do not stand one above the other');
        must(!seen.childSettled, 'a click on "API Registration" alone shows "User Credentials"');
        const { page } = context;
        const group = page.getByText('API Registration', { exact: true }).locator('visible=true');
        must((await group.count()) === 1, 'no single "API Registration" group to point at');
        await group.hover();
        const child = page.getByText('User Credentials', { exact: true }).locator('visible=true');
        must((await child.count()) === 1, 'the pointer over "API Registration" shows no "User Credentials"');
        const [childBox, groupBox] = [await child.boundingBox(), await group.boundingBox()];
        must(
          childBox !== null && groupBox !== null && childBox.x >= groupBox.x + groupBox.width - 4,
          '"User Credentials" does not show to the right of its group',
        );
      },
    },
    render: (_own, menuLabel) => ({
      top: '',
      side: `<nav class="flyout-nav"><ul class="sf-menu">${nested(groups(menuLabel), {
        group: (text) => `<a href="#">${escapeHtml(text)}</a>`,
        leaf: (text, href) => `<a href="${href}">${escapeHtml(text)}</a>`,
        list: 'sf-sub',
        item: 'sf-parent',
      })}</ul></nav>
<style>
  .flyout-nav { width: 220px; background: #263f5e; padding-top: 10px; }
  .flyout-nav ul { list-style: none; margin: 0; padding: 0; }
  .flyout-nav li { position: relative; }
  .flyout-nav a { display: block; color: #fff; padding: 8px 14px; text-decoration: none; }
  .flyout-nav .sf-parent > a::after { content: '\\25B8'; float: right; }
  .flyout-nav .sf-sub { display: none; position: absolute; left: 100%; top: 0; min-width: 200px;
    background: #2d4a6d; box-shadow: 2px 2px 6px rgba(0, 0, 0, 0.3); z-index: 50; }
  .flyout-nav li:hover > .sf-sub { display: block; }
</style>
<script>
  // The groups are links to nowhere: a click on one does nothing, the pointer over it opens it.
  document.querySelectorAll('.flyout-nav .sf-parent > a').forEach(function (group) {
    group.addEventListener('click', function (event) { event.preventDefault(); });
  });
</script>`,
      body: '',
    }),
  },
  treeview: {
    description:
      'an AdminLTE treeview: a click on a group slides its nested list open (a height transition), closing its open siblings',
    trait: {
      screen: 'menu',
      claim:
        'the groups stand one above the other; a click alone on "API Registration" slides it open: the next group moves down frame by frame',
      check: async (context) => {
        const seen = await probe(context);
        mustHaveGroup(seen);
        must(stacked(seen), 'the groups do not stand one above the other');
        must(seen.childSettled, 'a click on "API Registration" does not show "User Credentials"');
        must(
          seen.nextSettled > seen.nextFirstFrame + 2,
          'the group opens at once rather than sliding open (the next group did not move frame by frame)',
        );
      },
    },
    render: (_own, menuLabel) => ({
      top: '',
      side: `<aside class="main-sidebar"><ul class="sidebar-menu" data-widget="tree">
<li class="header">MAIN NAVIGATION</li>
${nested(groups(menuLabel), {
  group: (text) =>
    `<a href="#"><i class="fa fa-folder"></i> <span>${escapeHtml(text)}</span><span class="pull-right-container"><i class="fa fa-angle-left pull-right"></i></span></a>`,
  leaf: (text, href) => `<a href="${href}"><i class="fa fa-circle-o"></i> ${escapeHtml(text)}</a>`,
  list: 'treeview-menu',
  item: 'treeview',
})}</ul></aside>
<style>
  .main-sidebar { width: 230px; background: #222d32; padding-top: 6px; }
  .sidebar-menu, .treeview-menu { list-style: none; margin: 0; padding: 0; }
  .sidebar-menu .header { color: #4b646f; background: #1a2226; padding: 10px 15px; font-size: 12px; }
  .sidebar-menu a { display: block; color: #b8c7ce; padding: 10px 15px; text-decoration: none; }
  .treeview-menu { display: none; overflow: hidden; background: #2c3b41; padding-left: 10px; }
  .treeview.menu-open > .treeview-menu { display: block; }
  .fa-angle-left::before { content: '\\2039'; }
  .fa-folder::before { content: '\\25A4'; }
  .fa-circle-o::before { content: '\\25CB'; }
  .pull-right { float: right; transition: transform 0.3s; }
  .menu-open > a .pull-right { transform: rotate(-90deg); }
</style>
<script>
  // AdminLTE's tree: a group's list slides open (its height, 0 to full) and the open siblings close.
  document.querySelectorAll('.sidebar-menu .treeview > a').forEach(function (toggle) {
    toggle.addEventListener('click', function (event) {
      event.preventDefault();
      var item = toggle.parentElement;
      var list = toggle.nextElementSibling;
      if (item.classList.contains('menu-open')) { item.classList.remove('menu-open'); return; }
      Array.prototype.forEach.call(item.parentElement.children, function (sibling) {
        if (sibling !== item) sibling.classList.remove('menu-open');
      });
      item.classList.add('menu-open');
      list.style.height = '0px';
      list.getBoundingClientRect();
      list.style.transition = 'height 0.4s ease';
      list.style.height = list.scrollHeight + 'px';
      list.addEventListener('transitionend', function done() {
        list.removeEventListener('transitionend', done);
        list.style.transition = '';
        list.style.height = '';
      });
    });
  });
</script>`,
      body: '',
    }),
  },
  'navbar-dropdown': {
    description:
      'a Bootstrap 3 navbar above the page: a click on a group drops its list over the page, a submenu opens under the pointer, and any other click closes the dropdown',
    trait: {
      screen: 'menu',
      claim:
        'the groups stand side by side in one row; a click alone on "API Registration" drops "User Credentials" below it, over the page: the next group does not move',
      check: async (context) => {
        const seen = await probe(context);
        mustHaveGroup(seen);
        const [first = 0, ...rest] = seen.groupTops;
        must(
          rest.every((top) => Math.abs(top - first) < 4),
          'the groups do not stand side by side in one row',
        );
        must(
          seen.groupLefts.every((left, index) => index === 0 || left > (seen.groupLefts[index - 1] ?? 0)),
          'the groups do not stand left to right',
        );
        must(seen.childSettled, 'a click on "API Registration" does not show "User Credentials"');
        must(
          seen.nextSettled === seen.nextBefore,
          'the next group moved: the list is not drawn over the page',
        );
        must(
          seen.child !== undefined && seen.group !== undefined && seen.child.top >= seen.group.bottom - 2,
          '"User Credentials" does not drop below its group',
        );
      },
    },
    render: (_own, menuLabel) => ({
      top: `<nav class="navbar navbar-default topnav"><ul class="nav navbar-nav">${groups(menuLabel)
        .map(
          (group) =>
            `<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">${escapeHtml(group.text)} <span class="caret"></span></a><ul class="dropdown-menu">${nested(
              group.items,
              {
                group: (text) => `<a tabindex="-1" href="#">${escapeHtml(text)}</a>`,
                leaf: (text, href) => `<a href="${href}">${escapeHtml(text)}</a>`,
                list: 'dropdown-menu',
                item: 'dropdown-submenu',
              },
            )}</ul></li>`,
        )
        .join('\n')}</ul></nav>
<style>
  .topnav { background: #f8f8f8; border-bottom: 1px solid #e7e7e7; }
  .topnav ul { list-style: none; margin: 0; padding: 0; }
  .topnav .navbar-nav { display: flex; }
  .topnav li { position: relative; }
  .topnav a { display: block; padding: 12px 15px; color: #333; text-decoration: none; white-space: nowrap; }
  .topnav .caret { display: inline-block; border-top: 4px solid; border-left: 4px solid transparent;
    border-right: 4px solid transparent; vertical-align: middle; }
  .topnav .dropdown-menu { display: none; position: absolute; top: 100%; left: 0; min-width: 180px;
    background: #fff; border: 1px solid rgba(0, 0, 0, 0.15); box-shadow: 0 6px 12px rgba(0, 0, 0, 0.175); z-index: 1000; }
  .topnav .open > .dropdown-menu { display: block; }
  .topnav .dropdown-submenu > .dropdown-menu { top: 0; left: 100%; }
  .topnav .dropdown-submenu:hover > .dropdown-menu { display: block; }
  .topnav .dropdown-submenu > a::after { content: '\\25B8'; float: right; margin-left: 8px; }
</style>
<script>
  // Bootstrap 3's dropdown: a toggle opens its list and closes the others; any other click on
  // the page (a submenu's own link too) closes every open list.
  function clearMenus() {
    document.querySelectorAll('.topnav .open').forEach(function (item) {
      item.classList.remove('open');
      item.querySelector('[data-toggle="dropdown"]').setAttribute('aria-expanded', 'false');
    });
  }
  document.querySelectorAll('.topnav [data-toggle="dropdown"]').forEach(function (toggle) {
    toggle.addEventListener('click', function (event) {
      event.preventDefault();
      event.stopPropagation();
      var item = toggle.parentElement;
      var opening = !item.classList.contains('open');
      clearMenus();
      if (opening) { item.classList.add('open'); toggle.setAttribute('aria-expanded', 'true'); }
    });
  });
  document.addEventListener('click', clearMenus);
</script>`,
      side: '',
      body: '',
    }),
  },
  'dashboard-link': {
    description:
      'no menu groups: a short list of frequent links at the side, and "Create API User" as a tile among the quick links on the dashboard',
    trait: {
      screen: 'menu',
      claim:
        'the page reads "API Registration" nowhere, and shows a link reading "Create API User" before any click',
      check: async (context) => {
        const seen = await atFirstSight(context);
        must(!seen.apiRegistration, 'the page has an "API Registration" group');
        must(seen.createLink, 'no link reading "Create API User" shows before a click');
      },
    },
    render: () => ({
      top: '',
      side: `<nav class="quick-nav"><ul>
<li><a href="${ELSEWHERE}">Generate IRN</a></li>
<li><a href="${ELSEWHERE}">IRN Details</a></li>
<li><a href="${ELSEWHERE}">Create Sub-User</a></li>
</ul></nav>
<style>
  .quick-nav { width: 200px; background: #263f5e; padding-top: 10px; }
  .quick-nav ul { list-style: none; margin: 0; padding: 0; }
  .quick-nav a { display: block; color: #fff; padding: 8px 14px; text-decoration: none; }
</style>`,
      body: `<div class="quick-links"><h4>Quick Links</h4>
<a class="tile" href="${ELSEWHERE}"><span class="tile-icon"></span>Generate e-Invoice</a>
<a class="tile" href="${CREATE}"><span class="tile-icon"></span>Create API User</a>
<a class="tile" href="${ELSEWHERE}"><span class="tile-icon"></span>Change Password</a>
</div>
<style>
  .quick-links { margin-top: 20px; }
  .quick-links .tile { display: inline-block; width: 160px; margin: 0 12px 12px 0; padding: 18px 12px;
    background: #fff; border: 1px solid #c9d3e0; border-radius: 4px; color: #1d4e89; text-align: center;
    text-decoration: none; font-weight: bold; }
  .quick-links .tile-icon::before { content: '\\2756'; display: block; font-size: 24px; margin-bottom: 6px; }
</style>`,
    }),
  },
} as const satisfies Record<string, MenuForm>;
