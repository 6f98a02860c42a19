import { Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface CatalogTableProps {
  minWidth: number;
  children: ReactNode;
}

/** The results table every tab shows under its search box. */
export function CatalogTable({ minWidth, children }: CatalogTableProps) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped highlightOnHover verticalSpacing="xs" fz="sm">
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
