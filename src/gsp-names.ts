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
