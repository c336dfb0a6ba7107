/**
 * The one HTML escaper of einv-gsp: report.html, the picture of a failed load and the scrubbed
 * recordings all put text that may come from the portal into HTML through it.
 */

/** Text made safe for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
