import { SerialPortMock } from 'serialport';
import { mockBinding, mockPort } from '../helpers/scanners';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScannerStatus } from '../../electron/devices/scan/hid-device';
import type { ScanEvent } from '../../electron/devices/scan/hid-pos';
import { SerialLineSplitter, SerialScanner } from '../../electron/devices/scan/serial-scanner';

const CCCD =
  '001090123456|012345678|Nguyễn Văn Á|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021';
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('SerialLineSplitter', () => {
  it('ends a scan at CR, LF or CRLF, counting CRLF once', () => {
    const splitter = new SerialLineSplitter();
    expect(splitter.push(bytes('8934588012228\r\n79001\rABC\n'))).toEqual([
      '8934588012228',
      '79001',
      'ABC',
    ]);
    expect(splitter.hasPending).toBe(false);
  });

  it('holds a scan spread over several chunks until its end', () => {
    const splitter = new SerialLineSplitter();
    expect(splitter.push(bytes('7900'))).toEqual([]);
    expect(splitter.push(bytes('1-2026'))).toEqual([]);
    expect(splitter.push(bytes('-00042\r\n'))).toEqual(['79001-2026-00042']);
  });

  it('keeps a Vietnamese letter whose UTF-8 bytes arrive in two chunks', () => {
    const splitter = new SerialLineSplitter();
    const all = bytes(`${CCCD}\r`);
    const cut = all.indexOf(0xbb); // inside "ễ"
    expect(splitter.push(all.subarray(0, cut))).toEqual([]);
    expect(splitter.push(all.subarray(cut))).toEqual([CCCD]);
  });

  it('gives the unterminated rest when the line goes quiet', () => {
    const splitter = new SerialLineSplitter();
    splitter.push(bytes('ABC'));
    expect(splitter.flush()).toBe('ABC');
    expect(splitter.flush()).toBeNull();
  });
});

describe('SerialScanner (USB-COM)', () => {
  afterEach(() => {
    mockBinding.reset();
    vi.useRealTimers();
  });

  function setup(): {
    scanner: SerialScanner;
    ports: SerialPortMock[];
    scans: ScanEvent[];
    statuses: ScannerStatus['state'][];
  } {
    mockBinding.createPort('/dev/ttyACM0');
    const ports: SerialPortMock[] = [];
    const scans: ScanEvent[] = [];
    const statuses: ScannerStatus['state'][] = [];
    const scanner = new SerialScanner({
      path: '/dev/ttyACM0',
      gapMs: 50,
      onScan: (scan) => scans.push(scan),
      onStatus: (status) => statuses.push(status.state),
      openPort: (options) => {
        const port = new SerialPortMock(options);
        ports.push(port);
        return port;
      },
      backoff: { initialMs: 20, maxMs: 40 },
    });
    return { scanner, ports, scans, statuses };
  }

  it('emits each scan, ended by CR or by a quiet gap', async () => {
    const { scanner, ports, scans } = setup();
    await scanner.start();
    await vi.waitFor(() => expect(ports[0]?.isOpen).toBe(true));
    mockPort(ports[0]!).emitData(Buffer.from('8934588012228\r\n'));
    await vi.waitFor(() => expect(scans).toHaveLength(1));
    const cccd = Buffer.from(CCCD);
    mockPort(ports[0]!).emitData(cccd.subarray(0, 31));
    mockPort(ports[0]!).emitData(cccd.subarray(31));
    await vi.waitFor(() => expect(scans).toHaveLength(2));
    expect(scans).toEqual([
      { text: '8934588012228', via: 'serial' },
      { text: CCCD, via: 'serial' },
    ]);
    scanner.stop();
  });

  it('reopens the port after an unplug, once the device is back', async () => {
    const { scanner, ports, scans, statuses } = setup();
    await scanner.start();
    await vi.waitFor(() => expect(statuses).toEqual(['connected']));

    // Unplug: the device disappears and its port closes under us.
    mockBinding.reset();
    ports[0]!.close();
    await vi.waitFor(() => expect(statuses).toEqual(['connected', 'disconnected']));
    await vi.waitFor(() => expect(ports.length).toBeGreaterThanOrEqual(3)); // failed retries
    expect(ports.every((p, i) => i === 0 || !p.isOpen)).toBe(true);

    mockBinding.createPort('/dev/ttyACM0');
    await vi.waitFor(() => expect(statuses).toEqual(['connected', 'disconnected', 'connected']));
    const port = ports.at(-1)!;
    mockPort(port).emitData(Buffer.from('79001-2026-00042\r'));
    await vi.waitFor(() => expect(scans.map((s) => s.text)).toEqual(['79001-2026-00042']));

    scanner.stop();
    await vi.waitFor(() => expect(port.isOpen).toBe(false));
  });
});
