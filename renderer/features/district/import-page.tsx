import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { BundleImportResult } from '../../../shared/api';
import {
  BUNDLE_EXTENSION,
  BUNDLE_LIMITS,
  type ImportOutcome,
} from '../../../shared/domain/bundles';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { call } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { fileToBase64 } from '../catalog/file-content';

export const OUTCOME_COLORS: Readonly<Record<ImportOutcome, string>> = {
  imported: 'teal',
  duplicate: 'gray',
  superseded: 'yellow',
  rejected: 'red',
  'pending-station': 'orange',
};

const REFRESHED = ['stations.list', 'district.completeness', 'district.totals'] as const;

/** Bundle files of a pick or a folder (a USB stick), in name order: stations' counters follow. */
function bundlesOf(files: readonly File[]): File[] {
  return files
    .filter((file) => file.name.toLowerCase().endsWith(BUNDLE_EXTENSION))
    .sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name));
}

export function ImportResults({ results }: { results: readonly BundleImportResult[] }) {
  const { t, locale } = useI18n();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing={4} aria-label={t('district.import.results')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('district.import.file')}</Table.Th>
            <Table.Th>{t('district.import.outcome')}</Table.Th>
            <Table.Th>{t('district.station')}</Table.Th>
            <Table.Th>{t('district.period')}</Table.Th>
            <Table.Th ta="right">{t('bundles.list.revision')}</Table.Th>
            <Table.Th>{t('district.import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((result, index) => {
            const period = result.period ? parsePeriod(result.period) : null;
            return (
              <Table.Tr key={`${result.fileName}-${index}`}>
                <Table.Td>
                  <Text size="sm">{result.fileName}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={OUTCOME_COLORS[result.outcome]} variant="light">
                    {t(`bundles.outcome.${result.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{result.facilityName ?? ''}</Text>
                  <Text size="xs" c="dimmed">
                    {result.facilityCode}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{period ? periodLabel(period, locale) : ''}</Text>
                  <Text size="xs" c="dimmed">
                    {result.dataset}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{result.revision}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={result.outcome === 'rejected' ? 'red.8' : undefined}>
                    {result.reason ??
                      (result.fingerprint
                        ? t('district.import.fingerprint', { fingerprint: result.fingerprint })
                        : '')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Nhận báo cáo: the district officer picks bundle files or the whole stick; each is checked
 * and applied on its own (one bad file never stops the rest), with a progress bar and the
 * outcome of every file.
 */
export default function ImportPage() {
  const { t } = useI18n();
  const client = useQueryClient();
  const folderInput = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<BundleImportResult[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [skipped, setSkipped] = useState(0);

  const importAll = async (picked: readonly File[]) => {
    const files = bundlesOf(picked);
    setSkipped(picked.length - files.length);
    setResults([]);
    setError(null);
    setProgress({ done: 0, total: files.length });
    const done: BundleImportResult[] = [];
    try {
      for (const file of files) {
        const result: BundleImportResult =
          file.size > BUNDLE_LIMITS.fileBytes
            ? {
                outcome: 'rejected',
                fileName: file.name,
                reasonCode: 'tooLarge',
                reason: t('bundles.reason.tooLarge', { mb: BUNDLE_LIMITS.fileBytes / 1024 / 1024 }),
              }
            : await call('bundles.import', {
                fileName: file.name,
                content: await fileToBase64(file),
              });
        done.push(result);
        setResults([...done]);
        setProgress({ done: done.length, total: files.length });
      }
    } catch (failure) {
      setError(failure);
    } finally {
      await Promise.all(REFRESHED.map((key) => client.invalidateQueries({ queryKey: [key] })));
    }
  };

  const counts = results.reduce<Partial<Record<ImportOutcome, number>>>(
    (sum, r) => ({ ...sum, [r.outcome]: (sum[r.outcome] ?? 0) + 1 }),
    {},
  );
  const running = progress !== null && progress.done < progress.total && error === null;

  return (
    <Stack gap="md" maw={1100}>
      <PageHeader
        title={t('district.import.title')}
        description={t('district.import.description')}
      />
      <Paper withBorder p="md">
        <Group gap="sm">
          <FileButton
            onChange={(files) => void importAll(files)}
            accept={BUNDLE_EXTENSION}
            multiple
          >
            {(props) => (
              <Button {...props} disabled={running}>
                {t('district.import.files')}
              </Button>
            )}
          </FileButton>
          <Button variant="default" disabled={running} onClick={() => folderInput.current?.click()}>
            {t('district.import.folder')}
          </Button>
          <input
            ref={folderInput}
            type="file"
            hidden
            data-testid="folder-input"
            {...{ webkitdirectory: '', directory: '' }}
            onChange={(event) => {
              const files = Array.from(event.currentTarget.files ?? []);
              event.currentTarget.value = '';
              void importAll(files);
            }}
          />
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('district.import.hint')}
        </Text>
        {progress && (
          <Stack gap={4} mt="md">
            <Progress
              value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100}
              aria-label={t('district.import.progress', progress)}
              animated={running}
            />
            <Text size="sm">
              {t('district.import.progress', progress)}
              {skipped > 0 && ` · ${t('district.import.skipped', { count: skipped })}`}
            </Text>
          </Stack>
        )}
      </Paper>
      <ApiErrorAlert error={error} />
      {(counts['pending-station'] ?? 0) > 0 && (
        <Alert color="orange" title={t('district.import.newStations')}>
          <Text size="sm">
            {t('district.import.newStationsHint')}{' '}
            <Anchor component={Link} to="/district/stations">
              {t('nav.district.stations')}
            </Anchor>
          </Text>
        </Alert>
      )}
      {results.length > 0 && (
        <Paper withBorder p="md">
          <Group gap="xs" mb="sm">
            {(Object.keys(OUTCOME_COLORS) as ImportOutcome[])
              .filter((outcome) => counts[outcome])
              .map((outcome) => (
                <Badge key={outcome} color={OUTCOME_COLORS[outcome]} variant="light" size="lg">
                  {t(`bundles.outcome.${outcome}`)}: {counts[outcome]}
                </Badge>
              ))}
          </Group>
          <ImportResults results={results} />
        </Paper>
      )}
    </Stack>
  );
}
