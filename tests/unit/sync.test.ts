import { describe, expect, it } from 'vitest';
import {
  aggregateValueSet,
  backoffMs,
  BACKOFF,
  mapDataValueSet,
  mappingToCsv,
  parseMappingCsv,
  readImportSummary,
  summaryAccepted,
} from '../../shared/domain/sync';

describe('retry timing', () => {
  it('doubles from a minute up to six hours, with half of each wait at random', () => {
    expect(backoffMs(1, () => 0)).toBe(30_000);
    expect(backoffMs(1, () => 1)).toBe(60_000);
    expect(backoffMs(4, () => 0)).toBe(4 * 60_000);
    expect(backoffMs(4, () => 1)).toBe(8 * 60_000);
    expect(backoffMs(30, () => 1)).toBe(BACKOFF.maxMs);
    expect(backoffMs(30, () => 0)).toBe(BACKOFF.maxMs / 2);
    for (let n = 1; n < 15; n++) {
      const wait = backoffMs(n);
      expect(wait).toBeGreaterThanOrEqual(Math.min(BACKOFF.maxMs, 60_000 * 2 ** (n - 1)) / 2);
      expect(wait).toBeLessThanOrEqual(BACKOFF.maxMs);
    }
  });
});

describe('the DHIS2 code mapping', () => {
  it('reads csv as staff keep it: a header, Vietnamese kinds, quotes, semicolons', () => {
    const { mapping, rows, problems } = parseMappingCsv(
      '\uFEFFloai;ma_tram;ma_dhis2\r\n' +
        'chi_tieu;KCB_LUOT;"kcb ""visits"""\r\n' +
        'dataElement,KCB_BHYT,abc123\n' +
        'phan_to,NAM,M\n' +
        '# a comment\n\n' +
        'bieu_mau,TT37-XA-THANG,DS1\n' +
        'don_vi,01001,OU1\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toBe(5);
    expect(mapping).toEqual({
      dataElement: { KCB_LUOT: 'kcb "visits"', KCB_BHYT: 'abc123' },
      categoryOptionCombo: { NAM: 'M' },
      dataSet: { 'TT37-XA-THANG': 'DS1' },
      orgUnit: { '01001': 'OU1' },
    });
    expect(parseMappingCsv(mappingToCsv(mapping)).mapping).toEqual(mapping);
  });

  it('names the lines it cannot read', () => {
    const { problems } = parseMappingCsv('kind,tram,dhis2\nwhatever,A,B\ndataElement,A\n');
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it("sends Tram's own code for anything not mapped", () => {
    const mapped = mapDataValueSet(
      {
        dataSet: 'DS',
        period: '202601',
        orgUnit: '01001',
        dataValues: [
          { dataElement: 'A', categoryOptionCombo: 'NAM', value: '3' },
          { dataElement: 'B', value: '4' },
        ],
      },
      { dataElement: { A: 'x' }, orgUnit: { '01001': 'OU' } },
    );
    expect(mapped).toEqual({
      dataSet: 'DS',
      period: '202601',
      orgUnit: 'OU',
      dataValues: [
        { dataElement: 'x', categoryOptionCombo: 'NAM', value: '3' },
        { dataElement: 'B', value: '4' },
      ],
    });
  });
});

describe("DHIS2's import summaries", () => {
  // The shapes below are DHIS2's documented answers (Web API, "Data values" → import summary).
  it('reads 2.38+ answers: the summary under response, 409 with conflicts', () => {
    const ok = readImportSummary(200, {
      httpStatus: 'OK',
      httpStatusCode: 200,
      status: 'OK',
      message: 'Import was successful.',
      response: {
        responseType: 'ImportSummary',
        status: 'SUCCESS',
        importOptions: { idSchemes: {}, dryRun: false },
        description: 'Import process completed successfully',
        importCount: { imported: 2, updated: 1, ignored: 0, deleted: 0 },
        conflicts: [],
        dataSetComplete: 'false',
      },
    });
    expect(ok).toMatchObject({
      httpStatus: 200,
      status: 'SUCCESS',
      importCount: { imported: 2, updated: 1, ignored: 0, deleted: 0 },
    });
    expect(summaryAccepted(ok)).toBe(true);
    const conflict = readImportSummary(409, {
      httpStatus: 'Conflict',
      httpStatusCode: 409,
      status: 'WARNING',
      message: 'One more conflicts encountered, please check import summary.',
      response: {
        responseType: 'ImportSummary',
        status: 'WARNING',
        importCount: { imported: 1, updated: 0, ignored: 1, deleted: 0 },
        conflicts: [
          {
            object: 'XYZ',
            objects: { dataElement: 'XYZ' },
            value: 'Data element not found or not accessible',
            errorCode: 'E7610',
          },
        ],
      },
    });
    expect(conflict.conflicts).toEqual([
      { object: 'XYZ', value: 'Data element not found or not accessible' },
    ]);
    expect(summaryAccepted(conflict)).toBe(false);
  });

  it('reads older answers: the summary at the top', () => {
    const old = readImportSummary(200, {
      responseType: 'ImportSummary',
      status: 'SUCCESS',
      importCount: { imported: 0, updated: 0, ignored: 3, deleted: 0 },
    });
    expect(old).toMatchObject({ status: 'SUCCESS', importCount: { ignored: 3 } });
    expect(summaryAccepted(old)).toBe(true);
    expect(summaryAccepted(readImportSummary(200, { status: 'ERROR' }))).toBe(false);
    expect(summaryAccepted(readImportSummary(200, 'not json'))).toBe(false);
  });
});

describe('the aggregate-only payload', () => {
  const base = {
    dataSet: 'TT37-XA-THANG',
    period: '202601',
    orgUnit: '01001',
    dataValues: [{ dataElement: 'KCB_LUOT', categoryOptionCombo: 'NAM', value: '12' }],
  };
  it('takes codes and counts, and refuses anything else', () => {
    expect(aggregateValueSet.safeParse(base).success).toBe(true);
    for (const bad of [
      { ...base, patient: 'Nguyễn Văn A' },
      { ...base, dataValues: [{ ...base.dataValues[0], comment: 'Nguyễn Văn A' }] },
      { ...base, dataValues: [{ dataElement: 'KCB_LUOT', value: 'Nguyễn Văn A' }] },
      { ...base, dataValues: [{ dataElement: 'Nguyễn Văn A', value: '1' }] },
      { ...base, orgUnit: 'Nguyễn Văn A' },
    ]) {
      expect(aggregateValueSet.safeParse(bad).success).toBe(false);
    }
  });
});
