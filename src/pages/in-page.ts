/**
 * What runs inside the portal's page, as the Node side sees it: the types of what it is asked
 * and answers (src/in-page/types.ts) and the library's source. The code itself is ordinary
 * modules under src/in-page/ (text, kinds, labels, find, popups, messages, screens, look),
 * bundled by esbuild into one minified script (scripts/bundle-in-page.mjs writes it into
 * in-page-bundle.generated.ts). The script's value is the library, which it also installs as
 * `globalThis.__einvPortalLib`: registered as the `portal=` selector engine (its `.engine`) and
 * called by `evaluate` (page-lib.ts), so every strategy runs in the page in one go rather than
 * one round trip per candidate.
 */

export type { PopupGlance, PortalLib } from '../in-page/portal-lib.js';
export type * from '../in-page/types.js';
export { PORTAL_LIB_SOURCE } from './in-page-bundle.generated.js';
