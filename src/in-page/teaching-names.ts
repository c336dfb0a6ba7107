/** The names the teaching library and the Node side share. */

/** The attribute the marked node carries: `[data-einv-shown="<marker>"]`. */
export const SHOWN_ATTRIBUTE = 'data-einv-shown';
/** The binding the page calls with the marker. */
export const SHOWN_BINDING = '__einvShown';
