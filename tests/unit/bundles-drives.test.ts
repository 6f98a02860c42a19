import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  listRemovableDrives,
  parseLsblk,
  parseWindowsDisks,
} from '../../electron/backend/bundles/drives';
import { WriteFailed, writeVerified } from '../../electron/backend/bundles/write-file';

const fixture = (name: string): string =>
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'drives', name), 'utf8');

describe('removable drives', () => {
  // Written in the shape util-linux's lsblk -J and PowerShell's ConvertTo-Json print; no real
  // USB stick is plugged into the machines these tests run on.
  it('finds mounted removable partitions in lsblk output, not fixed or unmounted disks or CDs', () => {
    expect(parseLsblk(fixture('lsblk-usb.json'))).toEqual([
      {
        path: '/media/hoa/TRAM USB',
        label: 'TRAM USB',
        sizeBytes: 15731064832,
        freeBytes: 15600000000,
      },
    ]);
  });

  it('reads Windows removable disks, one or several', () => {
    expect(parseWindowsDisks(fixture('windows-usb.json'))).toEqual([
      { path: 'E:\\', label: 'TRAM USB', sizeBytes: 15731064832, freeBytes: 15600000000 },
      { path: 'F:\\', label: 'F:', sizeBytes: null, freeBytes: null },
    ]);
    expect(parseWindowsDisks(fixture('windows-one.json'))).toHaveLength(1);
    expect(parseWindowsDisks('')).toEqual([]);
  });

  it('asks each OS its own tool, and gives none when the tool fails', async () => {
    const calls: string[] = [];
    const run = (file: string, args: readonly string[]) => {
      calls.push(`${file} ${args.join(' ')}`);
      return Promise.resolve(
        file === 'lsblk' ? fixture('lsblk-usb.json') : fixture('windows-one.json'),
      );
    };
    expect(await listRemovableDrives(run, 'linux')).toHaveLength(1);
    expect(await listRemovableDrives(run, 'win32')).toEqual([
      { path: 'E:\\', label: 'KINGSTON', sizeBytes: 31000000000, freeBytes: 30000000000 },
    ]);
    expect(calls[1]).toContain("Win32_LogicalDisk -Filter 'DriveType=2'");
    const failing = () => Promise.reject(new Error('lsblk: not found'));
    expect(await listRemovableDrives(failing, 'linux')).toEqual([]);
    // This machine's real lsblk answers too (with no stick, an empty list).
    expect(Array.isArray(await listRemovableDrives())).toBe(true);
  });
});

describe('writing a bundle to a stick', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) {
      fs.chmodSync(dir, 0o700);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  const stick = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-stick-'));
    dirs.push(dir);
    return dir;
  };

  it('leaves the file under its name, whole, and no temporary file', () => {
    const dir = stick();
    const bytes = Buffer.from('PK\u0003\u0004 bundle bytes');
    const written = writeVerified(dir, '01001_X_202601_r1.tram', bytes, () => true);
    expect(written).toBe(path.join(dir, '01001_X_202601_r1.tram'));
    expect(fs.readFileSync(written)).toEqual(bytes);
    expect(fs.readdirSync(dir)).toEqual(['01001_X_202601_r1.tram']);
    // Again, over the file of the same name.
    writeVerified(dir, '01001_X_202601_r1.tram', Buffer.from('newer'), () => true);
    expect(fs.readFileSync(written, 'utf8')).toBe('newer');
  });

  it('fails, cleaning up, when the read-back does not verify or the folder cannot be written', () => {
    const dir = stick();
    expect(() => writeVerified(dir, 'a.tram', Buffer.from('x'), () => false)).toThrow(WriteFailed);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.part'))).toEqual([]);
    expect(() =>
      writeVerified(path.join(dir, 'gone'), 'a.tram', Buffer.from('x'), () => true),
    ).toThrow(WriteFailed);
    if (process.getuid?.() !== 0) {
      fs.chmodSync(dir, 0o500);
      expect(() => writeVerified(dir, 'b.tram', Buffer.from('x'), () => true)).toThrow(/EACCES/);
    }
  });
});
