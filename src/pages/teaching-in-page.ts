/**
 * What runs inside the portal's page while the operator shows the bot an element (the code is
 * src/in-page/teaching.ts, bundled on its own into in-page-bundle.generated.ts): listeners that
 * catch the operator's click before the page sees it, and outlines around the candidates the bot
 * considered. `TEACHING_LIB_SOURCE` is an expression whose value is the library, bound to the
 * binding and the marker attribute below.
 */

export { SHOWN_ATTRIBUTE, SHOWN_BINDING } from '../in-page/teaching-names.js';
export { TEACHING_LIB_SOURCE } from './in-page-bundle.generated.js';
