import { describe, expect, it } from 'vitest';
import { valueMap } from '../../shared/domain/reports/value-set';
import { expectError, expectOk, makeUser } from '../helpers/backend';
import { november } from '../helpers/report-month';

const NOV = { dataset: 'TT37-XA-THANG', period: '202611' } as const;

describe('a month from draft to submitted, reopened and submitted again', () => {
  it('takes hand entries only where the form asks for them', async () => {
    const { call } = await november();
    const refused = expectError(
      await call('reports.enter', { ...NOV, values: [{ dataElement: 'KCB_LUOT', value: 99 }] }),
      'VALIDATION',
    );
    expect(refused.fieldErrorKeys).toEqual({
      'values.0.dataElement': { key: 'reports.enter.notEntered', params: { code: 'KCB_LUOT' } },
    });
    const combo = expectError(
      await call('reports.enter', {
        ...NOV,
        values: [{ dataElement: 'DS_TONG', categoryOptionCombo: 'DUOI5', value: 1 }],
      }),
      'VALIDATION',
    );
    expect(Object.keys(combo.fieldErrorKeys ?? {})).toEqual(['values.0.categoryOptionCombo']);
    expectError(
      await call('reports.enter', { ...NOV, values: [{ dataElement: 'DS_TONG', value: -1 }] }),
      'VALIDATION',
    );

    const entered = expectOk(
      await call('reports.enter', {
        ...NOV,
        values: [
          { dataElement: 'DS_TONG', value: 5000 },
          { dataElement: 'DS_TONG', categoryOptionCombo: 'NAM', value: 2400 },
          { dataElement: 'DS_TONG', categoryOptionCombo: 'NU', value: 2500 },
          { dataElement: 'NL_CANBO', value: 6 },
        ],
      }),
    );
    expect(entered.dataValues.filter((v) => v.source === 'entered')).toEqual([
      { dataElement: 'DS_TONG', value: 5000, source: 'entered' },
      { dataElement: 'DS_TONG', categoryOptionCombo: 'NAM', value: 2400, source: 'entered' },
      { dataElement: 'DS_TONG', categoryOptionCombo: 'NU', value: 2500, source: 'entered' },
      { dataElement: 'NL_CANBO', value: 6, source: 'entered' },
    ]);
    expect(entered.problems.filter((p) => p.severity === 'error').map((p) => p.rule)).toEqual([
      'DISAGGREGATION',
    ]);
    // null clears a value.
    const cleared = expectOk(
      await call('reports.enter', { ...NOV, values: [{ dataElement: 'NL_CANBO', value: null }] }),
    );
    expect(valueMap(cleared.dataValues).has('NL_CANBO')).toBe(false);
  });

  it('is handed in once checks pass and the month has ended, then stays frozen', async () => {
    const { backend, call, clock, fixtures, adminToken } = await november();
    const reporter = await makeUser(backend, adminToken, ['reporter'], 'thongke');
    expectOk(
      await call('reports.enter', {
        ...NOV,
        values: [
          { dataElement: 'DS_TONG', value: 5000 },
          { dataElement: 'DS_TONG', categoryOptionCombo: 'NAM', value: 2400 },
          { dataElement: 'DS_TONG', categoryOptionCombo: 'NU', value: 2500 },
        ],
      }),
    );
    const withErrors = expectError(await call('reports.submit', NOV, reporter.token), 'VALIDATION');
    expect(withErrors.messageKey).toBe('reports.submit.errors');
    expect((withErrors.details?.problems as unknown[]).length).toBe(1);
    // December has not ended: it cannot be handed in.
    expectError(
      await call('reports.submit', { ...NOV, period: '202612' }, reporter.token),
      'CONFLICT',
    );

    expectOk(
      await call(
        'reports.enter',
        { ...NOV, values: [{ dataElement: 'DS_TONG', categoryOptionCombo: 'NU', value: 2600 }] },
        reporter.token,
      ),
    );
    const submitted = expectOk(await call('reports.submit', NOV, reporter.token));
    expect(submitted).toMatchObject({ status: 'submitted', revision: 1, deadline: 'submitted' });
    expect(submitted.history).toEqual([
      {
        revision: 1,
        submittedAt: '2026-12-03T02:00:00.000Z',
        submittedBy: 'Người dùng thongke',
        late: false,
      },
    ]);
    expect(submitted.changedSinceSubmission).toEqual({ count: 0, differences: [] });
    expectError(await call('reports.submit', NOV), 'CONFLICT');
    expectError(
      await call('reports.enter', { ...NOV, values: [{ dataElement: 'NL_CANBO', value: 5 }] }),
      'CONFLICT',
    );

    // A visit of 20 November finished late, after the report went in.
    const patient = fixtures.patient({ sex: 'female', birthDate: '1995-01-01' });
    fixtures.visit({ patientId: patient, date: '2026-11-20', diagnoses: ['J06.9'] });
    clock.advance(60_000);
    const later = expectOk(await call('reports.compute', NOV));
    expect(valueMap(later.dataValues).get('KCB_LUOT')).toBe(8);
    // A woman of 31 with J06.9: the visits, acute respiratory infections and chapter X move.
    expect(later.changedSinceSubmission).toEqual({
      count: 6,
      differences: [
        { dataElement: 'KCB_LUOT', before: 8, after: 9 },
        { dataElement: 'KCB_LUOT', categoryOptionCombo: 'NU', before: 4, after: 5 },
        { dataElement: 'BENH_HHCT', before: 1, after: 2 },
        { dataElement: 'BENH_HHCT', categoryOptionCombo: 'NU', before: 1, after: 2 },
        { dataElement: 'BENH_CH10', before: 1, after: 2 },
        { dataElement: 'BENH_CH10', categoryOptionCombo: 'NU_TU15', before: 0, after: 1 },
      ],
    });

    // Only an administrator reopens, and says why.
    expectError(
      await call('reports.reopen', { ...NOV, reason: 'Sót lượt khám' }, reporter.token),
      'FORBIDDEN',
    );
    expectError(await call('reports.reopen', { ...NOV, reason: '  ' }), 'VALIDATION');
    const reopened = expectOk(await call('reports.reopen', { ...NOV, reason: 'Sót lượt khám' }));
    expect(reopened).toMatchObject({ status: 'draft', revision: 2 });
    expect(valueMap(reopened.dataValues).get('KCB_LUOT')).toBe(9);
    expect(valueMap(reopened.dataValues).get('DS_TONG.NU')).toBe(2600);

    const again = expectOk(await call('reports.submit', NOV, reporter.token));
    expect(again).toMatchObject({ status: 'submitted', revision: 2 });
    expect(again.history.map((h) => [h.revision, h.reason ?? null])).toEqual([
      [1, 'Sót lượt khám'],
      [2, null],
    ]);
    const audit = expectOk(await call('audit.list', { action: 'reports.reopen' })).entries;
    expect(audit[0]).toMatchObject({
      entity: 'report',
      entityId: 'TT37-XA-THANG/202611',
      detail: { revision: 1, reason: 'Sót lượt khám' },
    });
  });

  it('shows last period beside each hand row and builds longer periods from the months', async () => {
    const { call } = await november();
    const enter = (period: string, values: { dataElement: string; value: number }[]) =>
      call('reports.enter', { dataset: 'TT37-XA-THANG', period, values });
    expectOk(
      await enter('202610', [
        { dataElement: 'DS_TONG', value: 4980 },
        { dataElement: 'DS_SINH', value: 3 },
      ]),
    );
    expectOk(
      await enter('202611', [
        { dataElement: 'DS_TONG', value: 5000 },
        { dataElement: 'DS_SINH', value: 4 },
      ]),
    );
    expectOk(
      await enter('202612', [
        { dataElement: 'DS_TONG', value: 5010 },
        { dataElement: 'DS_SINH', value: 2 },
      ]),
    );
    const month = expectOk(await call('reports.compute', NOV));
    expect(month.previous).toEqual({
      period: '202610',
      values: [
        { dataElement: 'DS_TONG', value: 4980, source: 'entered' },
        { dataElement: 'DS_SINH', value: 3, source: 'entered' },
      ],
    });
    const quarter = valueMap(
      expectOk(await call('reports.compute', { ...NOV, period: '2026Q4' })).dataValues,
    );
    // A population is a level (the last month's); births add up.
    expect(quarter.get('DS_TONG')).toBe(5010);
    expect(quarter.get('DS_SINH')).toBe(9);
    // The district's form has no half-year: asking for one is refused.
    expectError(
      await call('reports.compute', { dataset: 'TTYT-KV-THANG', period: '2026S2' }),
      'VALIDATION',
    );
    expectError(
      await call('reports.compute', { dataset: 'KHONG-CO', period: '202611' }),
      'NOT_FOUND',
    );
    expectError(
      await call('reports.compute', { dataset: 'TT37-XA-THANG', period: '202613' }),
      'VALIDATION',
    );
  });

  it('tracks each form’s due dates and what was handed in', async () => {
    const { call } = await november();
    expectOk(await call('reports.submit', { dataset: 'TTYT-KV-THANG', period: '202611' }));
    const rows = expectOk(await call('reports.deadlines', {}));
    // 31/12/2026 is a Thursday, 30/11 a Monday, 31/10 a Saturday, 30/9 a Wednesday.
    expect(rows.map((r) => [r.dataset, r.period, r.dueDate, r.state])).toEqual([
      ['TT37-XA-THANG', '202612', '2027-01-07', 'open'],
      ['TT37-XA-THANG', '202611', '2026-12-07', 'due'],
      ['TT37-XA-THANG', '202610', '2026-11-06', 'late'],
      ['TT37-XA-THANG', '202609', '2026-10-07', 'late'],
      ['TTYT-KV-THANG', '202612', '2027-01-05', 'open'],
      ['TTYT-KV-THANG', '202611', '2026-12-03', 'submitted'],
      ['TTYT-KV-THANG', '202610', '2026-11-04', 'late'],
      ['TTYT-KV-THANG', '202609', '2026-10-05', 'late'],
    ]);
    // The working days are a setting, and holidays do not count.
    expectOk(
      await call('settings.update', {
        reports: { deadlineWorkingDays: 10, holidays: ['2026-12-02'] },
      }),
    );
    const later = expectOk(await call('reports.deadlines', {}));
    expect(later.find((r) => r.period === '202611' && r.dataset === 'TT37-XA-THANG')?.dueDate).toBe(
      '2026-12-15',
    );
  });

  it('lets a reporter see reports and the overview, and no patient', async () => {
    const { backend, adminToken, call } = await november();
    const reporter = await makeUser(backend, adminToken, ['reporter'], 'thongke');
    expectOk(await call('reports.compute', NOV, reporter.token));
    expectOk(
      await call('reports.dashboard', { from: '2026-11-01', to: '2026-11-30' }, reporter.token),
    );
    expectError(await call('patients.search', { q: 'a' }, reporter.token), 'FORBIDDEN');
    expectError(await call('queue.today', {}, reporter.token), 'FORBIDDEN');
    const upload = { fileName: 'x.json', content: Buffer.from('{}').toString('base64') };
    expectError(await call('reports.definitions.import', upload, reporter.token), 'FORBIDDEN');
    const cashier = await makeUser(backend, adminToken, ['cashier'], 'thungan');
    expectError(await call('reports.compute', NOV, cashier.token), 'FORBIDDEN');
  });

  it('gives the overview the month: visits per day, diagnoses, takings and stock', async () => {
    const { call } = await november();
    const board = expectOk(
      await call('reports.dashboard', { from: '2026-11-01', to: '2026-11-30' }),
    );
    expect(board.visitsPerDay).toHaveLength(30);
    expect(board.visitsPerDay.filter((d) => d.visits > 0)).toEqual([
      { date: '2026-11-02', visits: 2, insured: 2 },
      { date: '2026-11-05', visits: 1, insured: 0 },
      { date: '2026-11-10', visits: 2, insured: 1 },
      { date: '2026-11-12', visits: 1, insured: 0 },
      { date: '2026-11-25', visits: 1, insured: 1 },
      { date: '2026-11-30', visits: 1, insured: 0 },
    ]);
    expect([board.visits, board.insured, board.takings]).toEqual([8, 4, 153_700]);
    expect(board.topDiagnoses.map((d) => [d.code, d.visits])).toEqual([
      ['E11.9', 1],
      ['I10', 1],
      ['I11.9', 1],
      ['J06.9', 1],
      ['K29.7', 1],
      ['S52.5', 1],
      ['T63.0', 1],
      ['Z00.0', 1],
    ]);
    expect(board.takingsPerDay.find((d) => d.date === '2026-11-13')?.amount).toBe(-30_000);
    // On hand now: 890 × 500 + 145 × 1,200; nothing expires within 90 days.
    expect(board.stock).toMatchObject({ value: 619_000, expiring: { batches: 0, value: 0 } });
    expectError(
      await call('reports.dashboard', { from: '2026-01-01', to: '2027-03-01' }),
      'VALIDATION',
    );
  });
});
