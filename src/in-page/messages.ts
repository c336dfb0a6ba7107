/** The portal's inline error texts. */
import { candidatesOf } from './find.js';
import { ownText } from './text.js';

export const inlineErrors = (): string[] =>
  candidatesOf(document, { kind: 'error-message', texts: [], ids: [], names: [] })
    .map((el) => ownText(el).replace(/\s+/g, ' ').trim())
    .filter((text, index, all) => text !== '' && all.indexOf(text) === index);
