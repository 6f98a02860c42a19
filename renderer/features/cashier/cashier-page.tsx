import { Grid, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMe } from '../../app/session';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { AwaitingList } from './awaiting-list';
import { InvoicePanel } from './invoice-panel';
import { ShiftPanel } from './shift-panel';

/** Thu ngân: the waiting list, the chosen visit's bill and payment, the shift. */
export default function CashierPage() {
  const { t } = useI18n();
  const me = useMe();
  const [visitId, setVisitId] = useState<number | null>(null);
  const mayVoid = me.user.roles.includes('admin') || me.user.cashierSupervisor;
  return (
    <>
      <PageHeader title={t('cashier.title')} description={t('cashier.description')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Stack gap="md">
            <AwaitingList selected={visitId} onSelect={setVisitId} />
            <ShiftPanel />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          {visitId === null ? (
            <Paper withBorder p="md">
              <Text c="dimmed">{t('cashier.pickVisit')}</Text>
            </Paper>
          ) : (
            <InvoicePanel key={visitId} visitId={visitId} mayVoid={mayVoid} />
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
