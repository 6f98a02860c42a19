import type { ServiceCategory } from '../../api/catalog';

/** MA_NHOM: the cost groups of QĐ 130's shared code list that a commune station bills. */
export const COST_GROUPS = {
  lab: '1',
  imaging: '2',
  functionalTest: '3',
  drug: '4',
  drugByRatio: '6',
  procedure: '8',
  serviceByRatio: '9',
  exam: '13',
} as const;

/** A service's group from its catalogue category; below a 100% ratio it is paid "by ratio". */
export function serviceCostGroup(category: ServiceCategory, coverageRatio: number): string {
  if (category === 'exam') return COST_GROUPS.exam;
  if (coverageRatio < 100) return COST_GROUPS.serviceByRatio;
  switch (category) {
    case 'lab':
      return COST_GROUPS.lab;
    case 'imaging':
      return COST_GROUPS.imaging;
    case 'procedure':
    case 'other':
      return COST_GROUPS.procedure;
  }
}

export function drugCostGroup(coverageRatio: number): string {
  return coverageRatio < 100 ? COST_GROUPS.drugByRatio : COST_GROUPS.drug;
}
