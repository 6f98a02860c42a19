import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BundleImportResult, DistrictTotals, ReportView } from '../../shared/api';
import { makeBackend, testClock } from '../helpers/backend';
import { setUpDistrict, stationWithJanuary } from '../helpers/bundles';
import { serve } from '../helpers/http';

type Server = Awaited<ReturnType<typeof serve>>;

async function value<T>(server: Server, name: string, body: unknown, token: string): Promise<T> {
  const response = await server.post(name, body, token);
  const json = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!json.ok) throw new Error(`${name}: ${JSON.stringify(json.error)}`);
  return json.value;
}

describe('a station and a district, each its own server on loopback', () => {
  it('carries reports from stations to the district: export, import, confirm, totals', async () => {
    const stations = [
      await stationWithJanuary({ code: '01001', name: 'Trạm Y tế xã An Bình', visits: 14 }),
      await stationWithJanuary({ code: '01002', name: 'Trạm Y tế xã Bình Minh', visits: 9 }),
    ];
    const districtBackend = makeBackend({ clock: testClock('2026-02-20T02:00:00.000Z') });
    const { adminToken: districtToken } = await setUpDistrict(districtBackend);
    const district = await serve(districtBackend);

    const expected = new Map<string, number>();
    for (const station of stations) {
      const server = await serve(station.backend);
      // The file itself, as a browser download gets it.
      const response = await server.post(
        'bundles.export',
        { dataset: 'TT37-XA-THANG', periods: ['202601'] },
        station.adminToken,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/vnd.tram.bundle+zip');
      expect(response.headers.get('content-disposition')).toContain(
        '_TT37-XA-THANG_202601_r1.tram',
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe('PK');

      const imported = await value<BundleImportResult>(
        district,
        'bundles.import',
        { fileName: 'goi.tram', content: bytes.toString('base64') },
        districtToken,
      );
      expect(imported.outcome).toBe('pending-station');

      const view = await value<ReportView>(
        server,
        'reports.compute',
        { dataset: 'TT37-XA-THANG', period: '202601' },
        station.adminToken,
      );
      for (const v of view.dataValues) {
        const key = `${v.dataElement}.${v.categoryOptionCombo ?? ''}`;
        expected.set(key, (expected.get(key) ?? 0) + v.value);
      }
    }

    const listed = await value<{ code: string; status: string; fingerprint: string }[]>(
      district,
      'stations.list',
      {},
      districtToken,
    );
    expect(listed.map((s) => [s.code, s.status])).toEqual([
      ['01001', 'pending'],
      ['01002', 'pending'],
    ]);
    for (const station of listed) {
      await value(
        district,
        'stations.confirm',
        { code: station.code, fingerprint: station.fingerprint },
        districtToken,
      );
    }
    const totals = await value<DistrictTotals>(
      district,
      'district.totals',
      { dataset: 'TT37-XA-THANG', period: '202601' },
      districtToken,
    );
    const got = new Map(
      totals.dataValues.map((v) => [`${v.dataElement}.${v.categoryOptionCombo ?? ''}`, v.value]),
    );
    expect(got.get('KCB_LUOT.')).toBe(23);
    expect(got).toEqual(expected);
  });

  it('says "too large" over 20 MB and stops bigger bodies at the door', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpDistrict(backend);
    const district = await serve(backend);
    const big = randomBytes(20 * 1024 * 1024 + 10).toString('base64');
    const refused = await value<BundleImportResult>(
      district,
      'bundles.import',
      { fileName: 'to.tram', content: big },
      adminToken,
    );
    expect(refused).toMatchObject({ outcome: 'rejected', reasonCode: 'tooLarge' });
    expect(refused.reason).toBe('Tệp lớn hơn 20 MB, không mở.');
    const huge = await district.post(
      'bundles.import',
      { fileName: 'to.tram', content: randomBytes(23 * 1024 * 1024).toString('base64') },
      adminToken,
    );
    expect(huge.status).toBe(413);
  });
});
