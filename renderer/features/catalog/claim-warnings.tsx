import { Alert, Badge, List, Tooltip } from '@mantine/core';
import type { LocalizedText } from '../../../shared/api/result';
import { useI18n } from '../../i18n/i18n';

/** What will hold claims back, said in the item's form while it is typed (catalog-checks.ts). */
export function ClaimWarningsAlert({ warnings }: { warnings: readonly LocalizedText[] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={t('catalog.warn.title')}>
      <List size="sm">
        {warnings.map((w) => (
          <List.Item key={w.key}>{t(w.key, w.params)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The same in a catalogue row: a badge, the reasons on hover and to screen readers. */
export function ClaimWarningsBadge({ warnings }: { warnings: readonly LocalizedText[] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  const said = warnings.map((w) => t(w.key, w.params)).join(' ');
  return (
    <Tooltip label={said} multiline w={320}>
      <Badge size="xs" variant="light" color="yellow" aria-label={said}>
        {t('catalog.warn.badge')}
      </Badge>
    </Tooltip>
  );
}
