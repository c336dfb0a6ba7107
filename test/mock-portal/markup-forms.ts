/**
 * The part "markup": everything not yet a part of its own (labels, the menu, the form widgets,
 * the transport; the buttons are a part of their own, `button-forms.ts`), drawn as one of the
 * three recorded dialects. Issue 18 splits it into parts (label ↔ field, buttons, menu, OTP, registration type, GSP picker, Submit).
 */
import { BootstrapPages } from './bootstrap-pages.js';
import { type Form, must } from './forms.js';
import { LegacyTablePages } from './legacy-table-pages.js';
import { AccessiblePages, type DialectPages, type PartRenders } from './pages.js';

export type MarkupRender = (parts: PartRenders) => DialectPages;
export type MarkupForm = Form<MarkupRender>;

export const MARKUP_FORMS = {
  accessible: {
    description:
      'labels as text in the table cell beside each field, <button>s, ids on everything, full-page posts',
    trait: {
      screen: 'login',
      claim: 'the username is labelled by the cell before it; no <label> anywhere',
      check: async ({ page }) => {
        const found = await page.evaluate(() => {
          const field = document.querySelector('input[name="UserLogin.UserName"]');
          const cell = field?.closest('td')?.previousElementSibling;
          return {
            label: cell?.textContent?.trim() ?? '',
            labels: document.querySelectorAll('label').length,
          };
        });
        must(found.label === 'Username', `the cell before the username says "${found.label}"`);
        must(found.labels === 0, 'the page has <label>s');
      },
    },
    render: (parts) => new AccessiblePages(parts),
  },
  'legacy-table': {
    description:
      'ASP.NET WebForms: layout tables, decorated text beside fields, <input type=submit>, no label/aria/placeholder/role',
    trait: {
      screen: 'login',
      claim: 'no element has a <label>, a placeholder, an aria-* or a role',
      check: async ({ page }) => {
        const found = await page.evaluate(() => {
          const field = document.querySelector('input[name="UserLogin.UserName"]');
          const annotated = Array.from(document.querySelectorAll('*')).filter(
            (el) =>
              el.tagName === 'LABEL' ||
              el.hasAttribute('placeholder') ||
              el.hasAttribute('role') ||
              Array.from(el.attributes).some((attribute) => attribute.name.startsWith('aria-')),
          );
          return {
            label: field?.closest('td')?.previousElementSibling?.textContent?.trim() ?? '',
            annotated: annotated.map((el) => el.tagName.toLowerCase()),
          };
        });
        must(found.label === 'User Name*', `the cell before the username says "${found.label}"`);
        must(found.annotated.length === 0, `annotated elements: ${found.annotated.join(', ')}`);
      },
    },
    render: (parts) => new LegacyTablePages(parts),
  },
  bootstrap: {
    description:
      'Bootstrap 3/4 on ASP.NET Core MVC: <label>s without for in form groups, placeholders, AJAX for the API steps',
    trait: {
      screen: 'login',
      claim: 'the username has a <label> without for in its group and a placeholder',
      check: async ({ page }) => {
        const found = await page.evaluate(() => {
          const field = document.querySelector('input[name="UserLogin.UserName"]');
          const label = field?.parentElement?.querySelector('label');
          return {
            label: label?.textContent?.trim() ?? '',
            labelFor: label?.hasAttribute('for') ?? false,
            placeholder: field?.getAttribute('placeholder') ?? '',
          };
        });
        must(found.label === 'Username *', `the username's label says "${found.label}"`);
        must(!found.labelFor, 'the label has a for');
        must(found.placeholder !== '', 'the username has no placeholder');
      },
    },
    render: (parts) => new BootstrapPages(parts),
  },
} as const satisfies Record<string, MarkupForm>;
