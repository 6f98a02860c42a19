import { Group, Paper, Text, Title } from '@mantine/core';
import type { VisitDetail } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import { useI18n } from '../../i18n/i18n';
import { PriorityBadge, StatusBadge } from '../queue/visit-cells';

export interface PatientBannerProps {
  detail: VisitDetail;
}

/**
 * Who the patient is, at a glance and always in sight: it stays under the app's header while
 * the doctor scrolls down to the prescription (name, age, sex, weight, allergies).
 */
export function PatientBanner({ detail }: PatientBannerProps) {
  const { t, locale } = useI18n();
  const { patient } = detail;
  const birth = patient.birthDate ? formatIsoDate(patient.birthDate) : String(patient.birthYear);
  const allergy = [patient.allergies.text, ...patient.allergies.ingredients]
    .filter(Boolean)
    .join('; ');
  const weight = detail.vitals?.weightKg;
  return (
    <Paper
      withBorder
      shadow="xs"
      px="sm"
      py={6}
      mb="sm"
      pos="sticky"
      top="var(--app-shell-header-height, 56px)"
      style={{ zIndex: 50 }}
      aria-label={t('exam.banner.label')}
      component="section"
    >
      <Group justify="space-between" align="center" wrap="nowrap" gap="xs">
        <Group gap="sm" align="baseline" wrap="wrap" style={{ minWidth: 0 }}>
          <Title order={1} size="h4">
            {t('exam.visitTitle', { number: detail.queueNumber, name: patient.fullName })}
          </Title>
          <Text size="sm" fw={600}>
            {[
              t(`patients.sex.${patient.sex}`),
              patient.age ? t(patient.age.key, patient.age.params) : null,
              weight != null
                ? t('exam.banner.weight', {
                    kg: String(weight).replace('.', locale === 'vi' ? ',' : '.'),
                  })
                : t('exam.banner.noWeight'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm" c="dimmed">
            {[
              t('exam.banner.birth', { date: birth }),
              patient.code,
              detail.bhyt ? `BHYT ${detail.bhyt.code}` : t(`visits.kind.${detail.kind}`),
            ].join(' · ')}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <PriorityBadge priority={detail.priority} />
          <StatusBadge status={detail.status} />
        </Group>
      </Group>
      <Group gap="md" wrap="wrap">
        <Text
          size="sm"
          fw={700}
          c={allergy ? 'red.9' : 'dimmed'}
          role={allergy ? 'alert' : undefined}
        >
          {allergy ? `${t('exam.banner.allergy')}: ${allergy}` : t('exam.banner.noAllergy')}
        </Text>
        {(detail.reason || patient.guardian || detail.doctor) && (
          <Text size="sm" c="dimmed">
            {[
              detail.reason && t('exam.banner.reason', { reason: detail.reason }),
              patient.guardian &&
                t('exam.banner.guardian', {
                  name: patient.guardian.name,
                  phone: patient.guardian.phone ?? '',
                }),
              detail.doctor?.fullName,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
