import { z } from 'zod';
import type { OldUnit, Province, Ward } from '../domain/admin-units';
import { query } from './contract';
import { empty } from './fields';

export interface RouteCodeView {
  /** MA_DUONG_DUNG, "1.01". */
  code: string;
  name: string;
}

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
  'reference.oldUnits': query<OldUnit[]>()({
    input: z.object({
      wardCode: z
        .string()
        .trim()
        .regex(/^\d{5}$/),
    }),
    access: 'authenticated',
    summary:
      'The pre-2025 wards (with their districts) a 2025 ward took: MAHUYEN_CU_TRU comes from the one the patient lived in.',
  }),
  'reference.routeCodes': query<RouteCodeView[]>()({
    input: empty,
    access: 'authenticated',
    summary: 'The Ministry of Health list of routes of administration (MA_DUONG_DUNG).',
  }),
} as const;
