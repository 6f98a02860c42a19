import { Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { BackupKind } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useI18n } from '../../i18n/i18n';
import { kindKey, sizeText } from './backup-format';

/** The columns both backup lists share (the Sao lưu page and the start-up error screen). */
export function BackupTableHead() {
  const { t } = useI18n();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('backups.col.time')}</Table.Th>
        <Table.Th>{t('backups.col.kind')}</Table.Th>
        <Table.Th>{t('backups.col.size')}</Table.Th>
        <Table.Th>{t('backups.col.places')}</Table.Th>
        <Table.Th>{t('backups.col.check')}</Table.Th>
        <Table.Th />
      </Table.Tr>
    </Table.Thead>
  );
}

export interface BackupFactCellsProps {
  backup: { createdAt: string; kind: BackupKind; bytes: number };
}

/** When, what kind and how big: the first three cells of a backup's row. */
export function BackupFactCells({ backup }: BackupFactCellsProps) {
  const { t } = useI18n();
  return (
    <>
      <Table.Td>{formatLocalDateTime(backup.createdAt)}</Table.Td>
      <Table.Td>{t(kindKey(backup.kind))}</Table.Td>
      <Table.Td>{sizeText(backup.bytes)}</Table.Td>
    </>
  );
}

export interface StatBoxProps {
  label: string;
  children: ReactNode;
}

export function StatBox({ label, children }: StatBoxProps) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </Paper>
  );
}
