import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import type { CatalogKindName, ImportResult, ImportRowStatus } from '../../../shared/api';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/api/catalog';
import { formatUnitPrice } from '../../../shared/domain/unit-price';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { fileToBase64 } from './file-content';

export interface ImportDialogProps {
  kind: CatalogKindName;
  opened: boolean;
  onClose: () => void;
}

/** Choose a file → see what it would change (a dry run) → confirm → see what it did. */
export function ImportDialog({ kind, opened, onClose }: ImportDialogProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(`catalog.import.title.${kind}`)}
      size={960}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <ImportFlow kind={kind} onClose={onClose} />}
    </Modal>
  );
}

interface Upload {
  fileName: string;
  content: string;
}

type Step =
  | { name: 'choose' }
  | { name: 'preview'; upload: Upload; result: ImportResult }
  | { name: 'done'; result: ImportResult };

const STATUS_COLOR: Record<ImportRowStatus, string> = {
  new: 'teal',
  changed: 'blue',
  unchanged: 'gray',
};

function ImportFlow({ kind, onClose }: { kind: CatalogKindName; onClose: () => void }) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const preview = useApiMutation('catalog.import');
  const commit = useApiMutation('catalog.import', [
    'catalog.summary',
    'catalog.icd.search',
    'catalog.drugs.search',
    'catalog.services.search',
  ]);

  const check = async (chosen: File | null) => {
    setFile(chosen);
    setLocalError(null);
    preview.reset();
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_FILE_BYTES) {
      setLocalError(t('catalog.file.tooLarge'));
      return;
    }
    let content: string;
    try {
      content = await fileToBase64(chosen);
    } catch {
      setLocalError(t('catalog.import.readFailed'));
      return;
    }
    const upload = { fileName: chosen.name, content };
    try {
      const result = await preview.mutateAsync({ kind, ...upload, dryRun: true });
      setStep({ name: 'preview', upload, result });
    } catch {
      // Shown by the alert below.
    }
  };

  if (step.name === 'choose') {
    return (
      <Stack gap="sm">
        <Text size="sm">{t(`catalog.import.hint.${kind}`)}</Text>
        <FileInput
          label={t('catalog.import.file')}
          placeholder={t('catalog.import.choose')}
          accept=".xlsx,.xlsm,.csv,.txt,.tsv"
          value={file}
          onChange={(chosen) => void check(chosen)}
          clearable
          data-autofocus
          error={localError}
        />
        <ApiErrorAlert error={preview.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void check(file)} loading={preview.isPending} disabled={!file}>
            {t('catalog.import.check')}
          </Button>
        </Group>
      </Stack>
    );
  }

  if (step.name === 'preview') {
    const { result, upload } = step;
    const toWrite = result.imported + result.updated;
    return (
      <Stack gap="sm">
        <Counts result={result} />
        <Text size="sm">
          {t('catalog.import.previewOf', { fileName: upload.fileName, rows: result.rows })}
        </Text>
        <PreviewTable result={result} />
        <Rejected result={result} />
        {toWrite === 0 && (
          <Alert color="yellow" variant="light">
            {t('catalog.import.nothingToDo')}
          </Alert>
        )}
        <ApiErrorAlert error={commit.error} />
        <Group justify="flex-end">
          <Button
            variant="default"
            autoFocus={toWrite === 0}
            onClick={() => {
              setFile(null);
              setStep({ name: 'choose' });
            }}
          >
            {t('catalog.import.back')}
          </Button>
          {/* Each step mounts its own buttons, so autoFocus moves the focus on. */}
          <Button
            autoFocus={toWrite > 0}
            disabled={toWrite === 0}
            loading={commit.isPending}
            onClick={() =>
              void commit
                .mutateAsync({ kind, ...upload, dryRun: false })
                .then((done) => setStep({ name: 'done', result: done }))
                .catch(() => undefined)
            }
          >
            {t('catalog.import.confirm', { count: toWrite })}
          </Button>
        </Group>
      </Stack>
    );
  }

  const { result } = step;
  return (
    <Stack gap="sm">
      <Alert color="teal" variant="light" role="status">
        {t('catalog.import.done', {
          imported: result.imported,
          updated: result.updated,
          unchanged: result.unchanged,
          rejected: result.rejectedCount,
        })}
      </Alert>
      <Rejected result={result} done />
      <Group justify="flex-end">
        <Button autoFocus onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

function Counts({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  const counts = [
    [t('catalog.import.status.new'), result.imported, 'teal.9'],
    [t('catalog.import.status.changed'), result.updated, 'blue.9'],
    [t('catalog.import.status.unchanged'), result.unchanged, 'gray.8'],
    [t('catalog.import.rejected'), result.rejectedCount, 'red.9'],
  ] as const;
  return (
    <SimpleGrid cols={4} spacing="xs">
      {counts.map(([label, value, color]) => (
        <Paper key={label} withBorder p="xs">
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={700} size="xl" c={color}>
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

const money = (amount: number | null): string => (amount === null ? '' : formatUnitPrice(amount));

const NAME_COLUMN = {
  icd: 'catalog.col.icdName',
  drugs: 'catalog.col.drugName',
  services: 'catalog.col.serviceName',
} as const;

const nowrap = { whiteSpace: 'nowrap' } as const;

function PreviewTable({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  if (result.preview.length === 0) return null;
  const priced = result.kind !== 'icd';
  return (
    <ScrollArea.Autosize mah={260} type="auto">
      <Table striped verticalSpacing={4} fz="sm" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalog.import.row')}</Table.Th>
            <Table.Th>{t('catalog.import.status')}</Table.Th>
            <Table.Th>{t('catalog.col.code')}</Table.Th>
            <Table.Th>{t(NAME_COLUMN[result.kind])}</Table.Th>
            <Table.Th>{t('catalog.col.detail')}</Table.Th>
            {priced && <Table.Th>{t('catalog.col.unit')}</Table.Th>}
            {priced && <Table.Th ta="right">{t('catalog.col.price')}</Table.Th>}
            {priced && <Table.Th ta="right">{t('catalog.col.insuredPrice')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.preview.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="outline" color={STATUS_COLOR[row.status]}>
                  {t(`catalog.import.status.${row.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{row.code}</Table.Td>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td>{row.detail}</Table.Td>
              {priced && <Table.Td>{row.unit}</Table.Td>}
              {priced && (
                <Table.Td ta="right" style={nowrap}>
                  {money(row.price)}
                </Table.Td>
              )}
              {priced && (
                <Table.Td ta="right" style={nowrap}>
                  {money(row.insuredPrice)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

function Rejected({ result, done = false }: { result: ImportResult; done?: boolean }) {
  const { t } = useI18n();
  if (result.rejectedCount === 0) return null;
  const unlisted = result.rejectedCount - result.rejected.length;
  const title = t(done ? 'catalog.import.skippedTitle' : 'catalog.import.rejectedTitle');
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" c="red.9">
        {title}
      </Text>
      <ScrollArea.Autosize mah={200} type="auto">
        <Table verticalSpacing={4} fz="sm" stickyHeader aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('catalog.import.row')}</Table.Th>
              <Table.Th>{t('catalog.import.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.rejected.map((reject) => (
              <Table.Tr key={reject.row}>
                <Table.Td>{reject.row}</Table.Td>
                <Table.Td>{t(reject.reasonKey.key, reject.reasonKey.params)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {unlisted > 0 && (
        <Text size="xs" c="dimmed">
          {t('catalog.import.rejectedMore', { count: unlisted })}
        </Text>
      )}
    </Stack>
  );
}
