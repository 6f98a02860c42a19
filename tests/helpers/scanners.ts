import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { SerialPortMock } from 'serialport';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import type { HidDeviceInfo, HidHandle, HidModule } from '../../electron/devices/scan/hid-device';

// The only stand-ins for scanners: a USB device cannot exist on these machines. The reports
// they deliver are recorded fixtures, decoded by the same code the real device path uses.

export class FakeHandle extends EventEmitter implements HidHandle {
  closed = false;
  close(): void {
    this.closed = true;
  }
}

/** node-hid's module surface: the devices plugged in now, and opening one by path. */
export class FakeHid implements HidModule {
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

/** A HID POS scanner as node-hid lists it (a Honeywell 1470g in HID POS mode). */
export const posScanner = (devicePath: string): HidDeviceInfo => ({
  path: devicePath,
  vendorId: 0x0c2e,
  productId: 0x0b61,
  product: 'Honeywell 1470g',
  usagePage: 0x8c,
});
export const keyboard: HidDeviceInfo = {
  path: '/dev/hidraw0',
  vendorId: 1,
  productId: 2,
  usagePage: 1,
};

/** The reports of tests/fixtures/hid/<name>.hex, in order. */
export function hidReports(name: string): Buffer[] {
  const text = fs.readFileSync(path.join(SOURCE_ROOT, 'tests/fixtures/hid', `${name}.hex`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('+'))
    .map((line) => Buffer.from(line.trim().split(/\s+/).slice(1).join(''), 'hex'));
}

/** serialport's mock ships types TypeScript cannot resolve here; these are the parts used. */
interface MockBinding {
  reset(): void;
  createPort(path: string, options?: { record?: boolean }): void;
  list(): Promise<{ path: string; manufacturer?: string }[]>;
}
interface MockPort {
  emitData(data: Buffer): void;
  recording: Buffer;
}
export const mockBinding = SerialPortMock.binding as unknown as MockBinding;
export function mockPort(port: SerialPortMock): MockPort {
  const inner: unknown = port.port;
  return inner as MockPort;
}
