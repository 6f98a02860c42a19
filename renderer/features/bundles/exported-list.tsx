import { Button, Code, Paper, Table, Text, Title } from '@mantine/core';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { parsePeriod, periodLabel } from '../../../shared/domain/reports/periods';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { downloadFile } from '../../components/pdf-preview';
import { useI18n } from '../../i18n/i18n';

export interface ExportedListProps {
  dataset?: string;
}

/** Bundles this Tram made, newest first: counter, report, revision, hash; each downloadable again. */
export function ExportedList({ dataset }: ExportedListProps) {
  const { t, locale } = useI18n();
  const list = useApiQuery('bundles.list', dataset ? { dataset } : {});
  const rows = list.data ?? [];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('bundles.list.title')}
      </Title>
      <ApiErrorAlert error={list.error} />
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('bundles.list.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing={4} aria-label={t('bundles.list.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('bundles.list.counter')}</Table.Th>
                <Table.Th>{t('bundles.list.report')}</Table.Th>
                <Table.Th ta="right">{t('bundles.list.revision')}</Table.Th>
                <Table.Th>{t('bundles.list.hash')}</Table.Th>
                <Table.Th>{t('bundles.list.at')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const period = parsePeriod(row.period);
                return (
                  <Table.Tr key={row.id}>
                    <Table.Td ta="right">{row.counter}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {row.dataset} · {period ? periodLabel(period, locale) : row.period}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.fileName}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{row.revision}</Table.Td>
                    <Table.Td>
                      <Code title={row.hash}>{row.hash.slice(0, 16)}…</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatLocalDateTime(row.createdAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {row.createdBy}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() =>
                          void call('bundles.download', { id: row.id }).then(downloadFile)
                        }
                      >
                        {t('bundles.list.again')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
