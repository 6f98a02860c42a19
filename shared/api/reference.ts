import type { Province, Ward } from '../domain/admin-units';
import { query } from './contract';
import { empty } from './fields';

export interface AdminUnitsView {
  provinces: Province[];
  wards: Ward[];
}

/** Reference lists the renderer needs and cannot import (they live in Node packages). */
export const referenceApi = {
  'reference.adminUnits': query<AdminUnitsView>()({
    input: empty,
    access: 'authenticated',
    summary: 'The 34 provinces and 3,321 communes of the 2025 two-level administration.',
  }),
} as const;
