/** Vietnam keeps UTC+7 all year (no daylight saving), so local dates are a fixed offset. */
export const VN_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VN_OFFSET_MINUTES * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** YYYY-MM-DD in Vietnam for an instant. */
export function localDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** HH:mm in Vietnam for an instant. */
export function localTime(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** The instant a Vietnamese calendar day (YYYY-MM-DD) starts. */
export function localDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);
}

/** The instant the next Vietnamese day starts: use as an exclusive upper bound. */
export function localDayEnd(date: string): Date {
  return new Date(localDayStart(date).getTime() + DAY_MS);
}

/** The calendar day `days` after a YYYY-MM-DD date (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD (no 2025-02-30). */
export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** dd/mm/yyyy HH:mm in Vietnam, as forms print it. */
export function formatLocalDateTime(iso: string): string {
  const instant = new Date(iso);
  const [y, m, d] = localDate(instant).split('-');
  return `${d}/${m}/${y} ${localTime(instant)}`;
}

/**
 * A date as staff type it: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or ddmmyyyy
 * (fast typing without separators), or already YYYY-MM-DD. Returns YYYY-MM-DD or null.
 */
export function parseTypedDate(input: string): string | null {
  const text = input.trim();
  if (isValidIsoDate(text)) return text;
  const match =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (!match) return null;
  const [, d = '', m = '', y = ''] = match;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** dd/mm/yyyy for a YYYY-MM-DD date. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
