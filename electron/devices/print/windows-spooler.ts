import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * RAW printing through the Windows spooler without a native module: Windows PowerShell
 * compiles a few P/Invoke lines (Add-Type) that call winspool.drv OpenPrinter,
 * StartDocPrinter with the RAW datatype, WritePrinter. The printer name and the job file
 * reach the script through environment variables, never through its text, so no name can
 * inject code. Only a real Windows PC proves this path; tests check the command built here.
 *
 * OpenPrinter succeeds for an unplugged printer, so the script asks WMI first: Windows marks
 * an unplugged USB printer WorkOffline, and DetectedErrorState reports paper out (4) or an
 * open door (7) when the driver passes them on.
 */
const SCRIPT = `$ErrorActionPreference = 'Stop'
$name = $env:TRAM_PRINTER
$p = Get-CimInstance -ClassName Win32_Printer | Where-Object { $_.Name -eq $name }
if (-not $p) { exit 3 }
if ($p.WorkOffline) { exit 4 }
if ($p.DetectedErrorState -eq 4) { exit 5 }
if ($p.DetectedErrorState -eq 7) { exit 6 }
Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
public static class TramRawPrint {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  public class DocInfo { public string Name; public string OutputFile; public string DataType; }
  [DllImport("winspool.drv", CharSet = CharSet.Unicode, SetLastError = true)]
  static extern bool OpenPrinterW(string name, out IntPtr handle, IntPtr defaults);
  [DllImport("winspool.drv", SetLastError = true)] static extern bool ClosePrinter(IntPtr h);
  [DllImport("winspool.drv", CharSet = CharSet.Unicode, SetLastError = true)]
  static extern int StartDocPrinterW(IntPtr h, int level, DocInfo doc);
  [DllImport("winspool.drv", SetLastError = true)] static extern bool EndDocPrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] static extern bool StartPagePrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] static extern bool EndPagePrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool WritePrinter(IntPtr h, byte[] data, int count, out int written);
  public static int Send(string name, byte[] data) {
    IntPtr h;
    if (!OpenPrinterW(name, out h, IntPtr.Zero)) return Marshal.GetLastWin32Error();
    try {
      DocInfo doc = new DocInfo();
      doc.Name = "Tram"; doc.DataType = "RAW";
      if (StartDocPrinterW(h, 1, doc) == 0) return Marshal.GetLastWin32Error();
      try {
        if (!StartPagePrinter(h)) return Marshal.GetLastWin32Error();
        int written;
        bool ok = WritePrinter(h, data, data.Length, out written);
        int error = ok ? 0 : Marshal.GetLastWin32Error();
        EndPagePrinter(h);
        if (error != 0) return error;
        return written == data.Length ? 0 : -1;
      } finally { EndDocPrinter(h); }
    } finally { ClosePrinter(h); }
  }
}
'@
$code = [TramRawPrint]::Send($name, [System.IO.File]::ReadAllBytes($env:TRAM_FILE))
if ($code -ne 0) { [Console]::Error.Write("winspool $code"); exit 10 }
exit 0
`;

export interface WindowsCommand {
  file: string;
  args: string[];
  env: Record<string, string>;
}

/** -EncodedCommand (UTF-16LE, base64) keeps the script clear of cmd.exe quoting rules. */
export function windowsRawPrintCommand(printerName: string, jobFile: string): WindowsCommand {
  return {
    file: 'powershell.exe',
    args: [
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
      Buffer.from(SCRIPT, 'utf16le').toString('base64'),
    ],
    env: { TRAM_PRINTER: printerName, TRAM_FILE: jobFile },
  };
}

export type WindowsPrintOutcome =
  | { kind: 'ok' }
  | { kind: 'not-found' | 'offline' | 'paper-out' | 'cover-open' | 'timed-out' | 'unsupported' }
  | { kind: 'failed'; detail: string };

const EXIT_OUTCOMES: Readonly<Record<number, WindowsPrintOutcome>> = {
  0: { kind: 'ok' },
  3: { kind: 'not-found' },
  4: { kind: 'offline' },
  5: { kind: 'paper-out' },
  6: { kind: 'cover-open' },
};

/** Writes the job to a temp file, runs the script, always removes the file. */
export async function printRawOnWindows(
  printerName: string,
  bytes: Uint8Array,
  timeoutMs: number,
): Promise<WindowsPrintOutcome> {
  if (process.platform !== 'win32') return { kind: 'unsupported' };
  const jobFile = path.join(os.tmpdir(), `tram-print-${randomUUID()}.bin`);
  await fs.promises.writeFile(jobFile, bytes);
  const command = windowsRawPrintCommand(printerName, jobFile);
  try {
    return await new Promise<WindowsPrintOutcome>((resolve) => {
      execFile(
        command.file,
        command.args,
        { env: { ...process.env, ...command.env }, timeout: timeoutMs, windowsHide: true },
        (error, _stdout, stderr) => {
          if (!error) return resolve({ kind: 'ok' });
          if (error.killed) return resolve({ kind: 'timed-out' });
          const known = typeof error.code === 'number' ? EXIT_OUTCOMES[error.code] : undefined;
          resolve(known ?? { kind: 'failed', detail: stderr.trim() || String(error.code) });
        },
      );
    });
  } finally {
    await fs.promises.rm(jobFile, { force: true });
  }
}
