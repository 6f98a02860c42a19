import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { checkDefinition, problemPlace, readDefinition } from '../../shared/domain/reports/check';
import { translate } from '../../shared/i18n';
import { definitionSchema, type DefinitionInput } from '../../shared/domain/reports/definition';
import { parsePeriod } from '../../shared/domain/reports/periods';
import { validateValues } from '../../shared/domain/reports/validation';

const TT37 = JSON.parse(
  fs.readFileSync(path.join(SOURCE_ROOT, 'resources', 'reports', 'tt37-xa-thang.v1.json'), 'utf8'),
) as DefinitionInput;

const definition = (() => {
  const reading = readDefinition(TT37);
  if (!reading.ok) throw new Error('shipped definition invalid');
  return reading.definition;
})();

const november = parsePeriod('202611');
const january = parsePeriod('202601');
if (!november || !january) throw new Error('periods');

/** A small valid definition to break one piece at a time. */
function small(): DefinitionInput {
  return {
    format: 1,
    code: 'THU-NGHIEM',
    version: 1,
    name: 'Thử nghiệm',
    legalBasis: 'Không',
    effectiveFrom: '2026-01-01',
    periodTypes: ['month'],
    categories: [
      {
        code: 'GIOI_TINH',
        name: 'Giới',
        dimension: 'sex',
        options: [
          { code: 'NAM', name: 'Nam', sex: 'male' },
          { code: 'NU', name: 'Nữ', sex: 'female' },
        ],
      },
      {
        code: 'TUOI',
        name: 'Tuổi',
        dimension: 'age',
        options: [
          { code: 'DUOI5', name: '<5', toYears: 5 },
          { code: 'TU5', name: '≥5', fromYears: 5 },
        ],
      },
    ],
    sections: [
      {
        code: 'A',
        title: 'A',
        columns: [{ label: 'Tổng' }],
        rows: [
          {
            dataElement: 'LUOT',
            name: 'Lượt',
            indicator: 'visits.total',
            disaggregation: ['GIOI_TINH'],
          },
          { dataElement: 'THU', name: 'Thu', indicator: 'payments.received' },
          { dataElement: 'DAN', name: 'Dân số', entered: true },
        ],
      },
    ],
    rules: [{ code: 'R1', kind: 'le', left: ['THU'], right: ['LUOT'] }],
  };
}

function problemsOf(input: DefinitionInput): string[] {
  const parsed = definitionSchema.parse(input);
  return checkDefinition(parsed).map((p) => `${p.path} ${p.message.key}`);
}

describe('definition checks', () => {
  it('accept the shipped forms and a small valid one', () => {
    expect(checkDefinition(definition)).toEqual([]);
    expect(problemsOf(small())).toEqual([]);
  });

  it('refuse what would make a computed report wrong', () => {
    const withRow = (row: object): DefinitionInput => {
      const input = small();
      input.sections[0]?.rows.push(row as never);
      return input;
    };
    expect(
      problemsOf(withRow({ dataElement: 'X', name: 'x', indicator: 'visits.nothing' })),
    ).toEqual(['sections.0.rows.3.indicator reports.check.unknownIndicator']);
    expect(
      problemsOf(
        withRow({
          dataElement: 'X',
          name: 'x',
          indicator: { name: 'visits.icdChapter', params: { chapter: 23 } },
        }),
      ),
    ).toEqual(['sections.0.rows.3.indicator reports.check.params']);
    expect(
      problemsOf(
        withRow({
          dataElement: 'X',
          name: 'x',
          indicator: 'stock.closingValue',
          disaggregation: ['GIOI_TINH'],
        }),
      ),
    ).toEqual(['sections.0.rows.3.disaggregation reports.check.scalarDisaggregated']);
    expect(problemsOf(withRow({ dataElement: 'LUOT', name: 'x', entered: true }))).toEqual([
      'sections.0.rows.3.dataElement reports.check.duplicateCode',
    ]);
    expect(problemsOf(withRow({ dataElement: 'X', name: 'x' }))).toEqual([
      'sections.0.rows.3 reports.check.source',
    ]);
    expect(
      problemsOf(
        withRow({
          dataElement: 'X',
          name: 'x',
          indicator: 'visits.total',
          disaggregation: ['KHAC'],
        }),
      ),
    ).toEqual(['sections.0.rows.3.disaggregation.0 reports.check.unknownCategory']);

    const gap = small();
    gap.categories?.[1]?.options.splice(1, 1, { code: 'TU6', name: '≥6', fromYears: 6 });
    expect(problemsOf(gap)).toEqual(['categories.1.options.1 reports.check.ageBands']);
    const oneSex = small();
    oneSex.categories?.[0]?.options.splice(1, 1, { code: 'NU', name: 'Nữ', sex: 'male' });
    expect(problemsOf(oneSex)).toEqual(['categories.0.options reports.check.sexOptions']);
    const rule = small();
    rule.rules = [{ code: 'R2', kind: 'le', left: ['LUOT.KHAC'], right: ['LUOT'] }];
    expect(problemsOf(rule)).toEqual(['rules.0 reports.check.unknownOperand']);
  });

  it('report schema problems by path, translated', () => {
    const reading = readDefinition({ ...small(), version: 0, effectiveFrom: '2026-02-30' });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems.map((p) => p.path).sort()).toEqual(['effectiveFrom', 'version']);
  });

  it('say where a problem is in the words of the form', () => {
    const said = (path: string) => {
      const place = problemPlace(path);
      return place && translate('vi', place.key, place.params);
    };
    expect(said('sections.0.rows.10.indicator')).toBe('Mục 1, dòng 11 (indicator)');
    expect(said('sections.2.rows.0')).toBe('Mục 3, dòng 1');
    expect(said('sections.1.columns.3.options')).toBe('Mục 2 (columns.3.options)');
    expect(said('rules.14')).toBe('Quy tắc kiểm tra 15');
    expect(said('categories.0.options.1.toYears')).toBe('Phân tổ 1 (options.1.toYears)');
    expect(said('effectiveFrom')).toBeNull();
  });
});

describe('report checks', () => {
  const base = new Map<string, number>([
    ['KCB_LUOT', 10],
    ['KCB_LUOT.NAM', 4],
    ['KCB_LUOT.NU', 6],
    ['KCB_BHYT', 8],
    ['KCB_BHYT.NAM', 3],
    ['KCB_BHYT.NU', 5],
  ]);
  const errors = (values: Map<string, number>, period = november) =>
    validateValues(definition, values, { period }).filter((p) => p.rule !== 'NOT_ENTERED');

  it('pass when parts add up and parts stay under their wholes', () => {
    expect(errors(base)).toEqual([]);
  });

  it('catch a part over its whole, in the form own words', () => {
    const values = new Map(base).set('KCB_BHYT', 12).set('KCB_BHYT.NU', 9);
    const [problem] = errors(values);
    expect(problem).toMatchObject({
      rule: 'R_BHYT',
      severity: 'error',
      cells: ['KCB_BHYT', 'KCB_LUOT'],
      message: {
        key: 'reports.problem.le',
        params: {
          leftValue: '12',
          rightValue: '10',
          left: '1.1. Có thẻ bảo hiểm y tế',
          right: '1. Tổng số lượt khám bệnh',
        },
      },
      note: 'Lượt khám có thẻ BHYT không thể nhiều hơn tổng số lượt khám.',
    });
  });

  it('catch hand-entered parts that do not add up, a missing total, a missing part', () => {
    const sum = new Map(base).set('DS_TONG', 5000).set('DS_TONG.NAM', 2400).set('DS_TONG.NU', 2500);
    expect(errors(sum)).toEqual([
      expect.objectContaining({
        rule: 'DISAGGREGATION',
        cells: ['DS_TONG', 'DS_TONG.NAM', 'DS_TONG.NU'],
        message: {
          key: 'reports.problem.partsSum',
          params: { row: 'Dân số của xã', parts: '4.900', total: '5.000' },
        },
      }),
    ]);
    const noTotal = new Map(base).set('DS_TONG.NAM', 2400);
    expect(errors(noTotal)[0]?.message.key).toBe('reports.problem.noTotal');
    const missing = new Map(base).set('DS_TONG', 5000).set('DS_TONG.NAM', 2400);
    expect(errors(missing)[0]).toMatchObject({
      message: { key: 'reports.problem.partsMissing' },
      cells: ['DS_TONG.NU'],
    });
  });

  it('check a month against its year to date', () => {
    const over = new Map(base).set('TCMR_DAYDU', 12).set('TCMR_DAYDU_LUYKE', 10);
    expect(errors(over)[0]?.message.key).toBe('reports.problem.monthOverYear');
    const drift = new Map(base).set('TCMR_DAYDU', 3).set('TCMR_DAYDU_LUYKE', 40);
    const previous = new Map([['TCMR_DAYDU_LUYKE', 35]]);
    const found = validateValues(definition, drift, { period: november, previous }).filter(
      (p) => p.rule === 'R_TCMR',
    );
    expect(found.map((p) => [p.severity, p.message.params?.expected])).toEqual([['warning', '38']]);
    // January starts the year: the year to date is the month.
    const firstMonth = new Map(base).set('TCMR_DAYDU', 3).set('TCMR_DAYDU_LUYKE', 3);
    expect(
      validateValues(definition, firstMonth, { period: january }).filter(
        (p) => p.rule === 'R_TCMR',
      ),
    ).toEqual([]);
  });

  it('warn of each hand row left empty', () => {
    const notEntered = validateValues(definition, base, { period: november }).filter(
      (p) => p.rule === 'NOT_ENTERED',
    );
    expect(notEntered.every((p) => p.severity === 'warning')).toBe(true);
    expect(notEntered).toHaveLength(15);
  });
});
