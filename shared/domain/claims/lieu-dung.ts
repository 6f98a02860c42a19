import {
  DOSE_TAKES,
  addFractions,
  formatDoseAmount,
  fraction,
  parseDose,
  type Dose,
  type DoseTake,
  type Fraction,
} from '../dosing';
import { foldVietnamese } from '../text';

const TAKE_NAMES: Readonly<Record<DoseTake, string>> = {
  morning: 'Sáng',
  noon: 'Trưa',
  afternoon: 'Chiều',
  evening: 'Tối',
};

const sameAmount = (a: Fraction, b: Fraction): boolean => a.num * b.den === b.num * a.den;

/**
 * LIEU_DUNG as QĐ 130 Bảng 2 writes it for outpatients: amount per take × takes per day × days,
 * the daily total in brackets ("1 viên/lần * 2 lần/ngày * 30 ngày [2 viên/ngày]"); takes of
 * different amounts are written each ("Sáng: 3 viên, Chiều: 2 viên, Tối: 1 viên * 30 ngày
 * [6 viên/ngày]"). Null when no take parses (the prescription checks refuse that already).
 */
export function lieuDung(dose: Dose, unit: string, days: number): string | null {
  const unitText = unit.trim().toLocaleLowerCase('vi');
  const takes: Array<{ take: DoseTake; amount: Fraction }> = [];
  for (const take of DOSE_TAKES) {
    const value = dose[take];
    if (value === null || value === undefined || String(value).trim() === '') continue;
    const parsed = parseDose(value);
    if (!parsed.ok) return null;
    if (parsed.value.num > 0) takes.push({ take, amount: parsed.value });
  }
  const [first] = takes;
  if (!first || !Number.isSafeInteger(days) || days < 1) return null;
  const daily = takes.reduce((sum, t) => addFractions(sum, t.amount), fraction(0));
  const perDay = `[${formatDoseAmount(daily)} ${unitText}/ngày]`;
  if (takes.every((t) => sameAmount(t.amount, first.amount))) {
    const each = formatDoseAmount(first.amount);
    return `${each} ${unitText}/lần * ${takes.length} lần/ngày * ${days} ngày ${perDay}`;
  }
  const detail = takes
    .map((t) => `${TAKE_NAMES[t.take]}: ${formatDoseAmount(t.amount)} ${unitText}`)
    .join(', ');
  return `${detail} * ${days} ngày ${perDay}`;
}

/**
 * CACH_DUNG: the doctor's words on how to take it ("Uống sau ăn"). The route leads unless the
 * note already says it, so "Uống" and "uống sau ăn" do not make "Uống uống sau ăn".
 */
export function cachDung(route: string | null, note: string | null): string {
  const how = route?.trim() ?? '';
  const said = note?.trim() ?? '';
  if (!said) return how;
  if (!how || foldVietnamese(said).startsWith(foldVietnamese(how))) {
    return said.charAt(0).toLocaleUpperCase('vi') + said.slice(1);
  }
  return `${how} ${said.charAt(0).toLocaleLowerCase('vi')}${said.slice(1)}`;
}
