import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { localDate } from '../../../shared/domain/dates';
import type { ReportDefinition } from '../../../shared/domain/reports/definition';
import { formLayout, type LayoutCell } from '../../../shared/domain/reports/layout';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { valueMap, type ValueSet } from '../../../shared/domain/reports/value-set';
import { mm } from '../documents/pdf';
import { headerCell, numberCell, vi } from '../pharmacy/report-layout';

/** Who the report is from and when it is printed; everything else is in the definition. */
export interface PrintContext {
  facility: { name: string; code: string; address?: string | undefined };
  /** The line above the station's name ("TTYT KHU VỰC …"), from the definition or settings. */
  authority?: string | undefined;
  printedAt: Date;
  /** Who handed it in, for the preparer's signature block. */
  preparedBy?: string | undefined;
  /** The facility's signing-key fingerprint: the district registers the key from paper. */
  keyFingerprint?: string | undefined;
  /** Replaces the revision line (a district's totals say what they add up). */
  statusLine?: string | undefined;
  /** Replaces the form's signature titles (a district's director signs, not a station head). */
  signatures?: readonly string[] | undefined;
}

/** The line under the title: draft, submitted revision, or what the caller says. */
export function statusLineOf(valueSet: ValueSet, context: PrintContext): string {
  if (context.statusLine) return context.statusLine;
  return valueSet.status === 'submitted'
    ? vi('reports.print.revision', { revision: valueSet.revision ?? 1 })
    : vi('reports.print.draft');
}

const THIN_LINES = { hLineWidth: () => 0.5, vLineWidth: () => 0.5 };

export function dateLine(at: Date): string {
  const [y, m, d] = localDate(at).split('-');
  return vi('reports.print.dateLine', { day: d ?? '', month: m ?? '', year: y ?? '' });
}

function cellContent(cell: LayoutCell): TableCell {
  if (!cell.applicable) return { text: 'x', alignment: 'center', color: '#888888' };
  return numberCell(cell.value);
}

function header(
  definition: ReportDefinition,
  valueSet: ValueSet,
  context: PrintContext,
): Content[] {
  const period = parsePeriod(valueSet.period);
  const authority = definition.print.authority ?? context.authority;
  const status = statusLineOf(valueSet, context);
  return [
    {
      columns: [
        {
          width: '45%',
          stack: [
            ...(authority ? [{ text: authority.toUpperCase(), fontSize: 8 }] : []),
            { text: context.facility.name.toUpperCase(), bold: true },
            {
              text: vi('reports.print.facilityCode', { code: context.facility.code }),
              fontSize: 8,
            },
          ],
          alignment: 'center',
        },
        {
          width: '55%',
          stack: [
            { text: vi('reports.print.nation'), bold: true, fontSize: 9 },
            { text: vi('reports.print.motto'), bold: true, fontSize: 9 },
            ...(definition.print.formNumber
              ? [
                  {
                    text: definition.print.formNumber,
                    italics: true,
                    fontSize: 8,
                    margin: [0, 4, 0, 0],
                  },
                ]
              : []),
            ...(definition.print.issuedWith
              ? [{ text: definition.print.issuedWith, italics: true, fontSize: 7 }]
              : []),
          ],
          alignment: 'center',
        },
      ],
      margin: [0, 0, 0, 10],
    } as Content,
    { text: definition.name.toUpperCase(), bold: true, fontSize: 13, alignment: 'center' },
    {
      text: period ? periodLabel(period, 'vi') : valueSet.period,
      alignment: 'center',
      bold: true,
      margin: [0, 2, 0, 0],
    },
    ...(definition.print.recipient
      ? [
          {
            text: vi('reports.print.recipient', { to: definition.print.recipient }),
            alignment: 'center' as const,
          },
        ]
      : []),
    { text: status, alignment: 'center', italics: true, fontSize: 8, margin: [0, 2, 0, 8] },
  ];
}

function sectionTables(definition: ReportDefinition, valueSet: ValueSet): Content[] {
  const layout = formLayout(definition, valueMap(valueSet.dataValues));
  return layout.map(({ section, rows }) => {
    const body: TableCell[][] = [
      [
        headerCell(vi('reports.col.number')),
        headerCell(vi('reports.col.indicator')),
        headerCell(vi('reports.col.code')),
        headerCell(vi('reports.col.unit')),
        ...section.columns.map((column) => headerCell(column.label)),
      ],
      ...rows.map(({ row, cells }): TableCell[] => {
        if (!row.dataElement) {
          return [
            '',
            {
              text: row.name,
              italics: true,
              colSpan: 3 + section.columns.length,
              margin: [row.indent * 8, 0, 0, 0],
            },
            ...Array.from({ length: 2 + section.columns.length }, () => ''),
          ];
        }
        return [
          { text: row.number ?? '', alignment: 'center' },
          { text: row.name, margin: [row.indent * 8, 0, 0, 0] },
          { text: row.dataElement, fontSize: 6, color: '#555555' },
          { text: row.unit ?? '', alignment: 'center' },
          ...cells.map(cellContent),
        ];
      }),
    ];
    return {
      stack: [
        { text: section.title, bold: true, margin: [0, 8, 0, 3] },
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [
              22,
              '*',
              66,
              30,
              ...section.columns.map(() => (section.columns.length > 3 ? 36 : 56)),
            ],
            body,
          },
          layout: THIN_LINES,
        },
      ],
    };
  });
}

function signatures(definition: ReportDefinition, context: PrintContext): Content[] {
  const titles = context.signatures ?? definition.print.signatures;
  return [
    { text: dateLine(context.printedAt), alignment: 'right', italics: true, margin: [0, 14, 0, 4] },
    {
      columns: titles.map((title, index) => ({
        stack: [
          { text: title, bold: true },
          { text: vi('reports.print.signHint'), italics: true, fontSize: 8 },
          { text: index === 0 ? (context.preparedBy ?? '') : '', margin: [0, 42, 0, 0] },
        ],
        alignment: 'center',
      })),
      unbreakable: true,
    },
  ];
}

/**
 * The report on A4 in the form's layout: the administrative header, the title and period,
 * one table per section, the date line and the signature blocks (Người lập biểu, Trạm
 * trưởng). A pure function of the definition, the values and who it is from.
 */
export function reportPdf(
  definition: ReportDefinition,
  valueSet: ValueSet,
  context: PrintContext,
): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: definition.print.orientation,
    pageMargins: [mm(15), mm(12), mm(12), mm(14)],
    info: { title: `${definition.name} ${valueSet.period}`, subject: definition.code },
    defaultStyle: { fontSize: 8.5 },
    footer: (current: number, total: number) => ({
      text: [
        vi('reports.print.footer', {
          code: definition.code,
          version: definition.version,
          page: current,
          pages: total,
        }),
        ...(context.keyFingerprint
          ? [vi('bundles.print.fingerprint', { fingerprint: context.keyFingerprint })]
          : []),
      ].join(' · '),
      alignment: 'center',
      fontSize: 7,
    }),
    content: [
      ...header(definition, valueSet, context),
      ...sectionTables(definition, valueSet),
      ...signatures(definition, context),
    ],
  };
}
