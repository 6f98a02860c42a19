import { Text } from '@mantine/core';
import type { RxIssue } from '../../../shared/api';
import { useI18n } from '../../i18n/i18n';

export interface IssueTextProps {
  issue: RxIssue;
  tone: 'error' | 'warning';
}

/** A finding of the prescription checks, in red when it refuses, orange when it warns. */
export function IssueText({ issue, tone }: IssueTextProps) {
  const { t } = useI18n();
  return (
    <Text size="xs" c={tone === 'error' ? 'red.9' : 'orange.9'}>
      {t(issue.key, issue.params)}
    </Text>
  );
}
