import { SegmentedControl } from '@mantine/core';
import { LOCALES } from '../../shared/i18n';
import { useI18n } from '../i18n/i18n';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common.language')}
      value={locale}
      onChange={(value) => setLocale(value)}
      data={LOCALES.map((value) => ({ value, label: t(`lang.${value}`) }))}
    />
  );
}
