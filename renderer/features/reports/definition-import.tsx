import { Alert, Badge, Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DefinitionImportResult } from '../../../shared/api';
import { MAX_DEFINITION_FILE_BYTES } from '../../../shared/api/reports';
import { formatIsoDate } from '../../../shared/domain/dates';
import { problemPlace } from '../../../shared/domain/reports/check';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { useI18n, type Translate } from '../../i18n/i18n';
import { fileToBase64 } from '../catalog/file-content';

export interface DefinitionImportProps {
  opened: boolean;
  onClose: () => void;
}

/** "Mục 1, dòng 11 (indicator): ", or the path as the file has it. */
function placeOf(path: string, t: Translate): string {
  if (!path) return '';
  const place = problemPlace(path);
  return `${place ? t(place.key, place.params) : path}: `;
}

function Preview({ result }: { result: DefinitionImportResult }) {
  const { t } = useI18n();
  const definition = result.definition;
  if (!definition) {
    return (
      <Alert color="red" variant="light" title={t('reports.import.problems')}>
        <List size="sm">
          {result.problems.map((problem) => (
            <List.Item key={`${problem.path}:${problem.message.key}`}>
              {placeOf(problem.path, t)}
              {t(problem.message.key, problem.message.params)}
            </List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={500}>{definition.name}</Text>
        <Badge color={result.status === 'new' ? 'teal' : 'gray'}>
          {t(result.status === 'new' ? 'reports.import.new' : 'reports.import.identical')}
        </Badge>
      </Group>
      <Text size="sm">
        {definition.code} · {t('reports.definitions.version', { version: definition.version })} ·{' '}
        {t('reports.definitions.effective', { from: formatIsoDate(definition.effectiveFrom) })}
      </Text>
      <Text size="xs" c="dimmed">
        {definition.legalBasis}
      </Text>
      <List size="sm">
        {definition.sections.map((section) => (
          <List.Item key={section.title}>
            {section.title} ({section.rows})
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Choose a definition file → see what it holds (a dry run) → save it as a new version. */
export function DefinitionImport({ opened, onClose }: DefinitionImportProps) {
  const { t } = useI18n();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<{ fileName: string; content: string } | null>(null);
  const [result, setResult] = useState<DefinitionImportResult | null>(null);
  const run = useApiMutation('reports.definitions.import', [
    'reports.definitions',
    'reports.deadlines',
  ]);
  const close = () => {
    setFile(null);
    setUpload(null);
    setResult(null);
    run.reset();
    onClose();
  };
  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setResult(null);
    run.reset();
    if (!chosen) return;
    const next = { fileName: chosen.name, content: await fileToBase64(chosen) };
    setUpload(next);
    run.mutate({ ...next, dryRun: true }, { onSuccess: setResult });
  };
  const save = () => {
    if (!upload) return;
    run.mutate(
      { ...upload, dryRun: false },
      {
        onSuccess: (saved) => {
          if (saved.definition) {
            notify(
              'teal',
              t('reports.import.saved', {
                code: saved.definition.code,
                version: saved.definition.version,
              }),
            );
          }
          close();
        },
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('reports.import.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('reports.import.hint')}</Text>
        <FileInput
          label={t('reports.import.title')}
          accept=".json,.xlsx,application/json"
          value={file}
          onChange={(chosen) => void choose(chosen)}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          error={
            file && file.size > MAX_DEFINITION_FILE_BYTES ? t('catalog.file.tooLarge') : undefined
          }
        />
        <ApiErrorAlert error={run.error} />
        {result && <Preview result={result} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.close')}
          </Button>
          <Button onClick={save} disabled={result?.status !== 'new'} loading={run.isPending}>
            {t('reports.import.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
