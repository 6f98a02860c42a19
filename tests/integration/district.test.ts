import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DataValue } from '../../shared/domain/reports/value-set';
import {
  expectError,
  expectOk,
  FACILITY,
  makeBackend,
  setUpClinic,
  testClock,
} from '../helpers/backend';
import { setUpDistrict, stationWithJanuary } from '../helpers/bundles';
import { pdfText } from '../helpers/pdf';
import { ReportFixtures } from '../helpers/report-fixtures';

const DATASET = 'TT37-XA-THANG';

type Station = Awaited<ReturnType<typeof stationWithJanuary>>;

async function exportJanuary(station: Station): Promise<Buffer> {
  const file = expectOk(
    await station.call('bundles.export', { dataset: DATASET, periods: ['202601'] }),
  );
  return Buffer.from(file.content, 'base64');
}

/** Three stations' January: one on time, one late, one reopened and handed in again. */
async function threeStations(): Promise<Station[]> {
  const onTime = await stationWithJanuary({
    code: '01001',
    name: 'Trạm Y tế xã An Bình',
    visits: 12,
  });
  const late = await stationWithJanuary({
    code: '01002',
    name: 'Trạm Y tế xã Bình Minh',
    visits: 20,
    clock: testClock('2026-02-10T02:00:00.000Z'),
  });
  const revised = await stationWithJanuary({
    code: '01003',
    name: 'Trạm Y tế xã Cổ Loa',
    visits: 7,
  });
  expectOk(
    await revised.call('reports.reopen', {
      dataset: DATASET,
      period: '202601',
      reason: 'Sai số chuyển tuyến',
    }),
  );
  expectOk(await revised.call('reports.submit', { dataset: DATASET, period: '202601' }));
  return [onTime, late, revised];
}

async function districtWith(stations: Station[], clock = testClock('2026-02-20T02:00:00.000Z')) {
  const backend = makeBackend({ clock });
  const district = await setUpDistrict(backend);
  for (const station of stations) {
    expect((await district.importBundle(await exportJanuary(station))).outcome).toBe(
      'pending-station',
    );
  }
  for (const code of ['01001', '01002', '01003'].slice(0, stations.length)) {
    expectOk(await district.call('stations.confirm', { code }));
  }
  return { backend, ...district };
}

const key = (v: Pick<DataValue, 'dataElement' | 'categoryOptionCombo'>): string =>
  v.categoryOptionCombo ? `${v.dataElement}.${v.categoryOptionCombo}` : v.dataElement;

/**
 * A station with visits in the months of 2026's first quarter (`visits[m]` in month m + 1),
 * the population and staff typed in each month it submits, and those periods submitted.
 */
async function stationOfQuarter(code: string, visits: number[], submit: string[]) {
  const backend = makeBackend({ clock: testClock('2026-04-08T02:00:00.000Z') });
  const clinic = await setUpClinic(backend, { ...FACILITY, code, name: `Trạm Y tế ${code}` });
  const f = new ReportFixtures(backend.services.sqlite);
  visits.forEach((count, m) => {
    for (let i = 0; i < count; i++) {
      f.visit({
        patientId: f.patient({ sex: i % 2 === 0 ? 'male' : 'female', birthYear: 1960 + i }),
        date: `2026-0${m + 1}-${String(5 + (i % 20)).padStart(2, '0')}`,
        kind: i % 3 === 0 ? 'bhyt' : 'fee',
      });
    }
  });
  for (const [n, period] of submit.entries()) {
    expectOk(
      await clinic.call('reports.enter', {
        dataset: DATASET,
        period,
        values: [
          { dataElement: 'DS_TONG', value: 8100 + 2 * n },
          { dataElement: 'DS_TONG', categoryOptionCombo: 'NAM', value: 4000 + n },
          { dataElement: 'DS_TONG', categoryOptionCombo: 'NU', value: 4100 + n },
          { dataElement: 'DS_SINH', value: 2 + n },
          { dataElement: 'DS_SINH', categoryOptionCombo: 'NAM', value: 2 + n },
          { dataElement: 'DS_SINH', categoryOptionCombo: 'NU', value: 0 },
          { dataElement: 'NL_CANBO', value: 6 + n },
        ],
      }),
    );
    expectOk(await clinic.call('reports.submit', { dataset: DATASET, period }));
  }
  return { backend, ...clinic };
}

describe('the district adds its stations up', () => {
  it('makes a quarter from the months of a station that sent no quarter, saying which are missing', async () => {
    const monthly = await stationOfQuarter('01001', [4, 6, 5], ['202601', '202602', '202603']);
    const short = await stationOfQuarter('01002', [3, 2, 0], ['202601', '202602']);
    const whole = await stationOfQuarter('01003', [1, 1, 1], ['202601', '2026Q1']);
    const district = await setUpDistrict(
      makeBackend({ clock: testClock('2026-04-20T02:00:00.000Z') }),
    );
    const sent = new Map<string, string[]>([
      ['01001', ['202601', '202602', '202603']],
      ['01002', ['202601', '202602']],
      ['01003', ['202601', '2026Q1']],
    ]);
    for (const [station, code] of [
      [monthly, '01001'],
      [short, '01002'],
      [whole, '01003'],
    ] as const) {
      const file = expectOk(
        await station.call('bundles.export', { dataset: DATASET, periods: sent.get(code) ?? [] }),
      );
      for (const bundle of file.files) {
        await district.importBundle(Buffer.from(bundle.content, 'base64'), bundle.fileName);
      }
      const confirmed = expectOk(await district.call('stations.confirm', { code }));
      expect(confirmed.imported.map((r) => r.outcome)).toEqual(
        (sent.get(code) ?? []).map(() => 'imported'),
      );
    }
    const totals = expectOk(
      await district.call('district.totals', { dataset: DATASET, period: '2026Q1' }),
    );
    expect(totals.stations.map((s) => [s.code, s.months ?? null, s.missingMonths ?? null])).toEqual(
      [
        ['01001', ['202601', '202602', '202603'], []],
        ['01002', ['202601', '202602'], ['202603']],
        ['01003', null, null],
      ],
    );
    // The oracle: each station's own reports.compute of its months, added by hand (the
    // population and the staff are levels: the last month's), or the quarter it made itself;
    // then the stations added up.
    const levels = new Set(['DS_TONG', 'NL_CANBO', 'TCMR_DAYDU_LUYKE']);
    const perStation = new Map<string, Map<string, number>>();
    for (const [station, code, periods] of [
      [monthly, '01001', ['202601', '202602', '202603']],
      [short, '01002', ['202601', '202602']],
      [whole, '01003', ['2026Q1']],
    ] as const) {
      const mine = new Map<string, number>();
      for (const [i, period] of periods.entries()) {
        const view = expectOk(await station.call('reports.compute', { dataset: DATASET, period }));
        for (const v of view.dataValues) {
          const level = levels.has(v.dataElement);
          if (level && i < periods.length - 1) continue;
          mine.set(key(v), (level ? 0 : (mine.get(key(v)) ?? 0)) + v.value);
        }
      }
      perStation.set(code, mine);
    }
    const expected = new Map<string, number>();
    for (const mine of perStation.values()) {
      for (const [k, value] of mine) expected.set(k, (expected.get(k) ?? 0) + value);
    }
    const got = new Map(totals.dataValues.map((v) => [key(v), v.value]));
    expect(got.get('KCB_LUOT')).toBe(4 + 6 + 5 + 3 + 2 + 3);
    expect(got.get('DS_TONG.NAM')).toBe(4002 + 4001 + 4001);
    expect(got.get('NL_CANBO')).toBe(8 + 7 + 7);
    expect(got.get('DS_SINH.NAM')).toBe(2 + 3 + 4 + (2 + 3) + 3);
    for (const [k, value] of expected) expect(got.get(k), k).toBe(value);
    for (const [k] of got) expect(expected.has(k), k).toBe(true);
    for (const [code, mine] of perStation) {
      const drill = totals.stations.find((s) => s.code === code);
      expect(new Map(drill?.dataValues.map((v) => [key(v), v.value])), code).toEqual(mine);
    }
    // Nine months, which no bundle carries, is made the same way.
    const nine = expectOk(
      await district.call('district.totals', { dataset: DATASET, period: '2026NM' }),
    );
    expect(nine.dataValues.find((v) => key(v) === 'KCB_LUOT')?.value).toBe(4 + 6 + 5 + 3 + 2 + 1);
  }, 120_000);

  it("gives each figure as the sum of the stations' own reports, with drill-down", async () => {
    const stations = await threeStations();
    const { call } = await districtWith(stations);
    const totals = expectOk(await call('district.totals', { dataset: DATASET, period: '202601' }));
    expect(totals).toMatchObject({
      dataset: DATASET,
      period: '202601',
      orgUnit: '01990',
      status: 'draft',
    });
    expect(totals.stations.map((s) => [s.code, s.revision])).toEqual([
      ['01001', 1],
      ['01002', 1],
      ['01003', 2],
    ]);
    expect(totals.missing).toEqual([]);
    // The oracle: each station's own reports.compute, added up here.
    const expected = new Map<string, number>();
    for (const station of stations) {
      const view = expectOk(
        await station.call('reports.compute', { dataset: DATASET, period: '202601' }),
      );
      expect(view.status).toBe('submitted');
      for (const v of view.dataValues) expected.set(key(v), (expected.get(key(v)) ?? 0) + v.value);
    }
    const got = new Map(totals.dataValues.map((v) => [key(v), v.value]));
    expect(got.get('KCB_LUOT')).toBe(12 + 20 + 7);
    expect(got.get('KCB_LUOT.NAM')).toBe(6 + 10 + 4);
    for (const [k, value] of expected) expect(got.get(k), k).toBe(value);
    for (const [k] of got) expect(expected.has(k), k).toBe(true);
    const station2 = totals.stations.find((s) => s.code === '01002');
    expect(station2?.dataValues.find((v) => key(v) === 'KCB_LUOT')?.value).toBe(20);
  });

  it('marks each station on time, late, revised or missing by the form’s due date', async () => {
    const { call } = await districtWith(await threeStations());
    const grid = expectOk(
      await call('district.completeness', { dataset: DATASET, from: '202512', to: '202602' }),
    );
    // Due on the 5th working day after the period: 31/12/2025 is a Wednesday, so Thu 1/1 (not
    // set as a holiday here), Fri 2, Mon 5, Tue 6, Wed 7/1; 31/1/2026 is a Saturday: Fri 6/2.
    expect(grid.periods).toEqual([
      { id: '202512', dueDate: '2026-01-07' },
      { id: '202601', dueDate: '2026-02-06' },
      { id: '202602', dueDate: '2026-03-06' },
    ]);
    const states = Object.fromEntries(
      grid.stations.map((s) => [s.code, s.cells.map((c) => c.state)]),
    );
    expect(states).toEqual({
      '01001': ['missing', 'on-time', 'not-due'],
      '01002': ['missing', 'late', 'not-due'],
      '01003': ['missing', 'revised', 'not-due'],
    });
    expect(grid.counts).toEqual({ 'on-time': 1, late: 1, revised: 1, missing: 3, 'not-due': 3 });
    expectError(
      await call('district.completeness', { dataset: DATASET, from: '202601', to: '2026Q1' }),
      'VALIDATION',
    );
    expectError(
      await call('district.totals', { dataset: 'KHONG-CO', period: '202601' }),
      'NOT_FOUND',
    );
  });

  it('leaves rows a form marks as not summable out of the sum, and stations awaiting confirmation out', async () => {
    const stations = [
      await stationWithJanuary({ code: '01001', visits: 5 }),
      await stationWithJanuary({ code: '01002', visits: 9 }),
    ];
    const backend = makeBackend({ clock: testClock('2026-02-20T02:00:00.000Z') });
    const district = await setUpDistrict(backend);
    // A district's own form: the shipped template with its stock value marked not summable.
    const shipped = expectOk(
      await district.call('reports.definitions.export', {
        code: 'TTYT-KV-THANG',
        version: 1,
        format: 'json',
      }),
    );
    const form = JSON.parse(Buffer.from(shipped.content, 'base64').toString()) as {
      code: string;
      sections: { rows: { dataElement?: string; summable?: boolean }[] }[];
    };
    form.code = 'KV-THU';
    for (const row of form.sections.flatMap((s) => s.rows)) {
      if (row.dataElement === 'KV_THUOC_VON') row.summable = false;
    }
    const content = Buffer.from(JSON.stringify(form)).toString('base64');
    for (const caller of [district, ...stations]) {
      expectOk(
        await caller.call('reports.definitions.import', { fileName: 'kv-thu.json', content }),
      );
    }
    for (const station of stations) {
      expectOk(await station.call('reports.submit', { dataset: 'KV-THU', period: '202601' }));
      const file = expectOk(
        await station.call('bundles.export', { dataset: 'KV-THU', periods: ['202601'] }),
      );
      await district.importBundle(Buffer.from(file.content, 'base64'));
    }
    expectOk(await district.call('stations.confirm', { code: '01001' }));
    const lone = expectOk(
      await district.call('district.totals', { dataset: 'KV-THU', period: '202601' }),
    );
    expect(lone.stations.map((s) => s.code)).toEqual(['01001']);
    expect(lone.missing).toEqual([]);
    expect(lone.dataValues.find((v) => key(v) === 'KV_LUOT')?.value).toBe(5);
    expectOk(await district.call('stations.confirm', { code: '01002' }));
    const totals = expectOk(
      await district.call('district.totals', { dataset: 'KV-THU', period: '202601' }),
    );
    expect(totals.notSummable).toEqual(['KV_THUOC_VON']);
    expect(totals.dataValues.some((v) => v.dataElement === 'KV_THUOC_VON')).toBe(false);
    expect(totals.dataValues.find((v) => key(v) === 'KV_LUOT')?.value).toBe(5 + 9);
    expect(
      totals.stations.every((s) => s.dataValues.some((v) => v.dataElement === 'KV_THUOC_VON')),
    ).toBe(true);
    // A unknown form is refused at import with the reason.
    const other = await stationWithJanuary({ code: '01009' });
    const foreign = expectOk(
      await other.call('reports.definitions.import', {
        fileName: 'x.json',
        content: Buffer.from(JSON.stringify({ ...form, code: 'RIENG-TRAM' })).toString('base64'),
      }),
    );
    expect(foreign.saved).toBe(true);
    expectOk(await other.call('reports.submit', { dataset: 'RIENG-TRAM', period: '202601' }));
    const file = expectOk(
      await other.call('bundles.export', { dataset: 'RIENG-TRAM', periods: ['202601'] }),
    );
    const refused = await district.importBundle(Buffer.from(file.content, 'base64'));
    expect(refused).toMatchObject({ outcome: 'rejected', reasonCode: 'unknownDataset' });
    expect(refused.reason).toBe('Chưa có mẫu báo cáo RIENG-TRAM ở đơn vị này.');
  });

  it("prints the totals and signs them for the province with the district's own key", async () => {
    const stations = await threeStations();
    const { call } = await districtWith(stations);
    const totals = expectOk(await call('district.totals', { dataset: DATASET, period: '202601' }));
    const districtKey = expectOk(await call('bundles.key', {}));

    const pdf = expectOk(
      await call('district.export', { dataset: DATASET, period: '202601', format: 'pdf' }),
    );
    expect(pdf.fileName).toBe('TT37-XA-THANG_202601_01990_tong-hop.pdf');
    const text = pdfText(Buffer.from(pdf.content, 'base64'));
    expect(text).toContain('TRUNG TÂM Y TẾ KHU VỰC ĐÔNG ANH');
    expect(text).toContain('Tổng hợp số liệu đã chốt của 3 trạm');
    expect(text).toContain('Giám đốc');
    expect(text).toContain(districtKey.fingerprint);
    const xlsx = expectOk(
      await call('district.export', { dataset: DATASET, period: '202601', format: 'xlsx' }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.content, 'base64').buffer);
    const data = workbook.getWorksheet('DuLieu');
    const rows: Record<string, number> = {};
    data?.eachRow((row, n) => {
      if (n === 1) return;
      const [de, coc] = [row.getCell(4).text, row.getCell(5).text];
      rows[coc ? `${de}.${coc}` : de] = Number(row.getCell(6).value);
    });
    expect(rows.KCB_LUOT).toBe(39);

    const first = expectOk(await call('bundles.export', { dataset: DATASET, periods: ['202601'] }));
    expect(first.fileName).toBe('01990_TT37-XA-THANG_202601_r1.tram');
    const again = expectOk(await call('bundles.export', { dataset: DATASET, periods: ['202601'] }));
    expect(again.bundles[0]).toMatchObject({ counter: 2, revision: 1 });

    // The province (another district-kind Tram) takes it like any station's bundle.
    const province = makeBackend({ clock: testClock('2026-02-25T02:00:00.000Z') });
    const provinceTram = await setUpDistrict(province, { name: 'Sở Y tế', code: '01000' });
    const received = await provinceTram.importBundle(Buffer.from(first.content, 'base64'));
    expect(received).toMatchObject({
      outcome: 'pending-station',
      facilityCode: '01990',
      fingerprint: districtKey.fingerprint,
    });
    expectOk(
      await provinceTram.call('stations.confirm', {
        code: '01990',
        fingerprint: districtKey.fingerprint,
      }),
    );
    const upstream = expectOk(
      await provinceTram.call('district.totals', { dataset: DATASET, period: '202601' }),
    );
    const sums = new Map(totals.dataValues.map((v) => [key(v), v.value]));
    for (const v of upstream.dataValues) expect(v.value, key(v)).toBe(sums.get(key(v)));
    expect(upstream.dataValues).toHaveLength(totals.dataValues.length);
  });
});
