import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DefinitionInput } from '../../shared/domain/reports/definition';
import { createBackend } from '../../electron/backend/backend';
import {
  expectError,
  expectOk,
  makeBackend,
  setUpClinic,
  tempDir,
  testClock,
  TEST_SCRYPT,
} from '../helpers/backend';
import { november } from '../helpers/report-month';

const upload = (fileName: string, content: string | Uint8Array) => ({
  fileName,
  content: Buffer.from(content).toString('base64'),
});

async function shippedJson(
  call: Awaited<ReturnType<typeof november>>['call'],
): Promise<DefinitionInput> {
  const file = expectOk(
    await call('reports.definitions.export', { code: 'TT37-XA-THANG', version: 1, format: 'json' }),
  );
  return JSON.parse(Buffer.from(file.content, 'base64').toString('utf8')) as DefinitionInput;
}

describe('report definitions', () => {
  it('lists the shipped forms once, however often Tram starts', async () => {
    const dataDir = tempDir();
    const start = () =>
      createBackend({ dataDir, version: 'test', scryptCost: TEST_SCRYPT, clock: testClock() });
    start().close();
    const backend = start();
    try {
      const { call } = await setUpClinic(backend);
      const list = expectOk(await call('reports.definitions', {}));
      expect(list.map((d) => [d.code, d.version, d.source, d.current, d.inUse])).toEqual([
        ['TT37-XA-THANG', 1, 'shipped', true, false],
        ['TTYT-KV-THANG', 1, 'shipped', true, false],
      ]);
      expect(list[0]).toMatchObject({ deadlineWorkingDays: 5, effectiveFrom: '2020-04-01' });
      expect(list[1]?.deadlineWorkingDays).toBe(3);
    } finally {
      backend.close();
    }
  });

  it('imports a new version from JSON, previewed first, that governs periods from its date', async () => {
    const { call } = await november();
    const next = await shippedJson(call);
    next.version = 2;
    next.effectiveFrom = '2026-12-01';
    next.name = 'Báo cáo hoạt động y tế xã (mẫu mới)';
    next.sections[0]?.rows.push({
      dataElement: 'KCB_SANGLOC',
      number: '7',
      name: 'Số lượt sàng lọc tăng huyết áp',
      entered: true,
    });
    const file = upload('tt37-v2.json', JSON.stringify(next));

    const preview = expectOk(await call('reports.definitions.import', { ...file, dryRun: true }));
    expect(preview).toMatchObject({ status: 'new', saved: false, problems: [] });
    expect(preview.definition).toMatchObject({
      code: 'TT37-XA-THANG',
      version: 2,
      effectiveFrom: '2026-12-01',
    });
    expect(preview.definition?.sections[0]).toEqual({ title: 'I. Khám chữa bệnh', rows: 13 });
    expect(expectOk(await call('reports.definitions', {}))).toHaveLength(2);

    const saved = expectOk(await call('reports.definitions.import', file));
    expect(saved).toMatchObject({ status: 'new', saved: true });
    const again = expectOk(await call('reports.definitions.import', file));
    expect(again).toMatchObject({ status: 'identical', saved: false });

    const list = expectOk(await call('reports.definitions', {}));
    expect(list.map((d) => [d.code, d.version, d.source, d.current])).toEqual([
      ['TT37-XA-THANG', 2, 'imported', true],
      ['TT37-XA-THANG', 1, 'shipped', false],
      ['TTYT-KV-THANG', 1, 'shipped', true],
    ]);
    // November keeps version 1; December takes version 2 and its new row.
    const nov = expectOk(
      await call('reports.compute', { dataset: 'TT37-XA-THANG', period: '202611' }),
    );
    const dec = expectOk(
      await call('reports.compute', { dataset: 'TT37-XA-THANG', period: '202612' }),
    );
    expect([nov.definition.version, dec.definition.version]).toEqual([1, 2]);
    expect(dec.problems.some((p) => p.cells.includes('KCB_SANGLOC'))).toBe(true);
  });

  it('never changes a saved version: other content under its number is refused', async () => {
    const { call } = await november();
    const changed = await shippedJson(call);
    changed.name = 'Đổi tên mà không đổi phiên bản';
    const refused = expectError(
      await call('reports.definitions.import', upload('tt37.json', JSON.stringify(changed))),
      'CONFLICT',
    );
    expect(refused.message).toBe(
      'TT37-XA-THANG phiên bản 1 đã có với nội dung khác; biểu mẫu đã lưu không bao giờ bị sửa. Hãy đặt phiên bản 2.',
    );
    const list = expectOk(await call('reports.definitions', {}));
    expect(list.find((d) => d.code === 'TT37-XA-THANG')?.name).toBe('Báo cáo hoạt động y tế xã');
  });

  it('shows what is wrong with a file, and saves nothing', async () => {
    const { call, backend } = await november();
    const broken = await shippedJson(call);
    broken.version = 5;
    broken.sections[0]?.rows.push({ dataElement: 'KCB_X', name: 'x', indicator: 'visits.magic' });
    broken.rules?.push({ code: 'R_X', kind: 'le', left: ['KHONG_CO'], right: ['KCB_LUOT'] });
    const file = upload('broken.json', JSON.stringify(broken));
    const preview = expectOk(await call('reports.definitions.import', { ...file, dryRun: true }));
    expect(preview.status).toBe('invalid');
    expect(preview.problems.map((p) => [p.path, p.message.key])).toEqual([
      ['sections.0.rows.13.indicator', 'reports.check.unknownIndicator'],
      ['rules.14', 'reports.check.unknownOperand'],
    ]);
    const refused = expectError(await call('reports.definitions.import', file), 'VALIDATION');
    expect(refused.message).toBe('Định nghĩa biểu mẫu có 2 lỗi; chưa lưu');
    for (const garbage of [
      upload('a.json', '{"format": 1,'),
      upload('a.xlsx', 'PK\u0003\u0004nope'),
      upload('a.json', new Uint8Array([0xff, 0xfe, 0x00])),
    ]) {
      const result = expectOk(
        await call('reports.definitions.import', { ...garbage, dryRun: true }),
      );
      expect(result.status).toBe('invalid');
      expect(result.problems[0]?.message.key).toMatch(/^reports\.import\.(notJson|unreadable)$/);
    }
    const count = backend.services.sqlite
      .prepare('SELECT count(*) AS n FROM report_definitions')
      .get();
    expect(count).toEqual({ n: 2 });
  });

  it('reads back the workbook it writes, and takes an edited one as the next version', async () => {
    const backend = makeBackend({ clock: testClock('2026-12-03T02:00:00.000Z') });
    const { call } = await setUpClinic(backend);
    const file = expectOk(
      await call('reports.definitions.export', {
        code: 'TT37-XA-THANG',
        version: 1,
        format: 'xlsx',
      }),
    );
    const bytes = Buffer.from(file.content, 'base64');
    const same = expectOk(
      await call('reports.definitions.import', {
        fileName: 'tt37.xlsx',
        content: file.content,
        dryRun: true,
      }),
    );
    expect(same).toMatchObject({ status: 'identical', problems: [] });

    // An administrator edits it in Excel: a new version, one row renamed.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const form = workbook.getWorksheet('BieuMau');
    form?.eachRow((row) => {
      if (row.getCell(1).value === 'version') row.getCell(2).value = 2;
      if (row.getCell(1).value === 'effectiveFrom') row.getCell(2).value = '2027-01-01';
    });
    workbook.getWorksheet('ChiTieu')?.eachRow((row) => {
      if (row.getCell(3).value === 'KCB_YHCT')
        row.getCell(5).value = 'Khám, chữa bệnh bằng y học cổ truyền';
    });
    const edited = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const saved = expectOk(
      await call('reports.definitions.import', { fileName: 'tt37-v2.xlsx', content: edited }),
    );
    expect(saved).toMatchObject({
      status: 'new',
      saved: true,
      definition: { version: 2, effectiveFrom: '2027-01-01' },
    });
    const v2 = expectOk(
      await call('reports.compute', { dataset: 'TT37-XA-THANG', period: '202701' }),
    );
    const row = v2.definition.sections[0]?.rows.find((r) => r.dataElement === 'KCB_YHCT');
    expect(row?.name).toBe('Khám, chữa bệnh bằng y học cổ truyền');
    expect(v2.definition.categories).toEqual(
      expectOk(await call('reports.compute', { dataset: 'TT37-XA-THANG', period: '202611' }))
        .definition.categories,
    );
  });
});
