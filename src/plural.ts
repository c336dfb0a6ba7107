/**
 * A count with its noun in the right number: `1 character`, `3 characters`, `1 GSTIN`. Messages
 * use this rather than each writing its own `=== 1 ? '' : 's'` (or a "time(s)").
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
