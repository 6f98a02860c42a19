import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PatientRow } from '../../../db/schema';
import { formatIsoDate } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n';
import { barcodeSvg } from '../documents/barcodes';
import { mm } from '../documents/pdf';

/** ISO/IEC 7810 ID-1 (CR80), the size of a bank card: fits the CCCD and BHYT card wallet. */
export const CR80 = { width: mm(85.6), height: mm(53.98) };
const MARGIN = mm(3);
const QR_SIZE = mm(19);

/** The patient card (printed in Vietnamese: it is the patient's): name, code, facility. */
export function patientCardDocument(
  row: PatientRow,
  facility: { name: string; address: string; phone: string },
): TDocumentDefinitions {
  const vi = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate('vi', key, params);
  const birth = row.birthDate
    ? vi('patients.card.birthDate', { date: formatIsoDate(row.birthDate) })
    : vi('patients.card.birthYear', { year: row.birthYear });
  const contentWidth = CR80.width - 2 * MARGIN;
  return {
    pageSize: CR80,
    pageMargins: MARGIN,
    info: { title: `${vi('patients.card.title')} ${row.code}` },
    content: [
      { text: facility.name.toUpperCase(), bold: true, fontSize: 7, alignment: 'center' },
      {
        text: vi('patients.card.title'),
        fontSize: 9,
        bold: true,
        color: '#0b7285',
        alignment: 'center',
        margin: [0, 1, 0, 3],
      },
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: row.fullName.toUpperCase(), bold: true, fontSize: 10.5 },
              {
                text: `${birth} · ${vi(`patients.sex.${row.sex}`)}`,
                fontSize: 7.5,
                margin: [0, 2, 0, 0],
              },
              {
                text: vi('patients.card.code'),
                fontSize: 7,
                color: '#555555',
                margin: [0, 4, 0, 0],
              },
              { text: row.code, bold: true, fontSize: 10, characterSpacing: 0.5 },
            ],
          },
          { width: QR_SIZE, svg: barcodeSvg('qrcode', row.code), fit: [QR_SIZE, QR_SIZE] },
        ],
        columnGap: mm(2),
      },
      {
        svg: barcodeSvg('code128', row.code),
        width: contentWidth * 0.8,
        height: mm(8),
        alignment: 'center',
        margin: [0, mm(2), 0, 0],
      },
      {
        text: [facility.address, facility.phone].filter(Boolean).join(' · '),
        fontSize: 6,
        color: '#555555',
        alignment: 'center',
        margin: [0, mm(1), 0, 0],
      },
    ],
  };
}
