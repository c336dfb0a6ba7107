/**
 * The part "page chrome": what a site keeps fixed on every page besides its content. Neither
 * form is a popup: a fixed full-height sidebar of quick links, and a cookie bar fixed at the
 * bottom with "Accept" (drawn above everything, as consent banners are). The page's content
 * makes room for them (padding), as real sites do, so nothing the journey needs lies under
 * them. A person neither closes them nor waits for them to go; the bot must not either. The
 * markup goes at the end of every portal page (`variants.ts` `pagesOf`); each form brings its
 * own style, so it draws the same in every dialect.
 */
import { type Form, must, type TraitContext } from './forms.js';

/** The chrome's markup, put just before `</body>`. */
export type PageChromeRender = () => string;
export type PageChromeForm = Form<PageChromeRender>;

/** The fixed boxes at the page's edges, read in the browser. */
async function fixedEdges({ page }: TraitContext) {
  return page.evaluate(() => {
    const fixed = Array.from(document.querySelectorAll('body *')).filter((el) => {
      const style = getComputedStyle(el);
      return style.position === 'fixed' && style.display !== 'none' && el.getBoundingClientRect().width > 0;
    });
    const boxes = fixed.map((el) => ({ el, box: el.getBoundingClientRect() }));
    const sidebar = boxes.find(
      ({ box }) => box.left <= 0 && box.top <= 0 && box.bottom >= innerHeight && box.width < innerWidth * 0.3,
    );
    const bar = boxes.find(
      ({ box }) =>
        box.left <= 0 &&
        box.right >= innerWidth &&
        box.bottom >= innerHeight &&
        box.height < innerHeight * 0.2,
    );
    const onTop = (el: Element | undefined) => {
      if (!el) return false;
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return top !== null && el.contains(top);
    };
    return {
      sidebar: sidebar !== undefined,
      sidebarLinks: sidebar ? sidebar.el.querySelectorAll('a[href]').length : 0,
      sidebarOnTop: onTop(sidebar?.el),
      bar: bar !== undefined,
      barButtons: Array.from(bar?.el.querySelectorAll('button') ?? []).map((button) =>
        button.textContent?.trim(),
      ),
      barOnTop: onTop(bar?.el),
      /** The content starts right of the sidebar and ends above the bar. */
      roomMade:
        Number.parseFloat(getComputedStyle(document.body).paddingLeft) +
          Number.parseFloat(getComputedStyle(document.body).paddingBottom) >
        0,
    };
  });
}

export const PAGE_CHROME_FORMS = {
  none: {
    description: 'nothing fixed at the edges of the page',
    trait: {
      screen: 'home',
      claim: 'no fixed full-height sidebar and no fixed bar at the bottom',
      check: async (context) => {
        const found = await fixedEdges(context);
        must(!found.sidebar, 'a fixed full-height sidebar');
        must(!found.bar, 'a fixed bar at the bottom');
      },
    },
    render: () => '',
  },
  'fixed-sidebar': {
    description:
      'a fixed full-height sidebar of quick links at the left of every page, the content beside it',
    trait: {
      screen: 'home',
      claim: 'a fixed full-height sidebar with links on top at the left, the content padded beside it',
      check: async (context) => {
        const found = await fixedEdges(context);
        must(found.sidebar && found.sidebarOnTop, 'no fixed full-height sidebar on top at the left');
        must(found.sidebarLinks >= 3, `the sidebar has ${found.sidebarLinks} links`);
        must(!found.bar, 'a fixed bar at the bottom');
        must(found.roomMade, 'the content does not make room for the sidebar');
      },
    },
    render: () => `<style>
  body { padding-left: 210px; }
  .site-sidebar { position: fixed; top: 0; bottom: 0; left: 0; width: 190px; z-index: 800; overflow-y: auto; background: #1f3b5a; color: #fff; padding: 14px 10px; }
  .site-sidebar .site-sidebar-title { font-weight: bold; font-size: 15px; margin-bottom: 14px; }
  .site-sidebar ul { list-style: none; margin: 0; padding: 0; }
  .site-sidebar a { display: block; padding: 7px 6px; color: #dfe8f2; text-decoration: none; border-bottom: 1px solid #2d5073; }
</style>
<aside class="site-sidebar">
  <div class="site-sidebar-title">e-Invoice System</div>
  <ul>
    <li><a href="#">User Manual</a></li>
    <li><a href="#">FAQs</a></li>
    <li><a href="#">Downloads</a></li>
    <li><a href="#">Help Desk</a></li>
  </ul>
</aside>`,
  },
  'cookie-bar': {
    description: 'a cookie bar fixed at the bottom of every page, above everything, with "Accept"',
    trait: {
      screen: 'home',
      claim:
        'a full-width fixed bar on top at the bottom with an "Accept" button, the content padded above it',
      check: async (context) => {
        const found = await fixedEdges(context);
        must(found.bar && found.barOnTop, 'no fixed bar on top at the bottom');
        must(
          found.barButtons.includes('Accept'),
          `the bar's buttons read ${JSON.stringify(found.barButtons)}`,
        );
        must(!found.sidebar, 'a fixed full-height sidebar');
        must(found.roomMade, 'the content does not make room for the bar');
      },
    },
    render: () => `<style>
  body { padding-bottom: 64px; }
  .cookie-consent { position: fixed; left: 0; right: 0; bottom: 0; z-index: 99999; display: flex; align-items: center; justify-content: center; gap: 16px; padding: 12px 20px; background: #222; color: #eee; font-size: 14px; }
  .cookie-consent button { padding: 6px 18px; border: 0; border-radius: 3px; background: #f0b400; color: #222; font-weight: bold; cursor: pointer; }
</style>
<div class="cookie-consent" id="cookieConsent">
  <span>This website uses cookies to improve your experience. By continuing you agree to their use.</span>
  <button type="button" id="btnAcceptCookies">Accept</button>
</div>
<script>
  // Accepting hides the bar for the rest of the session, as consent banners do.
  (function () {
    var bar = document.getElementById('cookieConsent');
    if (sessionStorage.getItem('cookiesAccepted') === 'yes') bar.style.display = 'none';
    document.getElementById('btnAcceptCookies').addEventListener('click', function () {
      sessionStorage.setItem('cookiesAccepted', 'yes');
      bar.style.display = 'none';
    });
  })();
</script>`,
  },
} as const satisfies Record<string, PageChromeForm>;
