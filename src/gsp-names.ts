/**
 * GSP names vary in case and punctuation between the portal and the operator's notes
 * ("Pvt. Ltd." vs "Private Limited", "Tally ( India)"). Names are compared in a normal form;
 * when none matches, the closest names offered are reported.
 */
const WORDS: Array<[RegExp, string]> = [
  [/\bpvt\b/g, 'private'],
  [/\bltd\b/g, 'limited'],
  [/\bco\b/g, 'company'],
  [/\bcorp\b/g, 'corporation'],
];

export function normalizeGspName(name: string): string {
  let text = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ');
  for (const [pattern, word] of WORDS) text = text.replace(pattern, word);
  return text.replace(/\s+/g, ' ').trim();
}

export function sameGsp(a: string, b: string): boolean {
  return normalizeGspName(a) === normalizeGspName(b);
}

/** The offered name to pick: the exact text first, then the same name in normal form. */
export function matchGsp(wanted: string, offered: readonly string[]): string | undefined {
  return (
    offered.find((name) => name.trim() === wanted.trim()) ?? offered.find((name) => sameGsp(name, wanted))
  );
}

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

function similarity(a: string, b: string): number {
  const x = bigrams(normalizeGspName(a));
  const y = bigrams(normalizeGspName(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export function closestGspNames(wanted: string, offered: readonly string[], count = 3): string[] {
  return [...offered]
    .map((name) => ({ name, score: similarity(wanted, name) }))
    .sort((p, q) => q.score - p.score)
    .slice(0, count)
    .map((entry) => entry.name);
}

/**
 * The names the portal is known to list in "Select your GSP": those the public notes quote
 * (/work/shared/portal/einvoice1.md §6), spelled as quoted. The real list has several dozen
 * entries and nobody has published all of them, so a name missing here may still be offered:
 * it is a reason to look again before an OTP is spent, never to refuse.
 */
export const KNOWN_PORTAL_GSPS: readonly string[] = [
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Tera Software Limited',
  'Adaequare Info Private Limited',
  'Vay Network Services Pvt. Ltd.',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Masters India Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Cygnet Infotech Private Ltd',
  'Tally ( India) Private Ltd',
  'Webtel Electrosoft Private Limited',
];

/**
 * A warning for a GSP name none of the known ones matches (in normal form), naming the closest,
 * or undefined for a known name. `where` says where the name came from, as the operator would fix it.
 */
export function unknownGspWarning(name: string, where: string): string | undefined {
  if (matchGsp(name, KNOWN_PORTAL_GSPS)) return undefined;
  const [closest] = closestGspNames(name, KNOWN_PORTAL_GSPS, 1);
  return `${where}: "${name}" is not among the GSPs the portal is known to list; the closest is "${closest}". Check the spelling against the portal's "Select your GSP" before an OTP is spent (the names known here are only those published: one missing may still be offered).`;
}

/**
 * The warnings for a batch: the default GSP (`--gsp`, EINV_GSP) once, and each row whose own
 * `gsp` value is another name, at its line.
 */
export function batchGspWarnings(
  file: string,
  defaultGsp: string,
  rows: readonly { line: number; target: { gsp: string } }[],
): string[] {
  const warnings = [unknownGspWarning(defaultGsp, 'GSP (--gsp or EINV_GSP)')];
  for (const { line, target } of rows) {
    if (target.gsp !== defaultGsp) warnings.push(unknownGspWarning(target.gsp, `${file}:${line}: gsp`));
  }
  return warnings.filter((warning) => warning !== undefined);
}
