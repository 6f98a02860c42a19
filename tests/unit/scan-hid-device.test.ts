import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import {
  HidScanner,
  listPosScanners,
  type HidDeviceInfo,
  type HidHandle,
  type HidModule,
  type ScannerStatus,
} from '../../electron/devices/scan/hid-device';
import type { ScanEvent } from '../../electron/devices/scan/hid-pos';

// The only stand-in in these tests: a USB scanner cannot exist on this machine.
class FakeHandle extends EventEmitter implements HidHandle {
  closed = false;
  close(): void {
    this.closed = true;
  }
}

class FakeHid implements HidModule {
  present: HidDeviceInfo[] = [];
  handles: FakeHandle[] = [];
  listed = 0;
  devices(): HidDeviceInfo[] {
    this.listed++;
    return this.present;
  }
  open(devicePath: string): HidHandle {
    if (!this.present.some((d) => d.path === devicePath)) throw new Error('cannot open device');
    const handle = new FakeHandle();
    this.handles.push(handle);
    return handle;
  }
}

const scanner = (devicePath: string): HidDeviceInfo => ({
  path: devicePath,
  vendorId: 0x0c2e,
  productId: 0x0b61,
  product: 'Honeywell 1470g',
  usagePage: 0x8c,
});
const keyboard: HidDeviceInfo = { path: '/dev/hidraw0', vendorId: 1, productId: 2, usagePage: 1 };

function reports(name: string): Buffer[] {
  const text = fs.readFileSync(path.join(SOURCE_ROOT, 'tests/fixtures/hid', `${name}.hex`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('+'))
    .map((line) => Buffer.from(line.trim().split(/\s+/).slice(1).join(''), 'hex'));
}

afterEach(() => vi.useRealTimers());

describe('HID POS scanner device', () => {
  it('lists only HID POS scanners, not keyboards', () => {
    const hid = new FakeHid();
    hid.present = [keyboard, scanner('/dev/hidraw3')];
    expect(listPosScanners(hid).map((d) => d.path)).toEqual(['/dev/hidraw3']);
  });

  it('turns reports into scans, and reopens the scanner after an unplug and replug', async () => {
    vi.useFakeTimers();
    const hid = new FakeHid();
    hid.present = [keyboard, scanner('/dev/hidraw3')];
    const scans: ScanEvent[] = [];
    const statuses: ScannerStatus['state'][] = [];
    const device = new HidScanner({
      path: '/dev/hidraw3',
      hid,
      onScan: (scan) => scans.push(scan),
      onStatus: (status) => statuses.push(status.state),
      backoff: { initialMs: 100, maxMs: 400 },
    });
    await device.start();
    reports('cccd').forEach((r) => hid.handles[0]!.emit('data', r));
    expect(scans.map((s) => s.text)).toEqual([expect.stringContaining('Nguyễn Văn Á')]);

    // Unplugged: node-hid reports a read error; the scanner is gone from the list.
    hid.present = [keyboard];
    hid.handles[0]!.emit('error', new Error('could not read from HID device'));
    expect(hid.handles[0]!.closed).toBe(true);
    const listedAtUnplug = hid.listed;
    // Retries back off: 100, 200, 400, 400 ms.
    await vi.advanceTimersByTimeAsync(100);
    expect(hid.listed).toBe(listedAtUnplug + 1);
    await vi.advanceTimersByTimeAsync(199);
    expect(hid.listed).toBe(listedAtUnplug + 1);
    await vi.advanceTimersByTimeAsync(1);
    expect(hid.listed).toBe(listedAtUnplug + 2);
    await vi.advanceTimersByTimeAsync(800);
    expect(hid.listed).toBe(listedAtUnplug + 4);

    // Plugged back into another port: the OS gives it another path.
    hid.present = [keyboard, scanner('/dev/hidraw5')];
    await vi.advanceTimersByTimeAsync(400);
    expect(hid.handles).toHaveLength(2);
    reports('single').forEach((r) => hid.handles[1]!.emit('data', r));
    expect(scans.at(-1)).toEqual({ text: '79001-2026-00042', symbology: ']C0', via: 'hid' });
    expect(statuses).toEqual(['connected', 'disconnected', 'connected']);

    device.stop();
    expect(hid.handles[1]!.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(hid.handles).toHaveLength(2);
  });

  it('drops a scan cut short by an unplug instead of gluing it to the next one', async () => {
    const hid = new FakeHid();
    hid.present = [scanner('/dev/hidraw3')];
    const scans: ScanEvent[] = [];
    const device = new HidScanner({
      path: '/dev/hidraw3',
      hid,
      onScan: (scan) => scans.push(scan),
      backoff: { initialMs: 5, maxMs: 5 },
    });
    await device.start();
    hid.handles[0]!.emit('data', reports('multi')[0]);
    hid.handles[0]!.emit('error', new Error('unplugged'));
    await vi.waitFor(() => expect(hid.handles).toHaveLength(2));
    reports('multi').forEach((r) => hid.handles[1]!.emit('data', r));
    expect(scans.map((s) => s.text.length)).toEqual([119]);
    device.stop();
  });
});
