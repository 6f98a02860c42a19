import type { InvoiceLineRow, InvoiceRow, PatientRow } from '../../../db/schema';
import { paymentMethodOn, type ClaimsSettings } from '../../../shared/api/billing-settings';
import type { LocalizedText } from '../../../shared/api/result';
import { oldDistrictOf, type OldUnitsByWard } from '../../../shared/domain/admin-units';
import { checkClaimTotals } from '../../../shared/domain/claims/check';
import { claimFromInvoice, type ClaimInput } from '../../../shared/domain/claims/from-invoice';
import { describeProblem, type ClaimProblem } from '../../../shared/domain/claims/problems';
import { checkAgainstSheet } from '../../../shared/domain/claims/sheet-check';
import { visitObjectCode } from '../../../shared/domain/claims/visit-object';
import type { ClaimRecord } from '../../../shared/domain/claims/xml130-fields';
import type {
  CoverageLineResult,
  CoverageResult,
  CoverageTotals,
  Scope,
} from '../../../shared/domain/coverage';
import { fromMilli } from '../../../shared/domain/unit-price';
import { patientAddress } from '../billing/patient-address';
import type { ClaimSource } from './load';

/** MA_LK: the visit's day and queue number, unique at the station ("202611260012"). */
export function claimLink(visit: { visitDate: string; queueNumber: number }): string {
  return `${visit.visitDate.replace(/-/g, '')}${String(visit.queueNumber).padStart(4, '0')}`;
}

/** The stored invoice as the coverage result it was priced from: claims repeat its figures. */
export function storedCoverage(
  invoice: InvoiceRow,
  lines: readonly InvoiceLineRow[],
): CoverageResult {
  const results: CoverageLineResult[] = lines.map((l) => ({
    line: {
      kind: l.kind,
      refId: l.refId,
      name: l.name,
      quantity: l.quantity,
      unitPrice: fromMilli(l.unitPriceMilli),
      insuredUnitPrice: fromMilli(l.insuredUnitPriceMilli),
      coverageRatio: l.coverageRatio,
      scope: l.scope as Scope,
    },
    covered: l.covered,
    benefitPercent: l.benefitPercent,
    amount: l.total,
    insuredAmount: l.insuredAmount,
    insurancePays: l.insurancePays,
    coPay: l.coPay,
    patientPays: l.patientPays,
    otherSources: l.otherSources,
    notes: l.notes,
  }));
  const totals: CoverageTotals = {
    amount: invoice.total,
    insuredAmount: results.reduce((s, r) => s + r.insuredAmount, 0),
    insurancePays: invoice.insurancePays,
    coPay: invoice.coPay,
    patientPays: invoice.patientPays,
    otherSources: invoice.otherSources,
    drugs: results.filter((r) => r.line.kind === 'drug').reduce((s, r) => s + r.amount, 0),
    supplies: 0,
    services: results.filter((r) => r.line.kind !== 'drug').reduce((s, r) => s + r.amount, 0),
  };
  return {
    status: invoice.coverageStatus,
    benefitLevel: invoice.benefitLevel as CoverageResult['benefitLevel'],
    benefitPercent: invoice.benefitPercent,
    lowCostApplied: invoice.lowCostApplied,
    lowCostThreshold: invoice.lowCostThreshold,
    reasons: invoice.reasons,
    lines: results,
    totals,
  };
}

export interface BuiltClaim {
  source: ClaimSource;
  link: string;
  record: ClaimRecord | null;
  problems: ClaimProblem[];
}

/** What every claim of a batch is built with besides its own rows. */
export interface ClaimContext {
  facilityCode: string;
  settings: ClaimsSettings;
  oldUnits: OldUnitsByWard;
  routeCodes: ReadonlySet<string>;
}

/** What stops a claim being built at all (nothing to send, or nothing the fund pays). */
function sourceProblems(source: ClaimSource): LocalizedText[] {
  const { visit, invoice } = source;
  const problems: LocalizedText[] = [];
  if (!invoice) return [{ key: 'claims.problem.noInvoice' }];
  if (!invoice.settledAt) problems.push({ key: 'claims.problem.notSettled' });
  if (invoice.coverageStatus !== 'covered') {
    problems.push({
      key: 'claims.problem.cardInvalid',
      params: {
        date: visit.visitDate,
        from: visit.bhytValidFrom ?? '',
        to: visit.bhytValidTo ?? '',
      },
    });
  }
  if (source.lines.length === 0) problems.push({ key: 'claims.problem.noLines' });
  return problems;
}

/** Who the patient is, as every table that names them writes it. */
export function claimIdentity(patient: PatientRow): {
  code: string;
  fullName: string;
  citizenId: string;
  birthDate: string;
  sex: PatientRow['sex'];
} {
  return {
    code: patient.code,
    fullName: patient.fullName,
    citizenId: patient.cccd ?? '',
    birthDate: patient.birthDate ?? String(patient.birthYear),
    sex: patient.sex,
  };
}

/** Below working age a patient has no occupation yet: 00000 (QĐ 130, MA_NGHE_NGHIEP). */
const WORKING_AGE = 15;

function occupationCode(source: ClaimSource): string | undefined {
  const { patient, visit } = source;
  if (patient.occupationCode) return patient.occupationCode;
  const years = Number(visit.visitDate.slice(0, 4)) - patient.birthYear;
  return years < WORKING_AGE ? '00000' : undefined;
}

/**
 * NGAY_RA: when the visit was complete, the last of the exam's end, the drugs handed over and
 * the results written; every order's time then falls inside NGAY_VAO–NGAY_RA.
 */
function visitEnd(source: ClaimSource): string {
  const times = [
    source.visit.createdAt,
    source.exam?.finishedAt,
    ...source.details.flatMap((d) => [d.orderedAt, d.performedAt, d.resultAt]),
  ].filter((t): t is string => typeof t === 'string');
  return times.reduce((latest, t) => (Date.parse(t) > Date.parse(latest) ? t : latest));
}

function claimInput(
  source: ClaimSource,
  invoice: InvoiceRow,
  context: ClaimContext,
  sequence: number,
): ClaimInput {
  const { visit, patient, exam } = source;
  const { facilityCode, settings } = context;
  const link = claimLink(visit);
  const [primary, ...secondary] = source.diagnoses;
  const district = oldDistrictOf(context.oldUnits, patient.wardCode, patient.oldWardCode);
  const occupation = occupationCode(source);
  return {
    facilityCode,
    sequence,
    patient: {
      ...claimIdentity(patient),
      address: patientAddress(patient),
      phone: patient.phone ?? '',
      nationalityCode: patient.nationalityCode ?? settings.vietnamNationalityCode,
      ...(patient.ethnicityCode && { ethnicityCode: patient.ethnicityCode }),
      ...(occupation && { occupationCode: occupation }),
      ...(patient.provinceCode && { provinceCode: patient.provinceCode }),
      ...(district.kind === 'known' && { districtCode: district.districtCode }),
      ...(patient.wardCode && { communeCode: patient.wardCode }),
    },
    card: {
      code: visit.bhytCode ?? '',
      validFrom: visit.bhytValidFrom ?? '',
      validTo: visit.bhytValidTo ?? '',
      registeredFacility: visit.bhytFacilityCode ?? '',
      ...(patient.bhytFiveYearDate && { fiveYearsFrom: patient.bhytFiveYearDate }),
    },
    diagnosis: {
      primary: primary ?? { code: '', name: '' },
      secondary,
    },
    visit: {
      code: link,
      startedAt: visit.createdAt,
      endedAt: visitEnd(source),
      ...(invoice.settledAt && { paidAt: invoice.settledAt }),
      reason: visit.reason ?? exam?.complaint ?? '',
      visitObjectCode: visitObjectCode({
        facilityCode,
        registeredFacility: visit.bhytFacilityCode ?? '',
        emergency: visit.priority === 'emergency',
        diagnosisCodes: source.diagnoses.map((d) => d.code),
      }).code,
      departmentCode: settings.departmentCode,
      doctorCode: source.doctor?.code ?? '',
      headCode: settings.headCode,
      resultCode: settings.resultCode,
      paymentMethod: paymentMethodOn(settings.paymentMethods, visit.visitDate),
      ...(exam?.advice && { advice: exam.advice }),
      ...(source.weightKg !== null && { weightKg: source.weightKg }),
      ...(exam?.reexamDate && { reExam: { date: exam.reexamDate, slipNumber: link } }),
    },
    coverage: storedCoverage(invoice, source.lines),
    details: source.details,
  };
}

/** XML1 totals against the invoice the patient paid: the claim must repeat it to the dong. */
function invoiceMismatch(record: ClaimRecord, invoice: InvoiceRow): LocalizedText[] {
  const pairs: Array<[string, number, number]> = [
    ['T_TONGCHI_BV', record.xml1.T_TONGCHI_BV, invoice.total],
    ['T_BHTT', record.xml1.T_BHTT, invoice.insurancePays],
    ['T_BNCCT', record.xml1.T_BNCCT, invoice.coPay],
    ['T_BNTT', record.xml1.T_BNTT, invoice.patientPays],
    ['T_NGUONKHAC', record.xml1.T_NGUONKHAC, invoice.otherSources],
  ];
  return pairs
    .filter(([, claimed, billed]) => claimed !== billed)
    .map(([field, claimed, billed]) => ({
      key: 'claims.problem.invoiceTotals',
      params: { field, claimed, billed },
    }));
}

/**
 * Builds each visit's claim and checks it against every rule of the gateway's sheet Tram can
 * check offline; a visit with any problem has no record (it stays out of the file).
 */
export function buildClaims(sources: readonly ClaimSource[], context: ClaimContext): BuiltClaim[] {
  return sources.map((source, index) => {
    const link = claimLink(source.visit);
    const subject: LocalizedText = {
      key: 'claims.subject.visit',
      params: { patient: source.patient.fullName, link },
    };
    const asVisit = (problems: readonly LocalizedText[]): ClaimProblem[] =>
      problems.map((p) => ({ ...p, subject }));
    const problems = sourceProblems(source);
    const invoice = source.invoice;
    if (!invoice || problems.length > 0) {
      return { source, link, record: null, problems: asVisit(problems) };
    }
    const outcome = claimFromInvoice(claimInput(source, invoice, context, index + 1));
    if (!outcome.ok) return { source, link, record: null, problems: asVisit(outcome.problems) };
    const record = outcome.value;
    const checks: ClaimProblem[] = [
      ...checkAgainstSheet(record, { routeCodes: context.routeCodes }).map((p) =>
        describeProblem(p, outcome.subjects),
      ),
      ...asVisit([...checkClaimTotals(record), ...invoiceMismatch(record, invoice)]),
    ];
    return { source, link, record: checks.length ? null : record, problems: checks };
  });
}
