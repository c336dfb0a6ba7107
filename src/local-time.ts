/**
 * Times as the operator reads them: the machine's local time with its offset from UTC, so a run
 * folder made at 14:03 in Mumbai reads 14-03, not 08-33Z, and still says which zone it is in.
 * The JSON records (report.json, batch.json) keep UTC ISO times for scripts; this is what a
 * person sees: folder names, report.html, the terminal.
 */

const two = (value: number) => String(value).padStart(2, '0');

/**
 * The offset of `date` in the machine's zone, in minutes east of UTC (India: 330), or the one given.
 * Taken per date, so a zone with summer time gets the offset in force at that moment.
 */
function offsetOf(date: Date, offsetMinutes?: number): number {
  return offsetMinutes ?? -date.getTimezoneOffset();
}

/** The wall-clock fields of `date` at `offset`, read through UTC so the machine's zone plays no part. */
function fields(date: Date, offset: number) {
  const shifted = new Date(date.getTime() + offset * 60_000);
  return {
    day: `${shifted.getUTCFullYear()}-${two(shifted.getUTCMonth() + 1)}-${two(shifted.getUTCDate())}`,
    hours: two(shifted.getUTCHours()),
    minutes: two(shifted.getUTCMinutes()),
    seconds: two(shifted.getUTCSeconds()),
  };
}

function offsetText(offset: number, separator: string): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${two(Math.floor(abs / 60))}${separator}${two(abs % 60)}`;
}

/**
 * For a folder name: `2026-11-25T14-03-07+0530`. No colons (Windows and zip refuse them); names
 * made in one zone sort by time, as the UTC names did.
 */
export function folderTimestamp(date: Date, offsetMinutes?: number): string {
  const offset = offsetOf(date, offsetMinutes);
  const { day, hours, minutes, seconds } = fields(date, offset);
  return `${day}T${hours}-${minutes}-${seconds}${offsetText(offset, '')}`;
}

/** For a person: `2026-11-25 14:03:07 +05:30`. */
export function displayTime(date: Date, offsetMinutes?: number): string {
  const offset = offsetOf(date, offsetMinutes);
  const { day, hours, minutes, seconds } = fields(date, offset);
  return `${day} ${hours}:${minutes}:${seconds} ${offsetText(offset, ':')}`;
}

const WITH_OFFSET = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?([+-]\d\d:\d\d)$/;

/**
 * An ISO time from a JSON record, for a person: a time written with an offset keeps it (it is
 * the zone the run was in); a UTC one is shown in the machine's zone. Anything else as it is.
 */
export function displayIsoTime(iso: string | undefined, offsetMinutes?: number): string {
  if (!iso) return '—';
  const own = WITH_OFFSET.exec(iso);
  if (own) return `${own[1]} ${own[2]} ${own[3]}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : displayTime(date, offsetMinutes);
}
