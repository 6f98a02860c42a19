import { describe, expect, it } from 'vitest';
import { cachDung, lieuDung } from '../../shared/domain/claims/lieu-dung';

describe('LIEU_DUNG in the decision’s form (QĐ 130 Bảng 2)', () => {
  it.each([
    // The decision's own example: 2 viên/lần, 2 lần/ngày, 5 ngày.
    [{ morning: '2', evening: '2' }, 'Viên', 5, '2 viên/lần * 2 lần/ngày * 5 ngày [4 viên/ngày]'],
    [
      { morning: '1', afternoon: '1' },
      'Viên',
      30,
      '1 viên/lần * 2 lần/ngày * 30 ngày [2 viên/ngày]',
    ],
    [{ morning: '1/2' }, 'Viên', 10, '1/2 viên/lần * 1 lần/ngày * 10 ngày [1/2 viên/ngày]'],
    // Doses that change through the day are written each, as the decision's second example.
    [
      { morning: '3', afternoon: '2', evening: '1' },
      'viên',
      7,
      'Sáng: 3 viên, Chiều: 2 viên, Tối: 1 viên * 7 ngày [6 viên/ngày]',
    ],
    [
      { morning: '5', noon: '', evening: '0' },
      'ml',
      3,
      '5 ml/lần * 1 lần/ngày * 3 ngày [5 ml/ngày]',
    ],
  ])('%j %s for %i days', (dose, unit, days, expected) => {
    expect(lieuDung(dose, unit, days)).toBe(expected);
  });

  it('writes CACH_DUNG from the route and the note without repeating the route', () => {
    expect(cachDung('Uống', 'Uống sau ăn')).toBe('Uống sau ăn');
    expect(cachDung('Uống', 'sau ăn no')).toBe('Uống sau ăn no');
    expect(cachDung('Uống', null)).toBe('Uống');
    expect(cachDung(null, 'nhai kỹ')).toBe('Nhai kỹ');
    expect(cachDung('Nhỏ mắt', 'ngày 3 lần')).toBe('Nhỏ mắt ngày 3 lần');
  });

  it('gives nothing for a dose that does not compute', () => {
    expect(lieuDung({ morning: 'một' }, 'viên', 5)).toBeNull();
    expect(lieuDung({}, 'viên', 5)).toBeNull();
    expect(lieuDung({ morning: '1' }, 'viên', 0)).toBeNull();
  });
});
