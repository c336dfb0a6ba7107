/**
 * The entry of the teaching bundle: the teaching library bound to the binding and the marker
 * attribute. The bundle's value is the library (scripts/bundle-in-page.mjs makes it an expression).
 */
import { teachingLib } from './teaching.js';
import { SHOWN_ATTRIBUTE, SHOWN_BINDING } from './teaching-names.js';

export const lib = teachingLib(SHOWN_BINDING, SHOWN_ATTRIBUTE);
