import { Alert, Group, Paper, Text, Title } from '@mantine/core';
import type { VisitDetail } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import { useI18n } from '../../i18n/i18n';
import { PriorityBadge, StatusBadge } from '../queue/visit-cells';

export interface PatientBannerProps {
  detail: VisitDetail;
}

/** Who the patient is, at a glance: the allergy line is what must never be missed. */
export function PatientBanner({ detail }: PatientBannerProps) {
  const { t } = useI18n();
  const { patient } = detail;
  const birth = patient.birthDate ? formatIsoDate(patient.birthDate) : String(patient.birthYear);
  const allergy = [patient.allergies.text, ...patient.allergies.ingredients]
    .filter(Boolean)
    .join('; ');
  return (
    <Paper withBorder p="sm" mb="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1} size="h3">
            {t('exam.visitTitle', { number: detail.queueNumber, name: patient.fullName })}
          </Title>
          <Text size="sm">
            {[
              t(`patients.sex.${patient.sex}`),
              patient.age ? t(patient.age.key, patient.age.params) : null,
              t('exam.banner.birth', { date: birth }),
              patient.code,
              detail.bhyt ? `BHYT ${detail.bhyt.code}` : t(`visits.kind.${detail.kind}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {(detail.reason || patient.guardian) && (
            <Text size="sm" c="dimmed">
              {[
                detail.reason && t('exam.banner.reason', { reason: detail.reason }),
                patient.guardian &&
                  t('exam.banner.guardian', {
                    name: patient.guardian.name,
                    phone: patient.guardian.phone ?? '',
                  }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          )}
        </div>
        <Group gap={6}>
          <PriorityBadge priority={detail.priority} />
          <StatusBadge status={detail.status} />
          {detail.doctor && (
            <Text size="sm" c="dimmed">
              {detail.doctor.fullName}
            </Text>
          )}
        </Group>
      </Group>
      {allergy && (
        <Alert color="red" variant="light" mt="xs" p="xs" title={t('exam.banner.allergy')}>
          {allergy}
        </Alert>
      )}
    </Paper>
  );
}
