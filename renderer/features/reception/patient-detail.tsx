import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { PatientView } from '../../../shared/api';
import { ageOn, ageLabel } from '../../../shared/domain/age';
import { formatIsoDate, formatLocalDateTime, localDate } from '../../../shared/domain/dates';
import { formatBhytCode } from '../../../shared/domain/bhyt';
import { ethnicityByCode } from '../../../shared/domain/ethnicities';
import { formatPhone } from '../../../shared/domain/phone';
import { callFile } from '../../api/client';
import type { DownloadedFile } from '../../api/files';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { PdfPreview } from '../../components/pdf-preview';
import { usePageKeys } from '../../app/page-keys';
import { useI18n } from '../../i18n/i18n';
import { MergeDialog } from './merge-dialog';
import { birthLabel } from './patient-labels';
import { VisitDialog } from './visit-dialog';

export interface PatientDetailProps {
  patient: PatientView;
  onEdit: () => void;
  onOpenPatient: (id: number) => void;
  /** The visit dialog closed after a check-in: reception turns to the next person. */
  onCheckedIn?: () => void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{children || '—'}</Text>
    </div>
  );
}

/** A patient's record as reception needs it, with check-in and the patient card. */
export function PatientDetail({ patient, onEdit, onOpenPatient, onCheckedIn }: PatientDetailProps) {
  const { t, locale } = useI18n();
  const [visitOpen, setVisitOpen] = useState(false);
  const [card, setCard] = useState<DownloadedFile | null>(null);
  const [merging, setMerging] = useState(false);
  const mayMerge = canUse('patients.merge', useMe().user.roles);
  const age = ageOn(patient, localDate(new Date()));
  const address = [patient.address.street, patient.address.wardName, patient.address.provinceName]
    .filter(Boolean)
    .join(', ');
  const printCard = async () => setCard(await callFile('patients.card', { id: patient.id }));
  usePageKeys([{ hotkey: 'F4', label: t('proc.visits.create'), run: () => setVisitOpen(true) }]);

  if (patient.mergedInto) {
    const target = patient.mergedInto;
    return (
      <Alert color="yellow" title={patient.fullName}>
        <Stack gap="xs" align="flex-start">
          <Text>{t('reception.mergedInto', { code: target.code })}</Text>
          <Button size="xs" onClick={() => onOpenPatient(target.id)} autoFocus>
            {t('reception.openPatient')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3">
              {patient.fullName}
            </Title>
            <Group gap="xs" mt={4}>
              <Text ff="monospace">{patient.code}</Text>
              <Badge variant="light" color="gray">
                {t(`patients.sex.${patient.sex}`)}
              </Badge>
              {age.ok && (
                <Badge variant="light" color="gray">
                  {ageLabel(age.value, locale)}
                </Badge>
              )}
              <Badge
                variant="light"
                color={patient.insuranceStatus === 'verified' ? 'teal' : 'orange'}
              >
                {t(`patients.insurance.${patient.insuranceStatus}`)}
              </Badge>
            </Group>
          </div>
          <Group>
            <Button onClick={() => setVisitOpen(true)} autoFocus>
              {t('reception.visit.open')}
            </Button>
            <Button variant="default" onClick={() => void printCard()}>
              {t('reception.printCard')}
            </Button>
            <Button variant="default" onClick={onEdit}>
              {t('common.edit')}
            </Button>
            {mayMerge && (
              <Button variant="subtle" color="red" onClick={() => setMerging(true)}>
                {t('reception.merge.open')}
              </Button>
            )}
          </Group>
        </Group>
        {patient.allergies.ingredients.length > 0 || patient.allergies.text ? (
          <Alert color="red" variant="light" mt="sm" title={t('reception.field.allergies')}>
            {[patient.allergies.ingredients.join(', '), patient.allergies.text]
              .filter(Boolean)
              .join(' — ')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="md">
          <Field label={t('reception.field.birthDate')}>{birthLabel(patient)}</Field>
          <Field label={t('reception.field.phone')}>
            {patient.phone && formatPhone(patient.phone)}
          </Field>
          <Field label={t('reception.field.cccd')}>{patient.cccd}</Field>
          <Field label={t('reception.field.bhytCode')}>
            {patient.bhyt &&
              `${formatBhytCode(patient.bhyt.code)} (${formatIsoDate(patient.bhyt.validFrom)} – ${formatIsoDate(patient.bhyt.validTo)})`}
          </Field>
          <Field label={t('reception.field.facilityCode')}>{patient.bhyt?.facilityCode}</Field>
          <Field label={t('reception.field.ethnicity')}>
            {patient.ethnicityCode && ethnicityByCode(patient.ethnicityCode)?.name}
          </Field>
          <Field label={t('reception.section.address')}>{address || patient.address.text}</Field>
          <Field label={t('reception.field.addressText')}>{patient.address.text}</Field>
          <Field label={t('reception.field.occupation')}>
            {[patient.occupation, patient.occupationCode].filter(Boolean).join(' · ')}
          </Field>
          {patient.address.oldWardName && (
            <Field label={t('reception.field.oldWard')}>{patient.address.oldWardName}</Field>
          )}
          {patient.nationalityCode && (
            <Field label={t('reception.field.nationalityCode')}>{patient.nationalityCode}</Field>
          )}
          {patient.guardian && (
            <Field label={t('reception.field.guardianName')}>
              {[
                patient.guardian.name,
                patient.guardian.phone && formatPhone(patient.guardian.phone),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Field>
          )}
          <Field label={t('reception.field.notes')}>{patient.notes}</Field>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="sm">
          {t('reception.visits')}
        </Title>
        {patient.visits.length === 0 ? (
          <Text c="dimmed">{t('reception.noVisits')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('queue.time')}</Table.Th>
                <Table.Th>{t('queue.number')}</Table.Th>
                <Table.Th>{t('reception.visit.kind')}</Table.Th>
                <Table.Th>{t('queue.status')}</Table.Th>
                <Table.Th>{t('reception.visit.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {patient.visits.map((visit) => (
                <Table.Tr key={visit.visitId}>
                  <Table.Td>{formatLocalDateTime(visit.createdAt)}</Table.Td>
                  <Table.Td>{visit.queueNumber}</Table.Td>
                  <Table.Td>{t(`visits.kind.${visit.kind}`)}</Table.Td>
                  <Table.Td>{t(`visits.status.${visit.status}`)}</Table.Td>
                  <Table.Td>{visit.cancelReason ?? visit.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {visitOpen && (
        <VisitDialog
          patient={patient}
          opened
          onClose={(checkedIn) => {
            setVisitOpen(false);
            if (checkedIn) onCheckedIn?.();
          }}
        />
      )}
      <PdfPreview file={card} title={t('reception.printCard')} onClose={() => setCard(null)} />
      {merging && <MergeDialog patient={patient} onClose={() => setMerging(false)} />}
    </Stack>
  );
}
