import { DOSE_TAKES, formatDoseAmount, parseDose, type Dose } from './dosing';
import type { PrescriptionType } from './prescription';
import { foldVietnamese } from './text';

// How TT 26/2025 wants a prescription written on paper: whole numbers under 10 with a leading
// zero, the number of days in each usage line, the doctor's note a sentence of its own.

/** "05", "30": a whole number under 10 gets a leading zero (TT 26/2025 Điều 8). */
export function leadingZero(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : String(n);
}

const TAKE_WORDS = { morning: 'sáng', noon: 'trưa', afternoon: 'chiều', evening: 'tối' } as const;

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** A sentence ends with one full stop (or the mark it already has). */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/[,;:]+$/, '');
  return /[.!?…]$/.test(trimmed) ? capitalised(trimmed) : `${capitalised(trimmed)}.`;
}

/** "Viên" from the catalogue reads "viên" mid-sentence; "IU", "mL" stay as written. */
function unitWord(unit: string): string {
  const trimmed = unit.trim();
  const second = trimmed.charAt(1);
  return second === second.toLocaleLowerCase('vi')
    ? trimmed.charAt(0).toLocaleLowerCase('vi') + trimmed.slice(1)
    : trimmed;
}

export interface PrintedLine {
  dose: Dose;
  unit: string;
  days: number;
  route: string | null;
  note: string | null;
}

/**
 * The usage line under a drug: "Uống sáng 01 viên, chiều 01 viên, trong 30 ngày." and the
 * note as its own sentence ("Sau ăn no."). When the note already says the route ("Uống sau
 * ăn"), the first sentence leaves it out, so the route is never written twice.
 */
export function printedUsage(line: PrintedLine): string {
  const unit = unitWord(line.unit);
  const takes: string[] = [];
  for (const take of DOSE_TAKES) {
    const value = line.dose[take];
    if (value === null || value === undefined || String(value).trim() === '') continue;
    const parsed = parseDose(value);
    if (parsed.ok && parsed.value.num === 0) continue;
    const amount = !parsed.ok
      ? String(value).trim()
      : parsed.value.den === 1
        ? leadingZero(parsed.value.num)
        : formatDoseAmount(parsed.value);
    takes.push(`${TAKE_WORDS[take]} ${amount} ${unit}`.trim());
  }
  const route = line.route?.trim() ?? '';
  const note = line.note?.trim() ?? '';
  const noteSaysRoute = route !== '' && foldVietnamese(note).startsWith(foldVietnamese(route));
  const lead = route && !noteSaysRoute ? `${route} ` : '';
  const days = `trong ${leadingZero(line.days)} ngày`;
  const first = sentence(`${lead}${[...takes, days].join(', ')}`);
  return note ? `${first} ${sentence(note)}` : first;
}

/** The quantity to hand over, as printed: "05 Viên", "60 Viên". */
export function printedQuantity(quantity: number, unit: string): string {
  return `${leadingZero(quantity)} ${unit.trim()}`;
}

/**
 * The type letter of a prescription (TT 26/2025; the code ends with it): narcotic drugs make
 * it an "n" prescription, psychotropic ones an "h", one of traditional medicines only a "y",
 * anything else a basic "c".
 */
export function prescriptionTypeOf(types: readonly PrescriptionType[]): PrescriptionType {
  if (types.includes('n')) return 'n';
  if (types.includes('h')) return 'h';
  if (types.length > 0 && types.every((t) => t === 'y')) return 'y';
  return 'c';
}
