import { describe, expect, it } from 'vitest';
import { valueKey, valueMap } from '../../shared/domain/reports/value-set';
import { expectOk } from '../helpers/backend';
import { november } from '../helpers/report-month';

/** Chapters by hand: V1 I10 IX, V2 J06.9 X, V3 K29.7 XI, V4 S52.5 XIX, V5 E11.9 IV, V6 I11.9 IX, V7 T63.0 XIX, V12 Z00.0 XXI. */
const CHAPTERS: Record<string, Record<string, number>> = {
  BENH_CH04: { NU_TU15: 1 }, // V5, 59
  BENH_CH09: { NAM_TU15: 1, NU_TU15: 1 }, // V1 (76), V6 (60)
  BENH_CH10: { NU_DUOI5: 1 }, // V2 (4)
  BENH_CH11: { NU_TU15: 1 }, // V3 (36)
  BENH_CH19: { NAM_5DEN14: 2 }, // V4 (5), V7 (14)
  BENH_CH21: { NAM_5DEN14: 1 }, // V12 (6)
};
const COMBOS = ['NAM_DUOI5', 'NAM_5DEN14', 'NAM_TU15', 'NU_DUOI5', 'NU_5DEN14', 'NU_TU15'];

function chapterValues(): Record<string, number> {
  const values: Record<string, number> = {};
  for (let chapter = 1; chapter <= 22; chapter++) {
    const code = `BENH_CH${String(chapter).padStart(2, '0')}`;
    const parts = CHAPTERS[code] ?? {};
    let total = 0;
    for (const combo of COMBOS) {
      values[valueKey(code, combo)] = parts[combo] ?? 0;
      total += parts[combo] ?? 0;
    }
    values[code] = total;
  }
  return values;
}

// Counted: V1 V2 V3 V4 V5 V6 V7 V12 — men V1 V4 V7 V12, women V2 V3 V5 V6.
const TT37: Record<string, number> = {
  KCB_LUOT: 8,
  'KCB_LUOT.NAM': 4,
  'KCB_LUOT.NU': 4,
  KCB_BHYT: 4, // V1 V2 V4 V6
  'KCB_BHYT.NAM': 2,
  'KCB_BHYT.NU': 2,
  KCB_TE6: 2, // V2 (4 y), V4 (70 months); V12's year-only 2020 is 6
  'KCB_TE6.NAM': 1,
  'KCB_TE6.NU': 1,
  KCB_TE15: 4, // V2 V4 V7 V12
  'KCB_TE15.NAM': 3,
  'KCB_TE15.NU': 1,
  KCB_CAOTUOI: 2, // V1 (76), V6 (60 since 20/11); V5 was 59
  'KCB_CAOTUOI.NAM': 1,
  'KCB_CAOTUOI.NU': 1,
  KCB_CAPCUU: 1, // V7
  KCB_CHUYEN: 2, // V4 V7
  KCB_XN: 4, // V1 1 + V3 2 + V6 1 (V12's cancelled, V8 not finished)
  KCB_KEDON: 3, // V1 V2 V5
  BENH_THA: 3, // V1 I10, V3 I10 (secondary), V6 I11.9
  'BENH_THA.NAM': 1,
  'BENH_THA.NU': 2,
  BENH_DTD: 2, // V1 E11, V5 E11.9
  'BENH_DTD.NAM': 1,
  'BENH_DTD.NU': 1,
  BENH_HHCT: 1, // V2 J06.9 (V8's J20.9 does not count)
  'BENH_HHCT.NAM': 0,
  'BENH_HHCT.NU': 1,
  BENH_TIEUCHAY: 0,
  'BENH_TIEUCHAY.NAM': 0,
  'BENH_TIEUCHAY.NU': 0,
  BENH_CHANTHUONG: 1, // V4 S52.5
  'BENH_CHANTHUONG.NAM': 1,
  'BENH_CHANTHUONG.NU': 0,
  BENH_TNGT: 1, // V4 V43.5
  'BENH_TNGT.NAM': 1,
  'BENH_TNGT.NU': 0,
  BENH_NGODOC: 1, // V7 T63.0
  'BENH_NGODOC.NAM': 1,
  'BENH_NGODOC.NU': 0,
  ...chapterValues(),
  DUOC_NHAP_GT: 240_000, // 200 × 1,200
  DUOC_XUAT_GT: 105_000, // (100 − 10) × 500 + 50 × 1,200
  DUOC_HUY_GT: 10_000, // 20 × 500
  DUOC_TON_GT: 625_000, // 890 × 500 + 150 × 1,200
  TC_TONGCHI: 708_700, // 150,000 + 80,000 + 200,000 + 50,000 + 60,000 + 100,000 + 30,000 + 38,700
  TC_BHYT: 330_000, // 120,000 + 80,000 + 50,000 + 80,000
  TC_THU: 153_700, // 30,000 + 60,000 + 30,000 − 30,000 + 38,700 + 25,000 (V10's, 1/11 00:10)
};

const DISTRICT: Record<string, number> = {
  KV_LUOT: 8,
  'KV_LUOT.CO': 4,
  'KV_LUOT.KHONG': 4,
  KV_TE6: 2,
  'KV_TE6.CO': 2, // V2 and V4 are both insured
  'KV_TE6.KHONG': 0,
  KV_CAPCUU: 1,
  KV_TAINAN: 1,
  KV_NGODOC: 1,
  KV_XN: 4,
  KV_THUOC_MUA: 240_000,
  KV_THUOC_BAN: 105_000,
  KV_THUOC_HONG: 10_000,
  KV_THUOC_VON: 625_000,
};

describe('reports.compute over a hand-counted November', () => {
  it('gives every computed figure of TT37-XA-THANG as counted by hand', async () => {
    const { call } = await november();
    const report = expectOk(
      await call('reports.compute', { dataset: 'TT37-XA-THANG', period: '202611' }),
    );
    expect(report).toMatchObject({
      dataset: 'TT37-XA-THANG',
      period: '202611',
      orgUnit: '01001',
      status: 'draft',
      dueDate: '2026-12-07',
      deadline: 'due',
      ended: true,
    });
    expect(report.revision).toBeUndefined();
    const computed = report.dataValues.filter((v) => v.source === 'computed');
    expect(Object.fromEntries(valueMap(computed))).toEqual(TT37);
    // Nothing entered by hand yet: each hand row is a warning, and no check fails.
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.filter((p) => p.rule === 'NOT_ENTERED').map((p) => p.cells[0])).toEqual([
      'KCB_NGHEO',
      'KCB_YHCT',
      'KCB_TUVONG',
      'DUOC_HETTHUOC',
      'DS_TONG',
      'DS_SINH',
      'DS_TUVONG',
      'NL_CANBO',
      'BM_QLTHAI',
      'BM_KHAMTHAI4',
      'BM_DE',
      'TE_SDD5',
      'TCMR_DAYDU',
      'TCMR_DAYDU_LUYKE',
      'KHHGD_MOI',
    ]);
  });

  it('gives the district template the same month', async () => {
    const { call } = await november();
    const report = expectOk(
      await call('reports.compute', { dataset: 'TTYT-KV-THANG', period: '202611' }),
    );
    const computed = report.dataValues.filter((v) => v.source === 'computed');
    expect(Object.fromEntries(valueMap(computed))).toEqual(DISTRICT);
    // Its own deadline: 3 working days after Monday 30 November.
    expect(report.dueDate).toBe('2026-12-03');
  });

  it('adds the months of a quarter and the year to date', async () => {
    const { call } = await november();
    const quarter = expectOk(
      await call('reports.compute', { dataset: 'TT37-XA-THANG', period: '2026Q4' }),
    );
    const values = valueMap(quarter.dataValues);
    // V10 (31 October) and V11 (1 December) join November's 8.
    expect(values.get('KCB_LUOT')).toBe(10);
    expect(values.get('KCB_BHYT')).toBe(5);
    // V6's 20,000 (1/12 local) and V10's 10,000 (31/10) join November's takings.
    expect(values.get('TC_THU')).toBe(153_700 + 20_000 + 10_000);
    // Stock in the quarter: batch 1 was received on 15 October; the 5 of 1 December are out too.
    expect(values.get('DUOC_NHAP_GT')).toBe(1000 * 500 + 200 * 1_200);
    expect(values.get('DUOC_XUAT_GT')).toBe(105_000 + 5 * 1_200);
  });
});
