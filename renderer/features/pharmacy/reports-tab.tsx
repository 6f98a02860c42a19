import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { MovementAmount } from '../../../shared/api';
import { MOVEMENT_PARTS } from '../../../shared/api/stock';
import { localDate } from '../../../shared/domain/dates';
import { formatVnd, groupThousands } from '../../../shared/domain/money';
import { callFile } from '../../api/client';
import type { DownloadedFile } from '../../api/files';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { DateField } from '../../components/date-field';
import { downloadFile, PdfPreview } from '../../components/pdf-preview';
import { useI18n } from '../../i18n/i18n';

function Amount({ amount }: { amount: MovementAmount }) {
  return (
    <>
      {groupThousands(amount.quantity)}
      <Text size="xs" c="dimmed">
        {formatVnd(amount.value)}
      </Text>
    </>
  );
}

/** Báo cáo: nhập – xuất – tồn for a period (on screen, xlsx, PDF) and the expiry report. */
export function ReportsTab() {
  const { t } = useI18n();
  const today = localDate(new Date());
  const [from, setFrom] = useState<string | null>(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState<string | null>(today);
  const [pdf, setPdf] = useState<{ file: DownloadedFile; title: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const period = from && to ? { from, to } : null;
  const report = useApiQuery('stock.movements', period ?? { from: today, to: today }, {
    enabled: period !== null,
  });

  const run = (work: () => Promise<void>) => {
    setFailure(null);
    work().catch(setFailure);
  };
  const exportAs = (format: 'xlsx' | 'pdf') =>
    run(async () => {
      if (!period) return;
      const file = await callFile('stock.movementReport', { ...period, format });
      if (format === 'xlsx') downloadFile(file);
      else setPdf({ file, title: t('pharmacy.report.title') });
    });
  const expiryReport = () =>
    run(async () => {
      setPdf({
        file: await callFile('stock.expiryReport', {}),
        title: t('pharmacy.expiryReport.title'),
      });
    });

  return (
    <>
      <Group align="flex-end" mb="sm" wrap="wrap">
        <DateField label={t('common.fromDate')} value={from} onChange={setFrom} w={160} />
        <DateField label={t('common.toDate')} value={to} onChange={setTo} w={160} />
        {/* This month is the usual period: focus waits on the export, not on a calendar. */}
        <Button variant="default" disabled={!period} onClick={() => exportAs('xlsx')} autoFocus>
          {t('pharmacy.report.xlsx')}
        </Button>
        <Button variant="default" disabled={!period} onClick={() => exportAs('pdf')}>
          {t('pharmacy.report.pdf')}
        </Button>
        <Button variant="subtle" onClick={expiryReport}>
          {t('pharmacy.expiryReport.action')}
        </Button>
      </Group>
      <ApiErrorAlert error={report.error ?? failure} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={t('pharmacy.report.title')} verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pharmacy.col.drug')}</Table.Th>
                <Table.Th>{t('pharmacy.col.unit')}</Table.Th>
                {MOVEMENT_PARTS.map((part) => (
                  <Table.Th key={part} ta="right">
                    {t(`pharmacy.report.${part}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.data?.rows.map((row) => (
                <Table.Tr key={row.drugId}>
                  <Table.Td>
                    {row.drugName}
                    <Text size="xs" c="dimmed">
                      {row.drugCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>{row.unit}</Table.Td>
                  {MOVEMENT_PARTS.map((part) => (
                    <Table.Td key={part} ta="right">
                      <Amount amount={row[part]} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
              {report.data && (
                <Table.Tr fw={700}>
                  <Table.Td colSpan={2}>{t('pharmacy.doc.total')}</Table.Td>
                  {MOVEMENT_PARTS.map((part) => (
                    <Table.Td key={part} ta="right">
                      {formatVnd(report.data.totals[part].value)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {report.isSuccess && report.data.rows.length === 0 && (
          <Text c="dimmed" p="md">
            {t('pharmacy.report.empty')}
          </Text>
        )}
      </Paper>
      <PdfPreview file={pdf?.file ?? null} title={pdf?.title ?? ''} onClose={() => setPdf(null)} />
    </>
  );
}
