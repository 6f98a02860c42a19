import { Badge, Button, Group, Paper, Switch, Table, Text, TextInput } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { OnHandRow } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { nameTokens } from '../../../shared/domain/text';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { AdjustDialog, MinimumDialog, RecipientsDialog } from './batch-dialogs';

type Dialog = { kind: 'adjust' | 'minimum' | 'recipients'; batch: OnHandRow };

/** Batches grouped under their drug, in the order the server gives (name, then expiry). */
function byDrug(rows: readonly OnHandRow[]): OnHandRow[][] {
  const groups = new Map<number, OnHandRow[]>();
  for (const row of rows) groups.set(row.drugId, [...(groups.get(row.drugId) ?? []), row]);
  return [...groups.values()];
}

/** Every word typed is the start of a word of the drug's name, ingredient or code. */
function matches(row: OnHandRow, words: string[]): boolean {
  const tokens = nameTokens(`${row.drugName} ${row.ingredient} ${row.drugCode} ${row.lot}`);
  return words.every((word) => tokens.some((token) => token.startsWith(word)));
}

/** Tồn kho: what each batch holds, with corrections, recalls and minimum levels. */
export function StockTab() {
  const { t } = useI18n();
  const [includeExpired, setIncludeExpired] = useState(false);
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const stock = useApiQuery('stock.onHand', { includeExpired });
  const words = nameTokens(search);
  const groups = byDrug((stock.data ?? []).filter((row) => matches(row, words)));
  const total = groups.flat().reduce((sum, row) => sum + row.value, 0);

  return (
    <>
      <Group align="flex-end" mb="sm">
        <TextInput
          label={t('pharmacy.stock.search')}
          type="search"
          autoFocus
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 260 }}
        />
        <Switch
          label={t('pharmacy.stock.includeExpired')}
          checked={includeExpired}
          onChange={(event) => setIncludeExpired(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <ApiErrorAlert error={stock.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={860}>
          <Table aria-label={t('pharmacy.tab.stock')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pharmacy.col.lot')}</Table.Th>
                <Table.Th>{t('pharmacy.col.expiry')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.col.quantity')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.col.unitCost')}</Table.Th>
                <Table.Th ta="right">{t('pharmacy.col.amount')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((batches) => {
                const first = batches[0] as OnHandRow;
                const usable = batches
                  .filter((b) => !b.expired)
                  .reduce((s, b) => s + b.quantity, 0);
                const low = first.minimum !== null && usable < first.minimum;
                return (
                  <Fragment key={first.drugId}>
                    <Table.Tr bg="var(--mantine-color-gray-0)">
                      <Table.Td colSpan={5}>
                        <Text fw={700} size="sm" component="span">
                          {first.drugName}
                        </Text>{' '}
                        <Text size="xs" c="dimmed" component="span">
                          {first.drugCode} · {first.ingredient} {first.strength}
                        </Text>
                        <Text size="xs" component="div">
                          {t('pharmacy.stock.usable', { quantity: usable, unit: first.unit })}
                          {first.minimum !== null &&
                            ` · ${t('pharmacy.stock.minimum', { minimum: first.minimum })}`}
                          {low && (
                            <Badge ml="xs" size="xs" color="red" variant="outline">
                              {t('pharmacy.alerts.low')}
                            </Badge>
                          )}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setDialog({ kind: 'minimum', batch: first })}
                          aria-label={t('pharmacy.minimum.actionFor', { drug: first.drugName })}
                        >
                          {t('pharmacy.minimum.action')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {batches.map((batch) => (
                      <Table.Tr key={batch.batchId}>
                        <Table.Td>{batch.lot}</Table.Td>
                        <Table.Td>
                          {formatIsoDate(batch.expiry)}
                          {batch.expired && (
                            <Badge ml="xs" size="xs" color="red" variant="outline">
                              {t('pharmacy.expired')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{batch.quantity}</Table.Td>
                        <Table.Td ta="right">{formatVnd(batch.unitCost)}</Table.Td>
                        <Table.Td ta="right">{formatVnd(batch.value)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => setDialog({ kind: 'adjust', batch })}
                            aria-label={t('pharmacy.adjust.title', {
                              batch: `${batch.drugName} · ${batch.lot}`,
                            })}
                          >
                            {t('pharmacy.adjust.action')}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="gray"
                            onClick={() => setDialog({ kind: 'recipients', batch })}
                            aria-label={t('pharmacy.recipients.actionFor', {
                              batch: `${batch.drugName} · ${batch.lot}`,
                            })}
                          >
                            {t('pharmacy.recipients.action')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {stock.isSuccess && groups.length === 0 && (
          <Text c="dimmed" p="md">
            {search ? t('pharmacy.stock.noMatch') : t('pharmacy.stock.empty')}
          </Text>
        )}
      </Paper>
      <Text ta="right" mt="xs" fw={600}>
        {t('pharmacy.stock.total', { total: formatVnd(total) })}
      </Text>
      {dialog?.kind === 'adjust' && (
        <AdjustDialog batch={dialog.batch} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'minimum' && (
        <MinimumDialog batch={dialog.batch} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'recipients' && (
        <RecipientsDialog batch={dialog.batch} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
