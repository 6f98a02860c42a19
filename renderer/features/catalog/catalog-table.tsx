import { Button, Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

export interface CatalogTableProps {
  minWidth: number;
  /** The rows belong to an earlier search text: dimmed until the current one's answer. */
  busy?: boolean;
  children: ReactNode;
}

/** The results table every tab shows under its search box. */
export function CatalogTable({ minWidth, busy = false, children }: CatalogTableProps) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table
          striped
          highlightOnHover
          verticalSpacing="xs"
          fz="sm"
          aria-busy={busy}
          style={{ opacity: busy ? 0.5 : 1 }}
        >
          {children}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

export interface EmptyRowProps {
  colSpan: number;
  children: ReactNode;
}

export function EmptyRow({ colSpan, children }: EmptyRowProps) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" size="sm" py="xs">
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The header of the column the edit buttons stand in: named for readers, blank on screen. */
export function ActionsHeader() {
  const { t } = useI18n();
  return (
    <Table.Th>
      <span className="visually-hidden">{t('common.actions')}</span>
    </Table.Th>
  );
}

export interface EditButtonProps {
  /** The accessible name; starts with the visible "Sửa" (WCAG label in name). */
  label: string;
  onClick: () => void;
}

export function EditButton({ label, onClick }: EditButtonProps) {
  const { t } = useI18n();
  return (
    <Table.Td>
      <Button variant="subtle" size="xs" onClick={onClick} aria-label={label}>
        {t('common.edit')}
      </Button>
    </Table.Td>
  );
}
