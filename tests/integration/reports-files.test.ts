import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storedValues } from '../../shared/domain/reports/dhis2';
import { valueMap } from '../../shared/domain/reports/value-set';
import { expectError, expectOk } from '../helpers/backend';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { november } from '../helpers/report-month';

const NOV = { dataset: 'TT37-XA-THANG', period: '202611' } as const;

/**
 * DHIS2's dataValueSets JSON as its Web API documentation describes it (Data values → Sending
 * data values, JSON): dataSet, completeDate (yyyy-MM-dd), period (ISO ids: 202611, 2026Q4,
 * 2026S2, 2026), orgUnit, attributeOptionCombo, and dataValues of dataElement,
 * categoryOptionCombo, value (a string), comment. With idScheme=code the ids are codes.
 * Written from the documentation, not from Tram's types, and strict about unknown fields.
 */
const dhis2DataValueSet = z
  .object({
    dataSet: z.string().min(1),
    completeDate: z.iso.date().optional(),
    period: z
      .string()
      .regex(/^\d{4}(\d{2}|Q[1-4]|S[12]|W\d{1,2}|BiW\d{1,2}|\d{2}B|AprilS[12]|April|July|Oct)?$/),
    orgUnit: z.string().min(1),
    attributeOptionCombo: z.string().optional(),
    dataValues: z.array(
      z
        .object({
          dataElement: z.string().min(1),
          period: z.string().optional(),
          orgUnit: z.string().optional(),
          categoryOptionCombo: z.string().optional(),
          attributeOptionCombo: z.string().optional(),
          value: z.string(),
          comment: z.string().optional(),
          followup: z.boolean().optional(),
        })
        .strict(),
    ),
  })
  .strict();

async function submittedNovember() {
  const clinic = await november();
  expectOk(
    await clinic.call('reports.enter', {
      ...NOV,
      values: [
        { dataElement: 'DS_TONG', value: 5000 },
        { dataElement: 'DS_TONG', categoryOptionCombo: 'NAM', value: 2400 },
        { dataElement: 'DS_TONG', categoryOptionCombo: 'NU', value: 2600 },
      ],
    }),
  );
  const report = expectOk(await clinic.call('reports.submit', NOV));
  return { ...clinic, report };
}

const bytesOf = (content: string): Buffer => Buffer.from(content, 'base64');

describe('report files', () => {
  it('prints an A4 PDF with the header, the figures and the signature blocks', async () => {
    const { call } = await submittedNovember();
    expectOk(await call('settings.update', { reports: { authority: 'TTYT khu vực Thuận Thành' } }));
    const file = expectOk(await call('reports.export', { ...NOV, format: 'pdf' }));
    expect(file).toMatchObject({
      fileName: 'TT37-XA-THANG_202611_01001_r1.pdf',
      mimeType: 'application/pdf',
    });
    const bytes = bytesOf(file.content);
    const info = pdfInfo(bytes);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
    const text = pdfText(bytes);
    for (const expected of [
      'TTYT KHU VỰC THUẬN THÀNH',
      'TRẠM Y TẾ XÃ AN BÌNH',
      'Mã cơ sở: 01001',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO HOẠT ĐỘNG Y TẾ XÃ',
      'Tháng 11/2026',
      'Số liệu đã chốt, lần 1',
      'Người lập biểu',
      'Trạm trưởng',
      '(Ký, ghi rõ họ tên)',
      'Nguyễn Thị Hoa',
      'TT37-XA-THANG phiên bản 1',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // Rows as printed: total, men, women.
    expect(text).toMatch(/Tổng số lượt khám bệnh\s+KCB_LUOT\s+lượt\s+8\s+4\s+4/);
    expect(text).toMatch(/Số tiền thu tại quầy thu ngân\s+TC_THU\s+đồng\s+153\.700/);
    expect(text).toMatch(/Dân số của xã\s+DS_TONG\s+người\s+5\.000\s+2\.400\s+2\.600/);
    expect(text).toMatch(/\.{7}, ngày 03 tháng 12 năm 2026/);
  });

  it('marks a draft as such', async () => {
    const { call } = await november();
    const file = expectOk(
      await call('reports.export', { dataset: 'TTYT-KV-THANG', period: '202611', format: 'pdf' }),
    );
    expect(file.fileName).toBe('TTYT-KV-THANG_202611_01001_nhap.pdf');
    expect(pdfText(bytesOf(file.content))).toContain('BẢN NHÁP – chưa chốt số liệu');
  });

  it('writes a workbook in the form layout, numbers as numbers, and every value flat', async () => {
    const { call, report } = await submittedNovember();
    const file = expectOk(await call('reports.export', { ...NOV, format: 'xlsx' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytesOf(file.content)).buffer);
    const [form, data] = workbook.worksheets;
    if (!form || !data) throw new Error('two sheets expected');
    const rows = new Map<string, ExcelJS.Row>();
    form.eachRow((row) => {
      const code = row.getCell(3).value;
      if (typeof code === 'string' && code) rows.set(code, row);
    });
    const cells = (code: string, count: number) =>
      Array.from({ length: count }, (_, i) => rows.get(code)?.getCell(5 + i).value);
    expect(cells('KCB_LUOT', 3)).toEqual([8, 4, 4]);
    expect(cells('KCB_CAPCUU', 3)).toEqual([1, 'x', 'x']);
    expect(cells('BENH_CH19', 6)).toEqual([2, 2, 0, 0, 2, 0]);
    expect(cells('TC_BHYT', 1)).toEqual([330_000]);
    expect(cells('DS_TONG', 3)).toEqual([5000, 2400, 2600]);
    expect(rows.get('KCB_NGHEO')?.getCell(5).value ?? null).toBeNull();
    expect(form.getCell('A1').value).toBe('TRẠM Y TẾ XÃ AN BÌNH');

    const flat: unknown[][] = [];
    data.eachRow((row, number) => {
      if (number > 1) flat.push([1, 2, 3, 4, 5, 6, 7].map((i) => row.getCell(i).value ?? ''));
    });
    expect(flat).toEqual(
      report.dataValues.map((v) => [
        'TT37-XA-THANG',
        '202611',
        '01001',
        v.dataElement,
        v.categoryOptionCombo ?? '',
        v.value,
        v.source,
      ]),
    );
  });

  it('writes DHIS2 dataValueSets JSON that the documented schema accepts', async () => {
    const { call, report } = await submittedNovember();
    const file = expectOk(await call('reports.export', { ...NOV, format: 'dhis2-json' }));
    expect(file.fileName).toBe('TT37-XA-THANG_202611_01001_r1.json');
    const payload = dhis2DataValueSet.parse(JSON.parse(bytesOf(file.content).toString('utf8')));
    expect(payload).toMatchObject({
      dataSet: 'TT37-XA-THANG',
      period: '202611',
      orgUnit: '01001',
      completeDate: '2026-12-03',
    });
    // One value per (data element, option combo); a disaggregated element sends its combos only.
    const keys = payload.dataValues.map((v) => `${v.dataElement}.${v.categoryOptionCombo ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(payload.dataValues.filter((v) => v.dataElement === 'KCB_LUOT')).toEqual([
      { dataElement: 'KCB_LUOT', categoryOptionCombo: 'NAM', value: '4' },
      { dataElement: 'KCB_LUOT', categoryOptionCombo: 'NU', value: '4' },
    ]);
    expect(payload.dataValues.find((v) => v.dataElement === 'TC_THU')).toEqual({
      dataElement: 'TC_THU',
      value: '153700',
    });
    expect(payload.dataValues).toHaveLength(storedValues(report.dataValues).length);
    for (const value of payload.dataValues) expect(value.value).toMatch(/^\d+$/);

    expectError(
      await call('reports.export', { ...NOV, period: '2026NM', format: 'dhis2-json' }),
      'VALIDATION',
    );
  });

  it('writes ADX in its XML shape, disaggregations as named attributes', async () => {
    const { call, report } = await submittedNovember();
    const file = expectOk(await call('reports.export', { ...NOV, format: 'adx' }));
    expect(file.mimeType).toBe('application/xml');
    const document = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(bytesOf(file.content).toString('utf8'), 'text/xml');
    const root = document.documentElement;
    if (!root) throw new Error('no root');
    expect([root.namespaceURI, root.localName]).toEqual(['urn:ihe:qrph:adx:2015', 'adx']);
    expect(root.getAttribute('exported')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    const elements = (parent: XmlElement, name: string): XmlElement[] =>
      Array.from(parent.childNodes).filter(
        (node): node is XmlElement =>
          node.nodeType === 1 && (node as XmlElement).localName === name,
      );
    const groups = elements(root, 'group');
    expect(groups).toHaveLength(1);
    const group = groups[0] as XmlElement;
    expect(
      ['dataSet', 'orgUnit', 'period', 'completeDate'].map((a) => group.getAttribute(a)),
    ).toEqual(['TT37-XA-THANG', '01001', '2026-11-01/P1M', '2026-12-03']);
    const categories = new Map(
      report.definition.categories.map((c) => [c.code, new Set(c.options.map((o) => o.code))]),
    );
    const sums = new Map<string, number>();
    for (const value of elements(group, 'dataValue')) {
      expect(elements(value, 'annotation').length + value.childNodes.length).toBe(0);
      const element = value.getAttribute('dataElement') ?? '';
      expect(value.getAttribute('value')).toMatch(/^\d+$/);
      for (const attribute of Array.from(value.attributes)) {
        if (['dataElement', 'value'].includes(attribute.name)) continue;
        // Every other attribute names a category, valued with one of its options.
        expect(categories.get(attribute.name)?.has(attribute.value), attribute.name).toBe(true);
      }
      sums.set(element, (sums.get(element) ?? 0) + Number(value.getAttribute('value')));
    }
    const values = valueMap(report.dataValues);
    expect(sums.get('KCB_LUOT')).toBe(values.get('KCB_LUOT'));
    expect(sums.get('BENH_CH09')).toBe(values.get('BENH_CH09'));
    expect(sums.get('DUOC_XUAT_GT')).toBe(105_000);

    const nine = expectOk(
      await call('reports.export', { ...NOV, period: '2026NM', format: 'adx' }),
    );
    expect(bytesOf(nine.content).toString('utf8')).toContain('period="2026-01-01/P9M"');
  });
});
