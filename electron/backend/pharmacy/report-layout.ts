import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatIsoDate, formatLocalDateTime } from '../../../shared/domain/dates';
import { groupThousands } from '../../../shared/domain/money';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';

/** Stock documents are kept and inspected in Vietnamese, whatever the screen's language. */
export const vi = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

export interface Facility {
  name: string;
  address?: string | undefined;
}

/** The facility in the corner, the title centred, the period or date under it. */
export function documentHeader(facility: Facility, title: string, subtitle: string): Content[] {
  return [
    {
      stack: [
        { text: facility.name.toUpperCase(), bold: true },
        ...(facility.address ? [{ text: facility.address, fontSize: 8 }] : []),
      ],
      margin: [0, 0, 0, 8],
    },
    { text: title.toUpperCase(), bold: true, fontSize: 14, alignment: 'center' },
    { text: subtitle, alignment: 'center', italics: true, margin: [0, 2, 0, 10] },
  ];
}

export function periodText(from: string, to: string): string {
  return vi('pharmacy.doc.period', { from: formatIsoDate(from), to: formatIsoDate(to) });
}

/** Where and when it was made, and who signs it. */
export function signatures(roles: readonly MessageKey[], at: Date): Content[] {
  return [
    {
      text: vi('pharmacy.doc.madeAt', { at: formatLocalDateTime(at.toISOString()) }),
      alignment: 'right',
      italics: true,
      margin: [0, 14, 0, 4],
    },
    {
      columns: roles.map((role) => ({
        stack: [
          { text: vi(role), bold: true },
          { text: vi('pharmacy.doc.signHint'), italics: true, fontSize: 8 },
        ],
        alignment: 'center',
      })),
      unbreakable: true,
    },
  ];
}

export const headerCell = (
  text: string,
  extra: { colSpan?: number; rowSpan?: number } = {},
): TableCell => ({
  text,
  bold: true,
  alignment: 'center',
  fillColor: '#eeeeee',
  ...extra,
});

export const numberCell = (value: number | null, bold = false): TableCell => ({
  text: value === null ? '' : groupThousands(value),
  alignment: 'right',
  bold,
});
