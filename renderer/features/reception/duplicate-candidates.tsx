import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { DuplicateCandidate } from '../../../shared/api';
import { useI18n } from '../../i18n/i18n';
import { personLine } from './patient-labels';

export interface DuplicateCandidatesProps {
  candidates: DuplicateCandidate[];
  onOpen: (id: number) => void;
}

/** Registered people the form may duplicate, each with why and a way to open it. */
export function DuplicateCandidates({ candidates, onOpen }: DuplicateCandidatesProps) {
  const { t } = useI18n();
  if (candidates.length === 0) return null;
  const blocked = candidates.some((c) => c.blocking);
  return (
    <Alert
      color={blocked ? 'red' : 'yellow'}
      variant="light"
      title={t(blocked ? 'reception.duplicates.blocking' : 'reception.duplicates.title')}
      role="region"
      aria-label={t('reception.duplicates.title')}
    >
      <Stack gap="xs">
        {candidates.map((candidate) => (
          <Group key={candidate.id} justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>
                {candidate.fullName}{' '}
                <Text span c="dimmed" size="sm">
                  {candidate.code}
                </Text>
              </Text>
              <Text size="sm">{personLine(candidate, t)}</Text>
              <Group gap={4} mt={2}>
                {candidate.reasons.map((reason) => (
                  <Badge
                    key={reason}
                    size="sm"
                    variant="light"
                    color={candidate.blocking ? 'red' : 'yellow'}
                  >
                    {t(`reception.duplicates.reason.${reason}`)}
                  </Badge>
                ))}
              </Group>
            </div>
            <Button size="xs" variant="default" onClick={() => onOpen(candidate.id)}>
              {t('reception.openPatient')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
