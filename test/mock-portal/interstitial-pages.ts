/**
 * Pages the portal map does not know, standing between two steps and holding nothing the next
 * step needs, only a way on (issue 18 §3; the `interstitial` fault): a plain page of the
 * portal's look, never a popup. Real portals put such pages in the way after a login (an
 * advisory to acknowledge) or before it (a welcome page with a link into the system). The bot
 * passes them headless only once an operator has shown it the way on.
 */
import { escapeHtml } from './pages.js';
import type { Interstitial } from './types.js';

/** Where each page's way on leads, posted or followed (server.ts routes). */
export const ADVISORY_PATH = '/Home/Advisory';
export const ENTER_PATH = '/Home/Enter';

export const INTERSTITIAL_TEXTS: Record<Interstitial, { title: string; heading: string; wayOn: string }> = {
  advisory: { title: 'Advisory', heading: 'Advisory', wayOn: 'Proceed to Dashboard' },
  landing: {
    title: 'e-Invoice System | Welcome',
    heading: 'Welcome to the e-Invoice System',
    wayOn: 'Continue to the e-Invoice System',
  },
};

/** The advisory shown after the login OTP: acknowledged by a button that posts the page. */
export function advisoryPage(token: string): string {
  const { title, heading, wayOn } = INTERSTITIAL_TEXTS.advisory;
  return page(
    title,
    heading,
    `<p>From 1 January, e-Invoices must be reported within 30 days of the document date. Taxpayers are advised to keep their API users' contact details up to date.</p>
<p>Read the advisories section of the portal for the detailed rules.</p>
<form method="post" action="${ADVISORY_PATH}"><input type="hidden" name="__RequestVerificationToken" value="${escapeHtml(token)}"><button type="submit" class="btn">${escapeHtml(wayOn)}</button></form>`,
  );
}

/** The welcome page at the portal's address: a link leads on to the home page and its Login. */
export function landingPage(): string {
  const { title, heading, wayOn } = INTERSTITIAL_TEXTS.landing;
  return page(
    title,
    heading,
    `<p>The e-Invoice System generates the Invoice Reference Number for business-to-business invoices.</p>
<p><a href="${ENTER_PATH}">${escapeHtml(wayOn)}</a></p>`,
  );
}

function page(title: string, heading: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 0; font-family: Arial, sans-serif; color: #222; background: #f4f6f9; }
.govstrip { background: #1b3a6b; color: #fff; font-size: 12px; padding: 4px 16px; }
header { background: #fff; border-bottom: 3px solid #f7941d; padding: 12px 16px; }
.brand { font-size: 20px; font-weight: bold; color: #1b3a6b; }
main { padding: 24px; }
.panel { background: #fff; border: 1px solid #d6dde8; max-width: 640px; margin: 0 auto; padding: 16px 24px; }
.btn { background: #1b3a6b; color: #fff; border: 0; padding: 8px 16px; cursor: pointer; }
a { color: #1b3a6b; }
footer { font-size: 11px; color: #666; text-align: center; padding: 16px; }
</style>
</head>
<body>
<div class="govstrip">Government of India &middot; Goods and Services Tax</div>
<header><span class="brand">e-Invoice System</span></header>
<main><div class="panel"><h2>${escapeHtml(heading)}</h2>${body}</div></main>
<footer>Recorded mock of the E-Invoice System portal, for tests. Not the real portal.</footer>
</body>
</html>`;
}
