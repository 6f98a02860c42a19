import fs from 'node:fs';
import path from 'node:path';
import type { OldUnit, OldUnitsByWard } from '../../../shared/domain/admin-units';

// Code lists shipped under resources/ (copies of ../shared/reference, which the installed app
// cannot read), read once per resources folder.

export interface RouteCode {
  /** MA_DUONG_DUNG, "1.01". */
  code: string;
  name: string;
}

const routes = new Map<string, RouteCode[]>();

/** The MoH list of routes of administration (resources/codes/duong-dung.tsv). */
export function loadRouteCodes(resourcesDir: string): RouteCode[] {
  let list = routes.get(resourcesDir);
  if (!list) {
    list = fs
      .readFileSync(path.join(resourcesDir, 'codes', 'duong-dung.tsv'), 'utf8')
      .split(/\r?\n/)
      .map((line) => line.split('\t'))
      .filter(([code, name]) => code && name)
      .map(([code = '', name = '']) => ({ code: code.trim(), name: name.trim() }));
    routes.set(resourcesDir, list);
  }
  return list;
}

interface OldUnitsFile {
  wards: Record<string, [string, string, string, string, 'full' | 'partial'][]>;
}

const oldUnits = new Map<string, OldUnitsByWard>();

/** Each 2025 ward's pre-2025 wards and districts (resources/admin-units/old-units.json). */
export function loadOldUnits(resourcesDir: string): OldUnitsByWard {
  let byWard = oldUnits.get(resourcesDir);
  if (!byWard) {
    const file = JSON.parse(
      fs.readFileSync(path.join(resourcesDir, 'admin-units', 'old-units.json'), 'utf8'),
    ) as OldUnitsFile;
    byWard = new Map(
      Object.entries(file.wards).map(([ward, rows]) => [
        ward,
        rows.map(([wardCode, wardName, districtCode, districtName, merge]): OldUnit => ({
          wardCode,
          wardName,
          districtCode,
          districtName,
          whole: merge === 'full',
        })),
      ]),
    );
    oldUnits.set(resourcesDir, byWard);
  }
  return byWard;
}
