import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CreatedVisit, FileResult, PatientView } from '../../../shared/api';
import { localDate } from '../../../shared/domain/dates';
import {
  PRIORITIES,
  bhytVisitRefusal,
  type Priority,
  type VisitKind,
} from '../../../shared/domain/queue';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { PdfPreview } from '../../components/pdf-preview';
import { PrintActions } from '../../components/print-actions';
import { useI18n } from '../../i18n/i18n';

export interface VisitDialogProps {
  patient: PatientView;
  opened: boolean;
  /** checkedIn: a visit was created (reception goes back to its search box for the next). */
  onClose: (checkedIn: boolean) => void;
}

interface Values {
  kind: VisitKind;
  priority: Priority | 'auto';
  reason: string;
}

/** Check-in: BHYT or fee-paying, reason, priority; then the queue number and its ticket. */
export function VisitDialog({ patient, opened, onClose }: VisitDialogProps) {
  const { t } = useI18n();
  const create = useApiMutation('visits.create', ['queue.today', 'patients.get']);
  const [created, setCreated] = useState<CreatedVisit | null>(null);
  const [ticket, setTicket] = useState<FileResult | null>(null);
  const autoPrint = useApiQuery('settings.get', {}).data?.reception.autoPrintTicket ?? false;
  const close = () => onClose(created !== null);
  const refusal = bhytVisitRefusal(
    { card: patient.bhyt ?? null, insuranceStatus: patient.insuranceStatus },
    localDate(new Date()),
  );
  const form = useForm<Values>({
    initialValues: { kind: refusal ? 'fee' : 'bhyt', priority: 'auto', reason: '' },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      setCreated(
        await create.mutateAsync({
          patientId: patient.id,
          kind: values.kind,
          reason: values.reason,
          ...(values.priority !== 'auto' && { priority: values.priority }),
        }),
      );
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });

  const ticket58 = async (visitId: number) =>
    setTicket(await call('visits.ticket', { visitId, width: 58 }));

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={close}
      title={t('reception.visit.title', { name: patient.fullName })}
      size="lg"
    >
      {created ? (
        <Stack align="center" gap="xs">
          <Text>{t('reception.visit.number')}</Text>
          <Title order={2} fz={64} lh={1} aria-live="polite">
            {created.queueNumber}
          </Title>
          {created.priority !== 'none' && (
            <Text fw={600}>{t(`visits.priority.${created.priority}`)}</Text>
          )}
          <Group mt="md" justify="center">
            <PrintActions
              document={{ kind: 'queueTicket', visitId: created.visitId, width: 80 }}
              pdf={() => call('visits.ticket', { visitId: created.visitId, width: 80 })}
              title={t('reception.visit.ticketTitle')}
              thermal={{ role: 'queueTicket', id: created.visitId }}
              pdfLabel={t('reception.visit.ticket80')}
              hotkey="ctrl+P"
              autoPrint={autoPrint}
            />
            <Button variant="default" onClick={() => void ticket58(created.visitId)}>
              {t('reception.visit.ticket58')}
            </Button>
            <Button variant="subtle" onClick={close} autoFocus>
              {t('reception.visit.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <SegmentedControl
              fullWidth
              aria-label={t('reception.visit.kind')}
              data={[
                { value: 'bhyt', label: t('visits.kind.bhyt') },
                { value: 'fee', label: t('visits.kind.fee') },
              ]}
              {...form.getInputProps('kind')}
            />
            {form.values.kind === 'bhyt' && refusal && (
              <Alert color="red" variant="light" role="alert">
                {t(refusal.key, refusal.params)}
              </Alert>
            )}
            {form.errors.kind && form.values.kind === 'bhyt' && !refusal && (
              <Alert color="red" variant="light" role="alert">
                {form.errors.kind}
              </Alert>
            )}
            <TextInput
              label={t('reception.visit.reason')}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <Select
              label={t('reception.visit.priority')}
              allowDeselect={false}
              data={[
                { value: 'auto', label: t('reception.visit.priorityAuto') },
                ...PRIORITIES.filter((p) => p !== 'none').map((p) => ({
                  value: p,
                  label: t(`visits.priority.${p}`),
                })),
              ]}
              {...form.getInputProps('priority')}
            />
            <ApiErrorAlert error={create.error} hideWhenFieldErrors />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={form.values.kind === 'bhyt' && refusal !== null}
              >
                {t('reception.visit.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <PdfPreview
        file={ticket}
        title={t('reception.visit.ticketTitle')}
        onClose={() => setTicket(null)}
      />
    </Modal>
  );
}
