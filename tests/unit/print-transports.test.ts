import { SerialPortMock } from 'serialport';
import { mockBinding, mockPort } from '../helpers/scanners';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import {
  PrinterError,
  createTransport,
  describeTransport,
  errorFromCode,
  parseStatus,
  serialTransport,
  type SerialPortFactory,
} from '../../electron/devices/print/transports';
import { windowsRawPrintCommand } from '../../electron/devices/print/windows-spooler';

describe('printer errors', () => {
  it('turns OS error codes into messages staff can act on', () => {
    const cases: [string, string][] = [
      ['ECONNREFUSED', 'devices.printer.refused'],
      ['EHOSTUNREACH', 'devices.printer.unreachable'],
      ['ENETUNREACH', 'devices.printer.unreachable'],
      ['ENOENT', 'devices.printer.notFound'],
      ['ENODEV', 'devices.printer.notFound'],
      ['EACCES', 'devices.printer.accessDenied'],
      ['EBUSY', 'devices.printer.busy'],
      ['ENOSPC', 'devices.printer.paperOut'],
    ];
    for (const [code, key] of cases) {
      const error = errorFromCode(code, '/dev/usb/lp0');
      expect(error.messageKey, code).toBe(key);
      expect(error.code).toBe(code);
    }
    const unknown = errorFromCode('EWEIRD', 'lp0');
    expect(unknown.messageKey).toBe('devices.printer.failed');
    expect(translate('en', unknown.messageKey, unknown.params)).toBe(
      'Printing on lp0 failed (error EWEIRD).',
    );
  });

  it('describes each kind of connection in both languages', () => {
    const tcp = describeTransport({ kind: 'tcp', host: '192.168.1.50' });
    expect(translate('vi', tcp.key, tcp.params)).toBe('Mạng LAN 192.168.1.50:9100');
    const serial = describeTransport({ kind: 'serial', path: 'COM3', baudRate: 9600 });
    expect(translate('en', serial.key, serial.params)).toBe('Serial port COM3, 9600 baud');
  });
});

describe('DLE EOT status bytes', () => {
  it('reads a ready printer, paper near end, paper out and an open cover', () => {
    expect(parseStatus(Uint8Array.of(0x12, 0x12, 0x12))).toEqual({
      online: true,
      paperOut: false,
      paperNearEnd: false,
      coverOpen: false,
    });
    expect(parseStatus(Uint8Array.of(0x12, 0x12, 0x1e))?.paperNearEnd).toBe(true);
    expect(parseStatus(Uint8Array.of(0x1a, 0x32, 0x72))).toMatchObject({
      online: false,
      paperOut: true,
    });
    expect(parseStatus(Uint8Array.of(0x1a, 0x16, 0x12))).toMatchObject({ coverOpen: true });
  });

  it('treats bytes that break the fixed bits, or too few bytes, as no answer', () => {
    expect(parseStatus(Uint8Array.of(0x12, 0x12))).toBeNull();
    expect(parseStatus(Uint8Array.of(0x41, 0x42, 0x43))).toBeNull();
    expect(parseStatus(Uint8Array.of(0x12, 0x92, 0x12))).toBeNull();
  });
});

describe('serial printers', () => {
  afterEach(() => mockBinding.reset());

  function mockFactory(opened: SerialPortMock[]): SerialPortFactory {
    return (options) => {
      const port = new SerialPortMock(options);
      opened.push(port);
      return port;
    };
  }

  it('writes the whole job to the port and closes it', async () => {
    mockBinding.createPort('/dev/ttyPRN', { record: true });
    const opened: SerialPortMock[] = [];
    let recorded: Buffer = Buffer.alloc(0);
    const factory: SerialPortFactory = (options) => {
      const port = new SerialPortMock(options);
      opened.push(port);
      port.on('open', () => {
        const binding = mockPort(port);
        port.on('close', () => (recorded = binding.recording));
      });
      return port;
    };
    const job = Uint8Array.from({ length: 5000 }, (_, i) => i & 0xff);
    await serialTransport({ path: '/dev/ttyPRN', baudRate: 115200 }, factory).send(job, {
      timeoutMs: 2000,
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(opened[0]?.isOpen).toBe(false);
    expect(recorded.equals(Buffer.from(job))).toBe(true);
  });

  it('says the printer is not found when the port does not exist', async () => {
    const transport = serialTransport({ path: '/dev/ttyGONE', baudRate: 9600 }, mockFactory([]));
    const error: unknown = await transport
      .send(Uint8Array.of(1), { timeoutMs: 500 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect((error as PrinterError).messageKey).toBe('devices.printer.notFound');
  });
});

describe('Windows spooler (RAW)', () => {
  const name = 'XP-80C "Quầy" $(Remove-Item C:\\)';
  const command = windowsRawPrintCommand(name, 'C:\\Temp\\tram-print-1.bin');
  const script = Buffer.from(command.args.at(-1)!, 'base64').toString('utf16le');

  it('runs Windows PowerShell non-interactively with an encoded script', () => {
    expect(command.file).toBe('powershell.exe');
    expect(command.args.slice(0, -1)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
  });

  it('prints RAW through winspool after checking the printer is there and online', () => {
    for (const call of ['OpenPrinterW', 'StartDocPrinterW', 'StartPagePrinter', 'WritePrinter']) {
      expect(script).toContain(call);
    }
    expect(script).toContain('doc.DataType = "RAW"');
    expect(script).toContain('winspool.drv');
    expect(script.indexOf('WorkOffline')).toBeLessThan(script.indexOf('Add-Type'));
  });

  it('passes the printer name and job file as data, never as script text', () => {
    expect(command.env).toEqual({ TRAM_PRINTER: name, TRAM_FILE: 'C:\\Temp\\tram-print-1.bin' });
    expect(script).not.toContain('Quầy');
    expect(script).not.toContain('tram-print-1');
  });

  it.skipIf(process.platform === 'win32')(
    'is refused off Windows with a clear message',
    async () => {
      const transport = createTransport({ kind: 'windows', printerName: 'XP-80C' });
      const error: unknown = await transport
        .send(Uint8Array.of(1), { timeoutMs: 500 })
        .catch((e: unknown) => e);
      expect((error as PrinterError).messageKey).toBe('devices.printer.unsupported');
    },
  );
});
