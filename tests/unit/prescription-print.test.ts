import { describe, expect, it } from 'vitest';
import {
  leadingZero,
  printedQuantity,
  printedUsage,
  prescriptionTypeOf,
} from '../../shared/domain/prescription-print';

describe('a prescription as TT 26/2025 wants it on paper', () => {
  it.each([
    [0, '00'],
    [5, '05'],
    [9, '09'],
    [10, '10'],
    [60, '60'],
    [1.5, '1.5'],
  ])('writes %s as %s', (n, text) => {
    expect(leadingZero(n)).toBe(text);
  });

  it('writes the quantity with its leading zero', () => {
    expect(printedQuantity(5, 'Viên')).toBe('05 Viên');
    expect(printedQuantity(60, 'Viên ')).toBe('60 Viên');
  });

  it.each([
    [
      { dose: { morning: '1' }, unit: 'Viên', days: 30, route: 'Uống', note: null },
      'Uống sáng 01 viên, trong 30 ngày.',
    ],
    [
      {
        dose: { morning: '1', afternoon: '1' },
        unit: 'Viên',
        days: 30,
        route: 'Uống',
        note: 'sau ăn',
      },
      'Uống sáng 01 viên, chiều 01 viên, trong 30 ngày. Sau ăn.',
    ],
    // The note says the route: the first sentence leaves it out, never "Uống … Uống".
    [
      { dose: { evening: '1/2' }, unit: 'Viên', days: 5, route: 'Uống', note: 'Uống sau ăn no.' },
      'Tối 1/2 viên, trong 05 ngày. Uống sau ăn no.',
    ],
    [
      {
        dose: { morning: '2', noon: '', evening: 0 },
        unit: 'mL',
        days: 7,
        route: null,
        note: 'lắc kỹ trước khi dùng,',
      },
      'Sáng 02 mL, trong 07 ngày. Lắc kỹ trước khi dùng.',
    ],
    [
      { dose: { morning: '1 1/2' }, unit: 'Gói', days: 3, route: 'Uống', note: '' },
      'Uống sáng 1 1/2 gói, trong 03 ngày.',
    ],
  ])('prints the usage of %j as "%s"', (line, text) => {
    expect(printedUsage(line)).toBe(text);
  });

  it.each([
    [['c', 'c'], 'c'],
    [['c', 'n'], 'n'],
    [['h', 'c'], 'h'],
    [['h', 'n'], 'n'],
    [['y', 'y'], 'y'],
    [['y', 'c'], 'c'],
    [[], 'c'],
  ] as const)('gives drugs typed %j an "%s" prescription', (types, letter) => {
    expect(prescriptionTypeOf(types)).toBe(letter);
  });
});
