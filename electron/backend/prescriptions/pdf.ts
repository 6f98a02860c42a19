import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Settings, VisitDetail } from '../../../shared/api';
import { formatIsoDate, localDate } from '../../../shared/domain/dates';
import { printedQuantity, printedUsage } from '../../../shared/domain/prescription-print';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { qrRects } from '../documents/barcodes';
import { mm } from '../documents/pdf';

const MARGIN = mm(10);
const QR_SIZE = mm(20);
const MUTED = '#444444';
/** A5 less the margins. */
const CONTENT_WIDTH = mm(148) - 2 * MARGIN;
/** The drug list keeps room for this many lines; what stays empty is crossed out. */
const DRUG_SLOTS = 4;
const SLOT_HEIGHT = mm(10);

/** Printed in Vietnamese whatever the screen's language: the prescription is the patient's. */
const vi = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

/** "10,5 kg": Vietnamese decimal comma. */
const kilograms = (kg: number): string => `${String(kg).replace('.', ',')} kg`;

function field(label: MessageKey, value: string, bold = false): ContentText {
  return {
    text: [
      { text: `${vi(label)} `, color: MUTED },
      { text: value, bold },
    ],
  };
}

/** "Ngày 26 tháng 11 năm 2026", as Vietnamese documents date themselves. */
function longDate(date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return vi('clinical.rx.pdf.date', { day, month, year });
}

function header(facility: Settings['facility'], code: string): Content {
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: facility.name.toUpperCase(), bold: true, fontSize: 10 },
          ...(facility.address ? [{ text: facility.address, fontSize: 8, color: MUTED }] : []),
          ...(facility.phone
            ? [{ text: vi('clinical.rx.pdf.phone', { phone: facility.phone }), fontSize: 8 }]
            : []),
          {
            text: vi('clinical.rx.pdf.facilityCode', { code: facility.code }),
            fontSize: 8,
            color: MUTED,
          },
        ],
      },
      {
        width: QR_SIZE + mm(8),
        stack: [
          { canvas: qrRects(code, QR_SIZE), alignment: 'center' },
          { text: code, fontSize: 7, alignment: 'center', margin: [0, 2, 0, 0] },
        ],
      },
    ],
    columnGap: mm(3),
  };
}

function patientBlock(detail: VisitDetail): Content[] {
  const { patient } = detail;
  const birth = patient.birthDate ? formatIsoDate(patient.birthDate) : String(patient.birthYear);
  const age = patient.age ? ` (${vi(patient.age.key, patient.age.params)})` : '';
  const weight = detail.vitals?.weightKg;
  const bhyt = detail.bhyt?.code;
  return [
    {
      columns: [
        { width: '*', ...field('clinical.rx.pdf.name', patient.fullName.toUpperCase(), true) },
        { width: 'auto', ...field('clinical.rx.pdf.sex', vi(`patients.sex.${patient.sex}`)) },
      ],
      columnGap: mm(4),
    },
    {
      columns: [
        { width: '*', ...field('clinical.rx.pdf.birth', `${birth}${age}`) },
        ...(typeof weight === 'number'
          ? [{ width: 'auto', ...field('clinical.rx.pdf.weight', kilograms(weight)) }]
          : []),
      ],
      columnGap: mm(4),
    },
    field('clinical.rx.pdf.cccd', patient.cccd ?? '—'),
    ...(bhyt ? [field('clinical.rx.pdf.bhyt', bhyt)] : []),
    field('clinical.rx.pdf.address', patient.address ?? '—'),
    ...(patient.isUnder72Months && patient.guardian
      ? [field('clinical.rx.pdf.guardian', patient.guardian.name)]
      : []),
    field(
      'clinical.rx.pdf.diagnosis',
      detail.diagnoses
        .map((d) => `${d.code} - ${d.name}${d.text ? ` (${d.text})` : ''}`)
        .join('; '),
    ),
  ];
}

function items(detail: VisitDetail): Content[] {
  const list = detail.prescription?.items ?? [];
  return list.map((item, index) => ({
    margin: [0, 3, 0, 0],
    columns: [
      { width: mm(6), text: `${index + 1}.`, bold: true },
      {
        width: '*',
        stack: [
          {
            text: [
              { text: item.displayName, bold: true },
              ...(item.dosageForm ? [{ text: ` · ${item.dosageForm}`, color: MUTED }] : []),
            ],
          },
          { text: printedUsage(item), italics: true, fontSize: 9 },
        ],
      },
      {
        width: 'auto',
        text: printedQuantity(item.quantity, item.unit),
        bold: true,
        alignment: 'right',
      },
    ],
    columnGap: mm(1),
  }));
}

/**
 * The unused part of the drug list crossed out (TT 26/2025: nothing can be added below the
 * last drug): a diagonal line over the empty slots.
 */
function crossedOut(count: number): Content[] {
  const empty = DRUG_SLOTS - count;
  if (empty <= 0) return [];
  const height = empty * SLOT_HEIGHT;
  return [
    {
      margin: [mm(6), mm(1), 0, 0],
      canvas: [
        {
          type: 'line',
          x1: 0,
          y1: 0,
          x2: CONTENT_WIDTH - mm(6),
          y2: height,
          lineWidth: 0.6,
        },
      ],
    },
  ];
}

/** The A5 prescription of TT 26/2025, from the visit as visits.get reads it. */
export function prescriptionDocument(
  detail: VisitDetail,
  facility: Settings['facility'],
): TDocumentDefinitions {
  const prescription = detail.prescription;
  if (!prescription) throw new Error('prescriptionDocument needs a prescription');
  const { advice, reexamDate } = detail.notes;
  const written = localDate(new Date(prescription.updatedAt));
  return {
    pageSize: 'A5',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: {
      title: `${vi('clinical.rx.pdf.title')} ${prescription.code}`,
      subject: detail.patient.fullName,
    },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    content: [
      header(facility, prescription.code),
      {
        text: vi(`clinical.rx.pdf.title.${prescription.type}`),
        fontSize: 16,
        bold: true,
        alignment: 'center',
        margin: [0, mm(2), 0, 0],
      },
      {
        text: vi('clinical.rx.pdf.code', { code: prescription.code }),
        fontSize: 9,
        alignment: 'center',
        margin: [0, 0, 0, mm(3)],
      },
      { stack: patientBlock(detail) },
      { text: vi('clinical.rx.pdf.drugs'), bold: true, margin: [0, mm(3), 0, 0] },
      ...items(detail),
      ...crossedOut(prescription.items.length),
      {
        text: vi('clinical.rx.pdf.count', { count: prescription.items.length }),
        margin: [0, mm(2), 0, 0],
        fontSize: 9,
      },
      ...(advice
        ? [
            {
              ...field('clinical.rx.pdf.advice', advice),
              margin: [0, mm(2), 0, 0],
            } satisfies ContentText,
          ]
        : []),
      ...(reexamDate ? [field('clinical.rx.pdf.reexam', formatIsoDate(reexamDate), true)] : []),
      {
        unbreakable: true,
        margin: [0, mm(4), 0, 0],
        columns: [
          { width: '*', text: '' },
          {
            width: mm(60),
            alignment: 'center',
            stack: [
              { text: longDate(written), italics: true, fontSize: 9 },
              { text: vi('clinical.rx.pdf.prescriber'), bold: true },
              { text: vi('clinical.rx.pdf.signature'), italics: true, fontSize: 8, color: MUTED },
              { text: prescription.prescribedBy.fullName, bold: true, margin: [0, mm(14), 0, 0] },
            ],
          },
        ],
      },
      {
        text: vi('clinical.rx.pdf.bringBack'),
        italics: true,
        fontSize: 8,
        color: MUTED,
        margin: [0, mm(4), 0, 0],
      },
    ],
  };
}
