import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { PatientView } from '../../../shared/api';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { personLine } from './patient-labels';

export interface MergeDialogProps {
  /** The record kept: the duplicate's visits and missing details move into it. */
  patient: PatientView;
  onClose: () => void;
}

/** Administrators fold a duplicate record, found by its patient code, into this one. */
export function MergeDialog({ patient, onClose }: MergeDialogProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [q] = useDebouncedValue(code.trim(), 200);
  const found = useApiQuery('patients.search', { q, limit: 1 }, { enabled: q !== '' });
  const duplicate = found.data?.find((r) => r.match === 'code' && r.id !== patient.id);
  const merge = useApiMutation('patients.merge', [
    'patients.get',
    'patients.search',
    'queue.today',
  ]);

  const confirm = async () => {
    if (!duplicate) return;
    await merge.mutateAsync({ keepId: patient.id, mergeId: duplicate.id });
    onClose();
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('reception.merge.title', { code: patient.code })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('reception.merge.explain')}</Text>
        <TextInput
          label={t('reception.merge.code')}
          placeholder="01001-2026-000123"
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          data-autofocus
        />
        {duplicate && (
          <Alert color="yellow" variant="light" title={`${duplicate.fullName} · ${duplicate.code}`}>
            {personLine(duplicate, t)}
          </Alert>
        )}
        <ApiErrorAlert error={merge.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!duplicate}
            loading={merge.isPending}
            onClick={() => void confirm().catch(() => undefined)}
          >
            {t('reception.merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
