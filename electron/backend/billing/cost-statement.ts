import { eq } from 'drizzle-orm';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Db } from '../../../db/client';
import { visits, type InvoiceLineRow } from '../../../db/schema';
import { formatIsoDate } from '../../../shared/domain/dates';
import { formatVnd, vndInWords } from '../../../shared/domain/money';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { mm } from '../documents/pdf';
import { getPatientRow } from '../patients/registry';
import { readSection } from '../settings/store';
import { getVisitRow } from '../visits/visits';
import { diagnosesOf } from './diagnoses';
import { invoiceLinesOf } from './invoices';
import type { InvoiceRow } from '../../../db/schema';
import { fromMilli, groupUnitPrice } from '../../../shared/domain/unit-price';
import { patientAddress } from './patient-address';

const vi = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);
const money = (n: number): string => formatVnd(n).replace(' đ', '');

const COLUMNS: MessageKey[] = [
  'billing.statement.col.no',
  'billing.statement.col.item',
  'billing.statement.col.unit',
  'billing.statement.col.quantity',
  'billing.statement.col.unitPrice',
  'billing.statement.col.amount',
  'billing.statement.col.insurance',
  'billing.statement.col.coPay',
  'billing.statement.col.selfPay',
];

function lineRow(line: InvoiceLineRow, index: number): TableCell[] {
  const right = (text: string): TableCell => ({ text, alignment: 'right' });
  return [
    { text: String(index + 1), alignment: 'center' },
    line.name,
    line.unit,
    right(String(line.quantity)),
    right(groupUnitPrice(fromMilli(line.unitPriceMilli))),
    right(money(line.total)),
    right(money(line.insurancePays)),
    right(money(line.coPay)),
    right(money(line.patientPays)),
  ];
}

function sumRow(label: string, lines: readonly InvoiceLineRow[], bold: boolean): TableCell[] {
  const sum = (pick: (l: InvoiceLineRow) => number) =>
    money(lines.reduce((s, l) => s + pick(l), 0));
  return [
    { text: label, colSpan: 5, bold },
    '',
    '',
    '',
    '',
    ...[
      sum((l) => l.total),
      sum((l) => l.insurancePays),
      sum((l) => l.coPay),
      sum((l) => l.patientPays),
    ].map((text): TableCell => ({ text, alignment: 'right', bold })),
  ];
}

function field(label: MessageKey, value: string): Content {
  return {
    text: [
      { text: `${vi(label)}: `, color: '#444' },
      { text: value, bold: true },
    ],
  };
}

/**
 * Form 01/BV, the cost statement of an outpatient visit: who and which card, every line with
 * quantity, unit price, total, the fund's and the patient's shares, and four signatures.
 */
export function costStatementDocument(db: Db, invoice: InvoiceRow): TDocumentDefinitions {
  const visit = getVisitRow(db, invoice.visitId);
  const patient = getPatientRow(db, invoice.patientId);
  const facility = readSection(db, 'facility');
  const lines = invoiceLinesOf(db, invoice.id);
  const diagnoses = diagnosesOf(db, eq(visits.id, visit.id)).get(visit.id) ?? [];
  const groups: Array<[MessageKey, InvoiceLineRow[]]> = [
    ['billing.statement.group.services', lines.filter((l) => l.kind === 'service')],
    ['billing.statement.group.drugs', lines.filter((l) => l.kind === 'drug')],
  ];
  const body: TableCell[][] = [
    COLUMNS.map((key) => ({ text: vi(key), bold: true, alignment: 'center', fontSize: 8 })),
  ];
  let index = 0;
  for (const [label, group] of groups) {
    if (group.length === 0) continue;
    body.push([{ text: vi(label), colSpan: 9, bold: true }, '', '', '', '', '', '', '', '']);
    for (const line of group) body.push(lineRow(line, index++));
    body.push(sumRow(vi('billing.statement.subtotal'), group, false));
  }
  body.push(sumRow(vi('billing.statement.total'), lines, true));
  const birth = patient.birthDate ? formatIsoDate(patient.birthDate) : String(patient.birthYear);
  const card = visit.bhytCode
    ? [
        field('billing.statement.card', visit.bhytCode),
        field(
          'billing.statement.validity',
          `${formatIsoDate(visit.bhytValidFrom ?? '')} – ${formatIsoDate(visit.bhytValidTo ?? '')}`,
        ),
        field('billing.statement.registered', visit.bhytFacilityCode ?? ''),
        field('billing.statement.benefit', `${invoice.benefitPercent}%`),
      ]
    : [field('billing.statement.card', vi('billing.statement.noCard'))];
  const signature = (key: MessageKey): Content => ({
    stack: [
      { text: vi(key), bold: true },
      { text: vi('billing.statement.signHint'), italics: true, fontSize: 8 },
    ],
    alignment: 'center',
  });
  return {
    pageSize: 'A4',
    pageMargins: [mm(15), mm(12), mm(12), mm(12)],
    info: { title: `${vi('billing.statement.title')} ${patient.code}` },
    defaultStyle: { fontSize: 9.5 },
    content: [
      {
        columns: [
          {
            stack: [
              { text: facility.name.toUpperCase(), bold: true },
              vi('billing.statement.facilityCode', { code: facility.code }),
            ],
          },
          { text: vi('billing.statement.form'), alignment: 'right', bold: true },
        ],
      },
      {
        text: vi('billing.statement.title'),
        bold: true,
        fontSize: 13,
        alignment: 'center',
        margin: [0, 10, 0, 8],
      },
      {
        columns: [
          {
            stack: [
              field('billing.statement.name', patient.fullName.toUpperCase()),
              field('billing.statement.birth', birth),
              field('billing.statement.sex', vi(`patients.sex.${patient.sex}`)),
              field('billing.statement.address', patientAddress(patient)),
              field('billing.statement.patientCode', patient.code),
            ],
          },
          {
            stack: [
              ...card,
              field('billing.statement.visitDate', formatIsoDate(visit.visitDate)),
              field(
                'billing.statement.diagnosis',
                diagnoses.map((d) => `${d.name} (${d.code})`).join('; '),
              ),
            ],
          },
        ],
        columnGap: mm(6),
        margin: [0, 0, 0, 8],
      },
      {
        table: { headerRows: 1, widths: [16, '*', 32, 34, 48, 52, 52, 48, 48], body },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
        fontSize: 8.5,
      },
      {
        stack: [
          field('billing.statement.fundPays', formatVnd(invoice.insurancePays)),
          field('billing.statement.patientPaysAll', formatVnd(invoice.patientDue)),
          field('billing.statement.otherSources', formatVnd(invoice.otherSources)),
          {
            text: vi('billing.statement.inWords', { words: vndInWords(invoice.patientDue) }),
            italics: true,
          },
        ],
        margin: [0, 8, 0, 16],
      },
      {
        columns: [
          signature('billing.statement.sign.patient'),
          signature('billing.statement.sign.preparer'),
          signature('billing.statement.sign.accountant'),
          signature('billing.statement.sign.insurer'),
        ],
      },
    ],
  };
}
