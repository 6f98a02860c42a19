import { Alert, Code, Stack, Text } from '@mantine/core';
import type { AuditAnchorView, AuditVerification } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useI18n } from '../../i18n/i18n';

export interface VerificationAlertProps {
  verification: AuditVerification;
}

/** What audit.verify found: the chain itself, then the copies of its head kept outside. */
export function VerificationAlert({ verification: v }: VerificationAlertProps) {
  const { t } = useI18n();
  const anchor = (a: AuditAnchorView) => ({
    at: formatLocalDateTime(a.at),
    id: a.id,
    reason: t(`audit.anchorReason.${a.reason}`),
  });
  return (
    <Alert color={v.ok ? 'teal' : 'red'} mb="md" role="status">
      <Stack gap={4}>
        <Text size="sm">
          {v.brokenAt !== undefined
            ? t('audit.verifyBroken', { id: v.brokenAt, checked: v.checked })
            : v.ok
              ? t('audit.verifyOk', { checked: v.checked })
              : t('audit.chainConsistent', { checked: v.checked })}
        </Text>
        {v.failedAnchor && (
          <Text size="sm">
            {t('audit.anchorFailed', {
              ...anchor(v.failedAnchor),
              problem: t(`audit.anchorProblem.${v.failedAnchor.problem}`),
            })}
          </Text>
        )}
        {v.intactUntil && <Text size="sm">{t('audit.intactUntil', anchor(v.intactUntil))}</Text>}
        {v.missingRows !== undefined && (
          <Text size="sm">{t('audit.missingRows', { count: v.missingRows })}</Text>
        )}
        {v.anchors.unreadable > 0 && (
          <Text size="sm">{t('audit.anchorsUnreadable', { count: v.anchors.unreadable })}</Text>
        )}
        <Text size="xs">{t('audit.anchorsChecked', { count: v.anchors.checked })}</Text>
        <Text size="xs">
          {t('audit.head')}: <Code>{v.head}</Code>
        </Text>
      </Stack>
    </Alert>
  );
}
