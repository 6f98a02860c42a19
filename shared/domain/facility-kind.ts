/**
 * What a Tram is, chosen at setup and never changed after: a station or clinic (the daily
 * work and its reports) or a district / regional health centre (adds up stations' bundles).
 * The kind decides which procedures and pages exist.
 */
export const FACILITY_KINDS = ['station', 'district'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];
