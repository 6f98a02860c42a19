import { describe, expect, it } from 'vitest';
import {
  bundleFrom,
  districtTablesHash,
  DISTRICT,
  makeStation,
  nextBundle,
  resign,
  SAMPLE_VALUES,
  setUpDistrict,
  valueSetJson,
  type StationFixture,
} from '../helpers/bundles';
import { expectError, expectOk, makeBackend, makeUser, setUpClinic } from '../helpers/backend';

/** A district that has confirmed station 01001 from its first bundle (counter 1, January). */
async function districtWithStation() {
  const backend = makeBackend();
  const district = await setUpDistrict(backend);
  const station: StationFixture = makeStation('01001');
  const first = nextBundle(station);
  expect((await district.importBundle(first.bytes)).outcome).toBe('pending-station');
  expectOk(await district.call('stations.confirm', { code: station.code }));
  return { backend, station, first, ...district };
}

function valuesOf(backend: ReturnType<typeof makeBackend>, code: string, period = '202601') {
  return backend.services.sqlite
    .prepare(
      `SELECT data_element || '.' || category_option_combo AS k, value FROM station_values
       WHERE station_code = ? AND period = ? ORDER BY k`,
    )
    .all(code, period);
}

describe('a station seen for the first time', () => {
  it('waits as "chờ xác nhận" with its fingerprint until an admin confirms it', async () => {
    const backend = makeBackend();
    const district = await setUpDistrict(backend);
    const station = makeStation('01001', 'Trạm Y tế xã An Bình');
    const bundle = bundleFrom(station);
    const result = await district.importBundle(bundle.bytes, bundle.fileName);
    expect(result).toMatchObject({
      outcome: 'pending-station',
      facilityCode: '01001',
      facilityName: 'Trạm Y tế xã An Bình',
      fingerprint: station.signer.fingerprint,
      dataset: 'TT37-XA-THANG',
      period: '202601',
      revision: 1,
    });
    expect(valuesOf(backend, '01001')).toEqual([]);
    const [listed] = expectOk(await district.call('stations.list', {}));
    expect(listed).toMatchObject({
      code: '01001',
      status: 'pending',
      active: false,
      fingerprint: station.signer.fingerprint,
      pendingBundles: 1,
    });
    // The same file again while waiting changes nothing.
    expect((await district.importBundle(bundle.bytes)).outcome).toBe('pending-station');

    const wrong = expectError(
      await district.call('stations.confirm', {
        code: '01001',
        fingerprint: '0000-1111-2222-3333-4444-5555-6666-7777',
      }),
      'VALIDATION',
    );
    expect(wrong.fieldErrors?.fingerprint).toContain('không khớp');
    const confirmed = expectOk(
      await district.call('stations.confirm', {
        code: '01001',
        fingerprint: station.signer.fingerprint.toLowerCase(),
      }),
    );
    expect(confirmed.station).toMatchObject({
      status: 'active',
      active: true,
      pendingBundles: 0,
      lastCounter: 1,
    });
    expect(confirmed.imported.map((r) => r.outcome)).toEqual(['imported']);
    expect(valuesOf(backend, '01001')).toEqual([
      { k: 'KCB_BHYT.', value: 200 },
      { k: 'KCB_CHUYEN.', value: 3 },
      { k: 'KCB_LUOT.NAM', value: 120 },
      { k: 'KCB_LUOT.NU', value: 150 },
      { k: 'KCB_TE6.', value: 40 },
      { k: 'TC_THU.', value: 1_250_000 },
    ]);
    expect((await district.importBundle(bundle.bytes)).outcome).toBe('duplicate');
  });

  it('once rejected, its waiting bundles go and later ones are refused', async () => {
    const backend = makeBackend();
    const district = await setUpDistrict(backend);
    const impostor = makeStation('01002');
    await district.importBundle(nextBundle(impostor).bytes);
    await district.importBundle(nextBundle(impostor, { period: '202602' }).bytes);
    const rejected = expectOk(await district.call('stations.reject', { code: '01002' }));
    expect(rejected).toMatchObject({
      discarded: 2,
      station: { status: 'rejected', pendingBundles: 0 },
    });
    const later = await district.importBundle(nextBundle(impostor).bytes);
    expect(later).toMatchObject({ outcome: 'rejected', reasonCode: 'stationRejected' });
    expect(later.reason).toBe('Trạm gửi gói này đã bị từ chối.');
    expectError(await district.call('stations.confirm', { code: '01002' }), 'CONFLICT');
  });

  it('only an admin confirms or rejects', async () => {
    const backend = makeBackend();
    const district = await setUpDistrict(backend);
    await district.importBundle(bundleFrom(makeStation('01003')).bytes);
    const doctor = await makeUser(backend, district.adminToken, ['doctor']);
    expectError(
      await district.call('stations.confirm', { code: '01003' }, doctor.token),
      'FORBIDDEN',
    );
    expectError(
      await district.call('stations.reject', { code: '01003' }, doctor.token),
      'FORBIDDEN',
    );
  });
});

describe('revisions and the counter of a confirmed station', () => {
  it('takes a newer revision, refuses an older one and keeps a re-export as a duplicate', async () => {
    const { backend, importBundle, station } = await districtWithStation();
    const r2 = nextBundle(station, { revision: 2, values: { ...SAMPLE_VALUES, KCB_CHUYEN: 5 } });
    expect(await importBundle(r2.bytes)).toMatchObject({
      outcome: 'imported',
      revision: 2,
      counter: 2,
    });
    expect(valuesOf(backend, '01001')).toContainEqual({ k: 'KCB_CHUYEN.', value: 5 });
    // Revision 1 exported again later still loses to revision 2.
    const r1Again = nextBundle(station);
    const before = districtTablesHash(backend.services.sqlite);
    expect(await importBundle(r1Again.bytes)).toMatchObject({ outcome: 'superseded', revision: 1 });
    // Revision 2 exported again (new counter, same values): nothing changes.
    const r2Again = nextBundle(station, {
      revision: 2,
      values: { ...SAMPLE_VALUES, KCB_CHUYEN: 5 },
    });
    expect((await importBundle(r2Again.bytes)).outcome).toBe('duplicate');
    expect(districtTablesHash(backend.services.sqlite)).toBe(before);
    // Same revision, other values: someone is not telling the truth.
    const forged = nextBundle(station, {
      revision: 2,
      values: { ...SAMPLE_VALUES, KCB_CHUYEN: 9 },
    });
    expect(await importBundle(forged.bytes)).toMatchObject({
      outcome: 'rejected',
      reasonCode: 'sameRevisionDiffers',
    });
    expect(districtTablesHash(backend.services.sqlite)).toBe(before);
  });

  it('refuses a reused counter or bundle id and a broken chain', async () => {
    const { importBundle, station } = await districtWithStation();
    const first = nextBundle(station, { period: '202602' });
    expect((await importBundle(first.bytes)).outcome).toBe('imported');
    const sameCounter = bundleFrom(station, { period: '202603', counter: 2 });
    expect(await importBundle(sameCounter.bytes)).toMatchObject({ reasonCode: 'counterReused' });
    const sameId = bundleFrom(station, {
      period: '202603',
      counter: 7,
      bundleId: first.manifest.bundleId,
    });
    expect(await importBundle(sameId.bytes)).toMatchObject({ reasonCode: 'bundleIdReused' });
    const offChain = bundleFrom(station, {
      period: '202603',
      counter: 3,
      previousBundleHash: 'a'.repeat(64),
    });
    expect(await importBundle(offChain.bytes)).toMatchObject({ reasonCode: 'chainBroken' });
    const onChain = bundleFrom(station, {
      period: '202603',
      counter: 3,
      previousBundleHash: first.hash,
    });
    expect((await importBundle(onChain.bytes)).outcome).toBe('imported');
    // A gap is fine (a bundle the district never saw), and a late older bundle too.
    const later = bundleFrom(station, {
      period: '202605',
      counter: 9,
      previousBundleHash: 'b'.repeat(64),
    });
    expect((await importBundle(later.bytes)).outcome).toBe('imported');
    const earlier = bundleFrom(station, { period: '202604', counter: 6 });
    expect((await importBundle(earlier.bytes)).outcome).toBe('imported');
  });

  it("refuses another key under the station's code, its own bundles, values that do not match", async () => {
    const { importBundle, station } = await districtWithStation();
    const impostor = { ...makeStation('01001'), name: station.name };
    expect(await importBundle(bundleFrom(impostor, { counter: 2 }).bytes)).toMatchObject({
      outcome: 'rejected',
      reasonCode: 'keyMismatch',
    });
    // Claims the registered key but is signed by another.
    const claimed = resign(bundleFrom(impostor, { counter: 2 }).bytes, impostor.signer, (m) => {
      m.publicKey = station.signer.publicKey;
    });
    expect(await importBundle(claimed)).toMatchObject({ reasonCode: 'badSignature' });
    const ownCode = makeStation(DISTRICT.code);
    expect(await importBundle(bundleFrom(ownCode).bytes)).toMatchObject({
      reasonCode: 'ownBundle',
    });
    const otherOrgUnit = bundleFrom(station, {
      counter: 2,
      files: [
        {
          role: 'values',
          content: valueSetJson('01009', 'TT37-XA-THANG', '202601', SAMPLE_VALUES),
        },
      ],
    });
    expect(await importBundle(otherOrgUnit.bytes)).toMatchObject({ reasonCode: 'valuesInvalid' });
    const ratio = bundleFrom(station, {
      counter: 2,
      files: [
        {
          role: 'values',
          content: Buffer.from(
            '{"dataSet":"TT37-XA-THANG","period":"202601","orgUnit":"01001","dataValues":[{"dataElement":"KCB_LUOT","value":"12.5"}]}',
          ),
        },
      ],
    });
    expect(await importBundle(ratio.bytes)).toMatchObject({ reasonCode: 'valuesInvalid' });
  });

  it('says why in English when asked', async () => {
    const { backend, adminToken } = await districtWithStation();
    const result = expectOk(
      await backend.dispatcher.invoke(
        'bundles.import',
        { fileName: 'x.tram', content: Buffer.from('not a zip').toString('base64') },
        { token: adminToken, locale: 'en' },
      ),
    );
    expect(result).toMatchObject({
      outcome: 'rejected',
      reasonCode: 'notAZip',
      fileName: 'x.tram',
    });
    expect(result.reason).toBe('Not a Tram report bundle (the zip cannot be read).');
  });
});

describe('what each kind of Tram offers', () => {
  it('a station has no district procedures and a district no patients', async () => {
    const station = makeBackend();
    const { call } = await setUpClinic(station);
    const refused = expectError(
      await call('bundles.import', { fileName: 'a.tram', content: 'AA==' }),
      'FORBIDDEN',
    );
    expect(refused.reason).toBe('facilityKind');
    expectError(await call('stations.list', {}), 'FORBIDDEN');
    expect(expectOk(await call('auth.me', {})).facility.kind).toBe('station');

    const districtBackend = makeBackend();
    const district = await setUpDistrict(districtBackend);
    expectError(await district.call('patients.search', { q: 'an' }), 'FORBIDDEN');
    expectError(await district.call('stock.awaiting', {}), 'FORBIDDEN');
    expectOk(await district.call('stations.list', {}));
    expect(expectOk(await district.call('auth.me', {})).facility.kind).toBe('district');
  });

  it('keeps the kind chosen at setup when settings change the facility', async () => {
    const backend = makeBackend();
    const district = await setUpDistrict(backend);
    const { kind: _kind, ...details } = DISTRICT;
    const saved = expectOk(
      await district.call('settings.update', {
        facility: { ...details, name: 'TTYT khu vực Đông Anh' },
      }),
    );
    expect(saved.facility).toMatchObject({ name: 'TTYT khu vực Đông Anh', kind: 'district' });
  });
});
