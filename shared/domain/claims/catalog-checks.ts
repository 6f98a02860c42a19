import type { LocalizedText } from '../../api/result';

// The claim-time rules a catalogue row can already break when it is saved: the form warns then,
// instead of the claim holding visits back a month later.

export interface DrugForClaims {
  price: number;
  insuredPrice: number | null;
  tenderInfo: string | null;
  routeCode: string | null;
}

export interface ServiceForClaims {
  insuredPrice: number | null;
  bhxhCode: string | null;
}

/** A drug BHYT pays for must carry one price (XML2 DON_GIA), its tender and its route code. */
export function drugClaimWarnings(drug: DrugForClaims): LocalizedText[] {
  if (drug.insuredPrice === null) return [];
  const warnings: LocalizedText[] = [];
  if (drug.insuredPrice !== drug.price) {
    warnings.push({
      key: 'catalog.warn.drugPriceSplit',
      params: { price: drug.price, insuredPrice: drug.insuredPrice },
    });
  }
  if (!drug.tenderInfo) warnings.push({ key: 'catalog.warn.noTender' });
  if (!drug.routeCode) warnings.push({ key: 'catalog.warn.noRouteCode' });
  return warnings;
}

/** A service BHYT pays for is claimed under its shared-list code (XML3 MA_DICH_VU). */
export function serviceClaimWarnings(service: ServiceForClaims): LocalizedText[] {
  return service.insuredPrice !== null && !service.bhxhCode
    ? [{ key: 'catalog.warn.noBhxhCode' }]
    : [];
}
