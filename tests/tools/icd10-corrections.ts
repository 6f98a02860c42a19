/**
 * English titles the Ministry's workbook (QĐ 4469) has wrong, corrected to WHO's ICD-10 titles
 * when the shipped list is generated. Only clear errors: a title that belongs to another code,
 * a stray code or typo inside a title. The Vietnamese names are the Ministry's, untouched.
 * Each entry keeps the workbook's text, so a new edition that fixes or changes it is noticed.
 */
export const ICD10_CORRECTIONS = [
  {
    code: 'I10',
    source: 'Other rheumatic heart diseases',
    nameEn: 'Essential (primary) hypertension',
    why: "the workbook repeats I09's title on I10 (its Vietnamese name is hypertension's)",
  },
  {
    code: 'I00',
    source: 'Rheumatic fever without mention of I00 heart involvement',
    nameEn: 'Rheumatic fever without mention of heart involvement',
    why: 'a stray code inside the title',
  },
  {
    code: 'L54.0',
    source: 'Erythema marginatum in acute rheumatic feverI00',
    nameEn: 'Erythema marginatum in acute rheumatic fever (I00)',
    why: 'a cross-reference glued to the title',
  },
  {
    code: 'Y10',
    source:
      'Poisioning by and exposure to nonopinoid analgesics, antipyretics and antirheumatics, undetermined intent',
    nameEn:
      'Poisoning by and exposure to nonopioid analgesics, antipyretics and antirheumatics, undetermined intent',
    why: 'typos ("Poisioning", "nonopinoid")',
  },
] as const;

/** The workbook's codes with the corrections applied. */
export function corrected<T extends { code: string; nameEn: string }>(codes: readonly T[]): T[] {
  const byCode = new Map<string, string>(ICD10_CORRECTIONS.map((c) => [c.code, c.nameEn]));
  return codes.map((c) => {
    const nameEn = byCode.get(c.code);
    return nameEn ? { ...c, nameEn } : c;
  });
}
