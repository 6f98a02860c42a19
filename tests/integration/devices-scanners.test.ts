import { SerialPortMock } from 'serialport';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { Events } from '../../shared/api';
import { expectError, expectOk, makeBackend, makeUser, setUpClinic } from '../helpers/backend';
import { serve } from '../helpers/http';
import {
  FakeHid,
  hidReports,
  keyboard,
  mockBinding,
  mockPort,
  posScanner,
} from '../helpers/scanners';

const CCCD =
  '001090123456|012345678|Nguyễn Văn Á|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021';

afterEach(() => mockBinding.reset());

async function withScanners() {
  const hid = new FakeHid();
  const serialPorts: SerialPortMock[] = [];
  const backend = makeBackend({
    devices: {
      scanners: {
        hid,
        openSerialPort: (options) => {
          const port = new SerialPortMock(options);
          serialPorts.push(port);
          return port;
        },
        listSerialPorts: () => mockBinding.list(),
        backoff: { initialMs: 10, maxMs: 20 },
      },
    },
  });
  const { adminToken, call } = await setUpClinic(backend);
  const scans: Events['scanner.scan'][] = [];
  backend.events.subscribe((event, payload) => {
    if (event === 'scanner.scan') scans.push(payload as Events['scanner.scan']);
  });
  return { backend, adminToken, call, hid, serialPorts, scans };
}

async function stateOf(backend: Backend, token: string, which: 'hid' | 'serial'): Promise<string> {
  const view = expectOk(await backend.dispatcher.invoke('devices.scanners.list', {}, { token }));
  return view.status[which].state;
}

/** Reads the SSE stream of /api/events until a scanner.scan arrives. */
async function nextScanOverHttp(url: string, token: string, trigger: () => void): Promise<unknown> {
  const response = await fetch(`${url}/api/events`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let triggered = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('event stream ended');
      buffer += value;
      if (!triggered && buffer.includes(': connected')) {
        triggered = true;
        trigger();
      }
      const match = /event: scanner\.scan\ndata: (.*)\n\n/.exec(buffer);
      if (match?.[1]) return JSON.parse(match[1]) as unknown;
    }
  } finally {
    await reader.cancel();
  }
}

describe('HID POS scanner in the backend', () => {
  it('lists HID POS scanners and serial ports, not keyboards', async () => {
    const { call, hid } = await withScanners();
    hid.present = [keyboard, posScanner('/dev/hidraw3')];
    mockBinding.createPort('/dev/ttyACM0');
    const view = expectOk(await call('devices.scanners.list', {}));
    expect(view).toMatchObject({
      hid: [
        {
          path: '/dev/hidraw3',
          vendorId: 0x0c2e,
          productId: 0x0b61,
          product: 'Honeywell 1470g',
        },
      ],
      serialPorts: [{ path: '/dev/ttyACM0' }],
      status: { hid: { state: 'off' }, serial: { state: 'off' } },
      problems: [],
    });
  });

  it('emits the CCCD QR with its Vietnamese text, survives an unplug, and reaches SSE clients', async () => {
    const { backend, adminToken, call, hid, scans } = await withScanners();
    hid.present = [keyboard, posScanner('/dev/hidraw3')];
    expectOk(
      await call('devices.scanners.save', {
        hid: { enabled: true, vendorId: 0x0c2e, productId: 0x0b61 },
        serial: { enabled: false },
      }),
    );
    await vi.waitFor(async () =>
      expect(await stateOf(backend, adminToken, 'hid')).toBe('connected'),
    );

    hidReports('cccd').forEach((report) => hid.handles[0]!.emit('data', report));
    expect(scans).toEqual([{ text: CCCD, via: 'hid' }]);

    // Unplugged: node-hid reports a read error and the scanner leaves the list.
    hid.present = [keyboard];
    hid.handles[0]!.emit('error', new Error('could not read from HID device'));
    await vi.waitFor(async () =>
      expect(await stateOf(backend, adminToken, 'hid')).toBe('reconnecting'),
    );
    // Plugged into another port: found again by its ids, without restarting anything.
    hid.present = [keyboard, posScanner('/dev/hidraw5')];
    await vi.waitFor(async () =>
      expect(await stateOf(backend, adminToken, 'hid')).toBe('connected'),
    );

    const { url } = await serve(backend);
    const receptionist = await makeUser(backend, adminToken, ['receptionist']);
    const overHttp = await nextScanOverHttp(url, receptionist.token, () =>
      hidReports('single').forEach((report) => hid.handles.at(-1)!.emit('data', report)),
    );
    expect(overHttp).toEqual({ text: '79001-2026-00042', via: 'hid' });
    expect(scans.at(-1)).toEqual({ text: '79001-2026-00042', via: 'hid' });
  });

  it('keeps the choice in the scannerDevices settings section and stops when disabled', async () => {
    const { backend, adminToken, call, hid } = await withScanners();
    hid.present = [posScanner('/dev/hidraw3')];
    const choice = {
      hid: { enabled: true, path: '/dev/hidraw3' },
      serial: { enabled: false, path: '', baudRate: 9600 },
    };
    expectOk(await call('devices.scanners.save', choice));
    expect(expectOk(await call('settings.get', {})).scannerDevices).toEqual(choice);
    await vi.waitFor(async () =>
      expect(await stateOf(backend, adminToken, 'hid')).toBe('connected'),
    );

    expectOk(await call('devices.scanners.save', { ...choice, hid: { enabled: false } }));
    expect(await stateOf(backend, adminToken, 'hid')).toBe('off');
    expect(hid.handles[0]?.closed).toBe(true);

    const missing = expectError(
      await call('devices.scanners.save', { ...choice, hid: { enabled: true } }),
      'VALIDATION',
    );
    expect(missing.fieldErrors).toEqual({ 'hid.path': 'Chọn máy quét' });
    const cashier = await makeUser(backend, adminToken, ['cashier']);
    expectError(await call('devices.scanners.save', choice, cashier.token), 'FORBIDDEN');
  });

  it('reports a driver library that cannot load instead of failing', async () => {
    const backend = makeBackend({
      devices: {
        scanners: {
          hid: {
            devices: () => {
              throw new Error('libusb-1.0.so.0: cannot open shared object file');
            },
            open: () => {
              throw new Error('unreachable');
            },
          },
          listSerialPorts: () => Promise.resolve([]),
        },
      },
    });
    const { call } = await setUpClinic(backend);
    const view = expectOk(await call('devices.scanners.list', {}));
    expect(view.hid).toEqual([]);
    expect(view.problems).toEqual([
      {
        key: 'devices.scanner.unavailable',
        params: { detail: 'libusb-1.0.so.0: cannot open shared object file' },
      },
    ]);
  });
});

describe('USB-COM scanner in the backend', () => {
  it('emits scans from the serial port and reopens it after an unplug', async () => {
    const { backend, adminToken, call, serialPorts, scans } = await withScanners();
    mockBinding.createPort('/dev/ttyACM0');
    expectOk(
      await call('devices.scanners.save', {
        hid: { enabled: false },
        serial: { enabled: true, path: '/dev/ttyACM0', baudRate: 115200 },
      }),
    );
    await vi.waitFor(async () =>
      expect(await stateOf(backend, adminToken, 'serial')).toBe('connected'),
    );
    expect(serialPorts[0]?.baudRate).toBe(115200);
    mockPort(serialPorts[0]!).emitData(Buffer.from(`${CCCD}\r\n`));
    await vi.waitFor(() => expect(scans).toEqual([{ text: CCCD, via: 'serial' }]));

    mockBinding.reset();
    serialPorts[0]!.close();
    await vi.waitFor(async () =>
      expect(await stateOf(backend, adminToken, 'serial')).toBe('reconnecting'),
    );
    mockBinding.createPort('/dev/ttyACM0');
    await vi.waitFor(async () =>
      expect(await stateOf(backend, adminToken, 'serial')).toBe('connected'),
    );
    mockPort(serialPorts.at(-1)!).emitData(Buffer.from('8934588012228\r'));
    await vi.waitFor(() => expect(scans.at(-1)).toEqual({ text: '8934588012228', via: 'serial' }));
  });
});

describe('keyboard-wedge settings', () => {
  it('saves prefix, timing and hex mode, and clears the prefix with null', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    expect(expectOk(await call('settings.get', {})).scanner).toEqual({
      suffix: 'Enter',
      maxAvgIntervalMs: 35,
      maxGapMs: 100,
      minLength: 6,
      hexMode: false,
      scanTimeoutMs: 1500,
    });
    const saved = expectOk(
      await call('settings.update', { scanner: { prefix: 'F8', hexMode: true, maxGapMs: 250 } }),
    );
    expect(saved.scanner).toMatchObject({ prefix: 'F8', hexMode: true, maxGapMs: 250 });
    const cleared = expectOk(await call('settings.update', { scanner: { prefix: null } }));
    expect(cleared.scanner).toEqual({
      suffix: 'Enter',
      maxAvgIntervalMs: 35,
      maxGapMs: 250,
      minLength: 6,
      hexMode: true,
      scanTimeoutMs: 1500,
    });
    const bad = expectError(
      await call('settings.update', { scanner: { maxAvgIntervalMs: 1 } }),
      'VALIDATION',
    );
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(['scanner.maxAvgIntervalMs']);
  });

  it('changes only the fields an update names, in every section', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    expectOk(await call('settings.update', { security: { lockoutAttempts: 10 } }));
    const after = expectOk(await call('settings.update', { security: { idleLockMinutes: 20 } }));
    expect(after.security).toEqual({
      idleLockMinutes: 20,
      lockoutAttempts: 10,
      lockoutMinutes: 15,
      sessionMaxHours: 12,
    });
  });
});
