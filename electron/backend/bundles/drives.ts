import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { RemovableDrive } from '../../../shared/api';

/** Runs a program and gives its standard output (a seam: tests replay recorded outputs). */
export type RunCommand = (file: string, args: readonly string[]) => Promise<string>;

export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: 10_000, windowsHide: true }, (error, stdout) => {
      if (error) reject(new Error(`${file} failed: ${error.message}`));
      else resolve(stdout);
    });
  });

interface LsblkDevice {
  name?: string;
  rm?: boolean | string | null;
  hotplug?: boolean | string | null;
  type?: string | null;
  mountpoint?: string | null;
  mountpoints?: (string | null)[] | null;
  label?: string | null;
  size?: number | string | null;
  fsavail?: number | string | null;
  children?: LsblkDevice[];
}

const truthy = (value: unknown): boolean => value === true || value === '1' || value === 1;
const bytesOf = (value: unknown): number | null => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/** `lsblk -J -b -o NAME,RM,HOTPLUG,TYPE,MOUNTPOINT,LABEL,SIZE,FSAVAIL` → mounted removable volumes. */
export function parseLsblk(json: string): RemovableDrive[] {
  const root = JSON.parse(json) as { blockdevices?: LsblkDevice[] };
  const drives: RemovableDrive[] = [];
  const visit = (device: LsblkDevice, removable: boolean): void => {
    const isRemovable = removable || truthy(device.rm) || truthy(device.hotplug);
    const mount = device.mountpoint ?? device.mountpoints?.find((m) => m) ?? null;
    if (isRemovable && mount && device.type !== 'rom') {
      drives.push({
        path: mount,
        label: device.label ?? device.name ?? mount,
        sizeBytes: bytesOf(device.size),
        freeBytes: bytesOf(device.fsavail),
      });
    }
    for (const child of device.children ?? []) visit(child, isRemovable);
  };
  for (const device of root.blockdevices ?? []) visit(device, false);
  return drives;
}

interface WindowsDisk {
  DeviceID?: string;
  VolumeName?: string | null;
  Size?: number | null;
  FreeSpace?: number | null;
}

/** PowerShell's `Get-CimInstance Win32_LogicalDisk -Filter DriveType=2 | ConvertTo-Json`. */
export function parseWindowsDisks(json: string): RemovableDrive[] {
  if (!json.trim()) return [];
  const parsed = JSON.parse(json) as WindowsDisk | WindowsDisk[];
  return (Array.isArray(parsed) ? parsed : [parsed]).flatMap((disk) =>
    disk.DeviceID
      ? [
          {
            path: `${disk.DeviceID}\\`,
            label: disk.VolumeName || disk.DeviceID,
            sizeBytes: bytesOf(disk.Size),
            freeBytes: bytesOf(disk.FreeSpace),
          },
        ]
      : [],
  );
}

const WINDOWS_QUERY =
  "Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | Select-Object DeviceID,VolumeName,Size,FreeSpace | ConvertTo-Json -Compress";

/** The removable drives mounted now; none when the OS tool is missing or fails. */
export async function listRemovableDrives(
  run: RunCommand = runCommand,
  platform: NodeJS.Platform = process.platform,
): Promise<RemovableDrive[]> {
  try {
    if (platform === 'win32') {
      return parseWindowsDisks(
        await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_QUERY]),
      );
    }
    if (platform === 'darwin') {
      const volumes = fs.readdirSync('/Volumes');
      return volumes
        .map((name) => path.join('/Volumes', name))
        .filter((dir) => fs.realpathSync(dir) !== '/')
        .map((dir) => ({ path: dir, label: path.basename(dir), sizeBytes: null, freeBytes: null }));
    }
    return parseLsblk(
      await run('lsblk', ['-J', '-b', '-o', 'NAME,RM,HOTPLUG,TYPE,MOUNTPOINT,LABEL,SIZE,FSAVAIL']),
    );
  } catch (error) {
    console.warn('[tram] listing removable drives failed:', error);
    return [];
  }
}
