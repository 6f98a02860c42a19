import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HidScanner,
  listPosScanners,
  type ScannerStatus,
} from '../../electron/devices/scan/hid-device';
import type { ScanEvent } from '../../electron/devices/scan/hid-pos';
import {
  FakeHid,
  hidReports as reports,
  keyboard,
  posScanner as scanner,
} from '../helpers/scanners';

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

  it('waits for a scanner chosen by vendor and product id until it is plugged in', async () => {
    const hid = new FakeHid();
    hid.present = [keyboard];
    const scans: ScanEvent[] = [];
    const statuses: string[] = [];
    const device = new HidScanner({
      match: { vendorId: 0x0c2e, productId: 0x0b61 },
      hid,
      onScan: (scan) => scans.push(scan),
      onStatus: (status) =>
        statuses.push(`${status.state} ${String(status.message.params?.target)}`),
      backoff: { initialMs: 5, maxMs: 5 },
    });
    await device.start();
    expect(hid.handles).toHaveLength(0);
    hid.present = [keyboard, scanner('/dev/hidraw7')];
    await vi.waitFor(() => expect(hid.handles).toHaveLength(1));
    reports('single').forEach((r) => hid.handles[0]!.emit('data', r));
    expect(scans.map((s) => s.text)).toEqual(['79001-2026-00042']);
    expect(statuses).toEqual(['disconnected 0c2e:0b61', 'connected Honeywell 1470g']);
    device.stop();
  });
});
