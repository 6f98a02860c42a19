import { Badge, Grid, NavLink, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { formatIsoDate } from '../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { DispensePanel } from './dispense-panel';

/** Refreshes while the doctors send patients over. */
const REFRESH_MS = 15_000;

/** Prescriptions waiting at the counter on the left; the chosen one to dispense on the right. */
export function DispenseTab() {
  const { t } = useI18n();
  const awaiting = useApiQuery('stock.awaiting', {}, { refetchInterval: REFRESH_MS });
  const [chosen, setChosen] = useState<number | null>(null);
  const list = awaiting.data ?? [];
  const nav = useRef<HTMLElement>(null);
  // After handing over, focus moves to the next prescription waiting once the list is fresh:
  // Enter opens it (the one just given stays open for its labels until then).
  const [turnFrom, setTurnFrom] = useState<{ prescriptionId: number } | null>(null);
  const turned = useRef<object | null>(null);
  useEffect(() => {
    if (!turnFrom || turned.current === turnFrom || awaiting.isFetching) return;
    turned.current = turnFrom;
    const next = awaiting.data?.find((p) => p.prescriptionId !== turnFrom.prescriptionId);
    const button =
      next && nav.current?.querySelector<HTMLElement>(`[data-id="${next.prescriptionId}"]`);
    button?.focus();
  }, [turnFrom, awaiting.isFetching, awaiting.data]);

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <ApiErrorAlert error={awaiting.error} />
        <Paper withBorder>
          <nav aria-label={t('pharmacy.awaiting.title')} ref={nav}>
            {list.map((p, index) => {
              const active = p.prescriptionId === chosen;
              return (
                <NavLink
                  key={p.prescriptionId}
                  component="button"
                  data-id={p.prescriptionId}
                  active={active}
                  autoFocus={index === 0}
                  onClick={() => setChosen(p.prescriptionId)}
                  // Both lines in the label: NavLink's own description is faded, too faint on
                  // the active row's filled background.
                  label={
                    <>
                      <Text span display="block" fw={600} size="sm">
                        {p.queueNumber}. {p.patient.fullName}
                      </Text>
                      <Text span display="block" size="xs" c={active ? undefined : 'dimmed'}>
                        {`${p.code} · ${formatIsoDate(p.visitDate)} · ${p.doctor}`}
                      </Text>
                    </>
                  }
                  rightSection={
                    <Badge
                      variant={active ? 'white' : 'outline'}
                      color={p.state === 'new' ? 'grape' : 'orange.9'}
                      style={{ flexShrink: 0 }}
                    >
                      {p.state === 'new'
                        ? t('pharmacy.awaiting.new', { items: p.items })
                        : t('pharmacy.awaiting.owed', { items: p.owedItems })}
                    </Badge>
                  }
                />
              );
            })}
          </nav>
          {awaiting.isSuccess && list.length === 0 && (
            <Text c="dimmed" p="md">
              {t('pharmacy.awaiting.empty')}
            </Text>
          )}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        {chosen === null ? (
          <Stack p="md">
            <Text c="dimmed">{t('pharmacy.awaiting.choose')}</Text>
          </Stack>
        ) : (
          <DispensePanel
            key={chosen}
            prescriptionId={chosen}
            onDispensed={() => setTurnFrom({ prescriptionId: chosen })}
          />
        )}
      </Grid.Col>
    </Grid>
  );
}
