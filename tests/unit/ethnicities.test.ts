import { describe, expect, it } from 'vitest';
import {
  ETHNICITIES,
  FOREIGNER_ETHNICITY_CODE,
  KINH_CODE,
  OTHER_ETHNICITY_CODES,
  ethnicityByCode,
} from '../../shared/domain/ethnicities';

describe('ethnicities', () => {
  it('lists the 54 groups with codes 01–54, each once', () => {
    expect(ETHNICITIES).toHaveLength(54);
    expect(ETHNICITIES.map((e) => e.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(new Set(ETHNICITIES.map((e) => e.name)).size).toBe(54);
  });

  it('keeps the codes the forms rely on', () => {
    expect(ethnicityByCode(KINH_CODE)?.name).toBe('Kinh');
    expect(ethnicityByCode('1')?.name).toBe('Kinh');
    expect(ethnicityByCode('04')?.name).toBe('Hoa');
    expect(ethnicityByCode('17')?.name).toBe('Chăm');
    expect(ethnicityByCode('54')?.name).toBe('Rơ măm');
    expect(ethnicityByCode(FOREIGNER_ETHNICITY_CODE)?.name).toBe('Người nước ngoài');
  });

  it('keeps the extra codes apart from the 54 and unknown codes out', () => {
    for (const extra of OTHER_ETHNICITY_CODES) {
      expect(ETHNICITIES.some((e) => e.code === extra.code)).toBe(false);
    }
    expect(ethnicityByCode('57')).toBeUndefined();
    expect(ethnicityByCode('')).toBeUndefined();
  });
});
