import type { InvoiceLineRow, InvoiceRow } from '../../../db/schema';
import type { ClaimsSettings, LocalizedText } from '../../../shared/api';
import { checkClaimTotals } from '../../../shared/domain/claims/check';
import { claimFromInvoice, type ClaimInput } from '../../../shared/domain/claims/from-invoice';
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
  problems: LocalizedText[];
}

function sourceProblems(source: ClaimSource): LocalizedText[] {
  const { visit, invoice, doctor } = source;
  const problems: LocalizedText[] = [];
  if (!invoice) return [{ key: 'claims.problem.noInvoice' }];
  if (!invoice.settledAt) problems.push({ key: 'claims.problem.notSettled' });
  if (source.diagnoses.length === 0) problems.push({ key: 'claims.problem.noDiagnosis' });
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
  if (!doctor?.code) {
    problems.push({ key: 'claims.problem.doctorCode', params: { name: doctor?.name ?? '—' } });
  }
  for (const line of source.lines) {
    if (line.kind === 'drug' && line.code.trim() === '') {
      problems.push({ key: 'claims.problem.drugCode', params: { name: line.name } });
    }
  }
  if (source.lines.length === 0) problems.push({ key: 'claims.problem.noLines' });
  return problems;
}

function claimInput(
  source: ClaimSource,
  invoice: InvoiceRow,
  facilityCode: string,
  settings: ClaimsSettings,
  sequence: number,
): ClaimInput {
  const { visit, patient, exam } = source;
  const link = claimLink(visit);
  const [primary, ...secondary] = source.diagnoses;
  const registered = visit.bhytFacilityCode === facilityCode;
  return {
    facilityCode,
    sequence,
    patient: {
      code: patient.code,
      fullName: patient.fullName,
      citizenId: patient.cccd ?? '',
      birthDate: patient.birthDate ?? String(patient.birthYear),
      sex: patient.sex,
      address: patientAddress(patient),
      phone: patient.phone ?? '',
      ...(patient.ethnicityCode && { ethnicityCode: patient.ethnicityCode }),
      ...(patient.provinceCode && { provinceCode: patient.provinceCode }),
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
      endedAt: exam?.finishedAt ?? visit.doneAt ?? visit.statusChangedAt,
      ...(invoice.settledAt && { paidAt: invoice.settledAt }),
      reason: visit.reason ?? exam?.complaint ?? '',
      visitObjectCode: registered ? settings.objectCodeRegistered : settings.objectCodeOther,
      departmentCode: settings.departmentCode,
      doctorCode: source.doctor?.code ?? '',
      headCode: settings.headCode,
      resultCode: settings.resultCode,
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

/** Builds each visit's claim and lists what would make the insurer reject it. */
export function buildClaims(
  sources: readonly ClaimSource[],
  facilityCode: string,
  settings: ClaimsSettings,
): BuiltClaim[] {
  return sources.map((source, index) => {
    const link = claimLink(source.visit);
    const problems = sourceProblems(source);
    const invoice = source.invoice;
    if (!invoice || problems.length > 0) return { source, link, record: null, problems };
    const outcome = claimFromInvoice(
      claimInput(source, invoice, facilityCode, settings, index + 1),
    );
    if (!outcome.ok) return { source, link, record: null, problems: outcome.problems };
    const checks = [...checkClaimTotals(outcome.value), ...invoiceMismatch(outcome.value, invoice)];
    return { source, link, record: checks.length ? null : outcome.value, problems: checks };
  });
}
