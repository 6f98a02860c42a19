import type Database from 'better-sqlite3';
import { loadAdminUnits } from '../../electron/backend/reception/admin-units';
import { CCCD_PROVINCES } from '../../shared/domain/cccd';
import { searchableName } from '../../shared/domain/patient-search';
import { formatPatientCode } from '../../shared/domain/text';

/** Deterministic numbers, so every run searches the same registry (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted = readonly (readonly [string, number])[];

function picker(rand: () => number, table: Weighted): () => string {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  return () => {
    let r = rand() * total;
    for (const [value, weight] of table) {
      r -= weight;
      if (r <= 0) return value;
    }
    return table[0]?.[0] ?? '';
  };
}

/** Family names by share of the population (%); Nguyễn ≈ 38 %. */
const SURNAMES: Weighted = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3.5],
  ['Huỳnh', 2.5],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 2.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trương', 0.8],
  ['Lâm', 0.5],
  ['Mai', 0.5],
  ['Đoàn', 0.5],
  ['Lương', 0.4],
  ['Hà', 0.4],
  ['Tạ', 0.3],
  ['Cao', 0.3],
  ['Chu', 0.2],
  ['Tô', 0.2],
  ['Kiều', 0.1],
  ['Quách', 0.1],
  ['Triệu', 0.1],
  ['Lò', 0.1],
];
const MALE_MIDDLE: Weighted = [
  ['Văn', 40],
  ['Hữu', 8],
  ['Đức', 8],
  ['Minh', 8],
  ['Quang', 5],
  ['Đình', 4],
  ['Thành', 4],
  ['Công', 4],
  ['Ngọc', 3],
  ['Xuân', 3],
  ['Anh', 3],
  ['Quốc', 3],
  ['Thanh', 3],
  ['Trung', 2],
  ['Gia', 2],
  ['Tuấn', 1],
  ['Bá', 1],
];
const FEMALE_MIDDLE: Weighted = [
  ['Thị', 55],
  ['Ngọc', 8],
  ['Thu', 5],
  ['Thanh', 5],
  ['Kim', 4],
  ['Hồng', 4],
  ['Minh', 3],
  ['Mỹ', 3],
  ['Phương', 3],
  ['Bảo', 2],
  ['Hoài', 2],
  ['Quỳnh', 2],
  ['Khánh', 2],
  ['Diệu', 1],
];
const zipf = (names: string[]): Weighted => names.map((name, i) => [name, 1 / (i + 4)] as const);
const MALE_GIVEN = zipf([
  'Hùng',
  'Dũng',
  'Nam',
  'Minh',
  'Tuấn',
  'Hải',
  'Sơn',
  'Thắng',
  'Long',
  'Huy',
  'Đức',
  'Cường',
  'Trung',
  'Thành',
  'Quang',
  'Hiếu',
  'An',
  'Bình',
  'Phong',
  'Tùng',
  'Việt',
  'Khánh',
  'Đạt',
  'Hoàng',
  'Tú',
  'Vinh',
  'Toàn',
  'Tài',
  'Phúc',
  'Kiên',
  'Lâm',
  'Quân',
  'Nghĩa',
  'Tiến',
  'Duy',
  'Khang',
  'Bảo',
  'Anh',
  'Hậu',
  'Lộc',
  'Thịnh',
  'Trí',
  'Vũ',
  'Tâm',
  'Sang',
  'Tín',
  'Hưng',
]);
const FEMALE_GIVEN = zipf([
  'Hương',
  'Lan',
  'Hoa',
  'Linh',
  'Trang',
  'Hằng',
  'Thảo',
  'Mai',
  'Hà',
  'Ngọc',
  'Phương',
  'Huyền',
  'Nga',
  'Thủy',
  'Anh',
  'Dung',
  'Hạnh',
  'Yến',
  'Vân',
  'Thu',
  'Loan',
  'Hiền',
  'Nhung',
  'Oanh',
  'Giang',
  'Chi',
  'My',
  'Ngân',
  'Quỳnh',
  'Trinh',
  'Uyên',
  'Tâm',
  'Xuân',
  'Hồng',
  'Lý',
  'Diệp',
  'Thúy',
  'Liên',
  'Nhi',
  'Vy',
  'Ánh',
  'Đào',
  'Hậu',
  'Bích',
  'Thơ',
  'Trâm',
  'An',
]);
const MOBILE_PREFIXES = [
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '070',
  '077',
  '079',
  '081',
  '083',
  '084',
  '085',
  '086',
  '088',
];
const BHYT_GROUPS = [
  'DN',
  'HC',
  'HT',
  'HS',
  'SV',
  'GD',
  'TE',
  'CN',
  'HN',
  'BT',
  'CC',
  'CB',
  'XK',
  'TK',
];

export interface Generated {
  n: number;
  seconds: number;
}

/**
 * N patients through the same schema, triggers and folding as the app (a plain INSERT: the
 * dispatcher's per-call cost is measured by the search itself). 30 % have visited, mostly
 * recently; 60 % have a CCCD, 50 % a BHYT card, 85 % a phone.
 */
export function generatePatients(sqlite: Database.Database, n: number, seed = 2026): Generated {
  const rand = random(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const surname = picker(rand, SURNAMES);
  const maleMiddle = picker(rand, MALE_MIDDLE);
  const femaleMiddle = picker(rand, FEMALE_MIDDLE);
  const maleGiven = picker(rand, MALE_GIVEN);
  const femaleGiven = picker(rand, FEMALE_GIVEN);
  const { wards } = loadAdminUnits();
  const cccdProvinces = Object.keys(CCCD_PROVINCES);
  const now = Date.parse('2026-11-26T02:00:00Z');
  const insert = sqlite.prepare(
    `INSERT INTO patients (code, full_name, name_folded, sex, birth_date, birth_year, phone, cccd,
       bhyt_code, bhyt_valid_from, bhyt_valid_to, insurance_status, address_street, ward_code,
       province_code, last_visit_at, created_at, updated_at)
     VALUES (@code, @fullName, @nameFolded, @sex, @birthDate, @birthYear, @phone, @cccd,
       @bhytCode, @validFrom, @validTo, @insurance, @street, @wardCode, @provinceCode,
       @lastVisitAt, @createdAt, @createdAt)`,
  );
  const started = performance.now();
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const sex = rand() < 0.5 ? 'male' : 'female';
      const middle = sex === 'male' ? maleMiddle() : femaleMiddle();
      const extra = rand() < 0.12 ? ` ${sex === 'male' ? maleMiddle() : femaleMiddle()}` : '';
      const given = sex === 'male' ? maleGiven() : femaleGiven();
      const fullName = `${surname()} ${middle}${extra} ${given}`;
      const birthYear = int(1930, 2025);
      const fullDate = rand() < 0.85;
      const birthDate = fullDate
        ? `${birthYear}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`
        : null;
      const century = (Math.floor(birthYear / 100) - 19) * 2 + (sex === 'female' ? 1 : 0);
      const cccd =
        rand() < 0.6
          ? `${cccdProvinces[int(0, cccdProvinces.length - 1)]}${century}${String(birthYear % 100).padStart(2, '0')}${String(i).padStart(6, '0').slice(-6)}`
          : null;
      const hasCard = rand() < 0.5;
      const ward = wards[int(0, wards.length - 1)];
      const visited = rand() < 0.3;
      // Visits cluster in the last months: the square skews towards now.
      const lastVisitAt = visited
        ? new Date(now - Math.floor(rand() ** 2 * 3 * 365 * 86_400_000)).toISOString()
        : null;
      insert.run({
        code: formatPatientCode('01001', 2000 + Math.floor(i / 999_999), (i % 999_999) + 1),
        fullName,
        nameFolded: searchableName(fullName),
        sex,
        birthDate,
        birthYear,
        phone:
          rand() < 0.85
            ? `${MOBILE_PREFIXES[int(0, MOBILE_PREFIXES.length - 1)]}${String(int(0, 9_999_999)).padStart(7, '0')}`
            : null,
        // Generated numbers may repeat another's province and year: the serial keeps them apart.
        cccd,
        bhytCode: hasCard
          ? `${BHYT_GROUPS[int(0, BHYT_GROUPS.length - 1)]}${int(1, 5)}${String(int(1, 96)).padStart(2, '0')}${String(i).padStart(10, '0')}`
          : null,
        validFrom: hasCard ? '2026-01-01' : null,
        validTo: hasCard ? '2026-12-31' : null,
        insurance: hasCard ? 'verified' : cccd ? 'unverified' : 'none',
        street: `Thôn ${int(1, 20)}`,
        wardCode: ward?.code ?? null,
        provinceCode: ward?.provinceCode ?? null,
        lastVisitAt,
        createdAt: new Date(now - (n - i) * 60_000).toISOString(),
      });
    }
  });
  const chunk = 20_000;
  for (let from = 0; from < n; from += chunk) batch(from, Math.min(n, from + chunk));
  return { n, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
