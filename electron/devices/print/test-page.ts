import { formatLocalDateTime } from '../../../shared/domain/dates';
import { translate, type Locale } from '../../../shared/i18n';
import type { PrinterProfile } from './escpos';
import { paperMillimetres, qr, rule, text, type Block, type PrintDocument } from './layout';
import { describeTransport } from './transports';

export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** ngang, huyền, sắc, hỏi, ngã, nặng: the order Vietnamese schoolbooks teach them. */
const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** One vowel in all six tones, as precomposed (NFC) letters. */
export function toneForms(vowel: string): string[] {
  return TONE_MARKS.map((mark) => (vowel + mark).normalize('NFC'));
}

/** "a à á ả ã ạ  A À Á Ả Ã Ạ" for each vowel, then "đ Đ". */
export function vowelLines(): string[] {
  const lines = VOWELS.map((vowel) => {
    const lower = toneForms(vowel);
    const upper = lower.map((letter) => letter.toUpperCase());
    return `${lower.join(' ')}   ${upper.join(' ')}`;
  });
  return [...lines, 'đ Đ'];
}

export interface TestPageOptions {
  facilityName: string;
  profile: PrinterProfile;
  locale: Locale;
  printedAt: Date;
}

/** What the test page's QR holds: scanning it back proves the scanner reads UTF-8 too. */
export function testPageQrData(options: Pick<TestPageOptions, 'facilityName' | 'profile'>): string {
  const { facilityName, profile } = options;
  return `TRAM-TEST|${facilityName}|${profile.name}|${profile.widthDots}`;
}

function modeText(profile: PrinterProfile, locale: Locale): string {
  switch (profile.mode.kind) {
    case 'raster':
      return translate(locale, 'devices.mode.raster');
    case 'text-ascii':
      return translate(locale, 'devices.mode.ascii');
    case 'text-tcvn3':
      return translate(locale, 'devices.mode.tcvn3', { codePage: profile.mode.codePage });
  }
}

export function testPage(options: TestPageOptions): PrintDocument {
  const { facilityName, profile, locale } = options;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params);
  const connection = describeTransport(profile.transport);
  const blocks: Block[] = [
    text(facilityName, { align: 'center', bold: true, size: 'large' }),
    text(t('devices.testPage.title'), { align: 'center', bold: true, size: 'xlarge' }),
    rule(),
    text(t('devices.testPage.vowels'), { bold: true }),
    ...vowelLines().map((line) => text(line)),
    text(t('devices.testPage.check')),
    rule(),
    text(t('devices.testPage.printer'), { bold: true }),
    text(t('devices.testPage.profile', { name: profile.name })),
    text(
      t('devices.testPage.paper', {
        mm: paperMillimetres(profile.widthDots),
        dots: profile.widthDots,
      }),
    ),
    text(t('devices.testPage.connection', { transport: t(connection.key, connection.params) })),
    text(t('devices.testPage.mode', { mode: modeText(profile, locale) })),
    text(t('devices.testPage.cut', { cut: t(`devices.cut.${profile.cut}`) })),
    text(
      t('devices.testPage.printedAt', {
        time: formatLocalDateTime(options.printedAt.toISOString()),
      }),
    ),
    rule(),
    qr(testPageQrData(options)),
    text(t('devices.testPage.scan'), { align: 'center' }),
  ];
  return { blocks };
}
