import { NumberInput, Paper, Table, Text, Title } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import type { ReportView } from '../../../shared/api';
import { formLayout, type LayoutCell } from '../../../shared/domain/reports/layout';
import type { ReportProblem } from '../../../shared/domain/reports/validation';
import { valueMap } from '../../../shared/domain/reports/value-set';
import { groupThousands } from '../../../shared/domain/money';
import { useI18n } from '../../i18n/i18n';
import { cellId, problemText, WARNING_TEXT } from './problems';

export interface ReportFormProps {
  /** A station's report, or anything of its shape (a district's totals). */
  report: Pick<ReportView, 'definition' | 'dataValues' | 'problems' | 'previous'>;
  /** Typed values not saved yet, by value key; '' clears a value. */
  drafts: ReadonlyMap<string, string>;
  onChange: (key: string, text: string) => void;
  editable: boolean;
}

const COLUMN_WIDTH = 84;

function shown(value: number | null): string {
  return value === null ? '' : groupThousands(value);
}

/**
 * The form as the district reads it: a table per section, computed figures as text, hand rows
 * as inputs with last period's figure under them, and each failed check under its row.
 */
export function ReportForm({ report, drafts, onChange, editable }: ReportFormProps) {
  const { t } = useI18n();
  const values = useMemo(() => valueMap(report.dataValues), [report.dataValues]);
  const previous = useMemo(() => valueMap(report.previous.values), [report.previous.values]);
  const layout = useMemo(() => formLayout(report.definition, values), [report.definition, values]);
  const byCell = useMemo(() => {
    const map = new Map<string, ReportProblem[]>();
    for (const problem of report.problems) {
      for (const cell of problem.cells) map.set(cell, [...(map.get(cell) ?? []), problem]);
    }
    return map;
  }, [report.problems]);

  const cellView = (
    cell: LayoutCell,
    entered: boolean,
    label: string,
    severityOf: (key: string) => 'error' | 'warning' | null,
  ) => {
    if (!cell.applicable) return <Text c="dimmed">x</Text>;
    const key = cell.key;
    if (!entered || !key) return <Text>{shown(cell.value)}</Text>;
    const severity = severityOf(key);
    const draft = drafts.get(key);
    const value = draft !== undefined ? draft : cell.value === null ? '' : String(cell.value);
    const before = previous.get(key);
    return (
      <>
        <NumberInput
          id={cellId(key)}
          aria-label={label}
          size="xs"
          hideControls
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator="."
          decimalSeparator=","
          value={value}
          disabled={!editable}
          error={severity === 'error'}
          styles={
            severity === 'warning'
              ? { input: { borderColor: 'var(--mantine-color-orange-5)' } }
              : undefined
          }
          onChange={(next) => onChange(key, next === '' ? '' : String(next))}
        />
        {before !== undefined && (
          <Text size="xs" c="dimmed">
            {t('reports.previous', { value: groupThousands(before) })}
          </Text>
        )}
      </>
    );
  };

  return (
    <>
      {layout.map(({ section, rows }) => (
        <Paper withBorder key={section.code} mb="md" component="section" aria-label={section.title}>
          <Title order={2} size="h5" p="sm" pb={0}>
            {section.title}
          </Title>
          {/* Narrow figure columns: the six of the ICD chapters fit a 1280-pixel screen. */}
          <Table.ScrollContainer minWidth={400 + section.columns.length * COLUMN_WIDTH}>
            <Table verticalSpacing={4} aria-label={section.title} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48}>{t('reports.col.number')}</Table.Th>
                  <Table.Th miw={260}>{t('reports.col.indicator')}</Table.Th>
                  <Table.Th w={70}>{t('reports.col.unit')}</Table.Th>
                  {section.columns.map((column) => (
                    <Table.Th key={column.label} ta="right" w={COLUMN_WIDTH}>
                      {column.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ row, cells }, index) => {
                  const keys = cells.flatMap((cell) => (cell.key ? [cell.key] : []));
                  const problems = [
                    ...new Set(
                      keys
                        .flatMap((key) => byCell.get(key) ?? [])
                        .filter((p) => p.rule !== 'NOT_ENTERED'),
                    ),
                  ];
                  const severityOf = (key: string) => {
                    const found = byCell.get(key) ?? [];
                    if (found.some((p) => p.severity === 'error')) return 'error' as const;
                    return found.length > 0 ? ('warning' as const) : null;
                  };
                  return (
                    <Fragment key={row.dataElement ?? `heading-${index}`}>
                      <Table.Tr>
                        <Table.Td>{row.number}</Table.Td>
                        <Table.Td pl={`calc(var(--mantine-spacing-sm) + ${row.indent * 16}px)`}>
                          <Text size="sm" fs={row.dataElement ? undefined : 'italic'}>
                            {row.name}
                          </Text>
                          {row.dataElement && (
                            <Text size="xs" c="dimmed">
                              {row.dataElement} ·{' '}
                              {t(
                                row.entered ? 'reports.source.entered' : 'reports.source.computed',
                              )}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs">{row.unit}</Text>
                        </Table.Td>
                        {cells.map((cell, c) => (
                          <Table.Td key={section.columns[c]?.label ?? c} ta="right">
                            {cellView(
                              cell,
                              row.entered,
                              `${row.name} – ${section.columns[c]?.label ?? ''}`,
                              severityOf,
                            )}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                      {problems.length > 0 && (
                        <Table.Tr>
                          <Table.Td />
                          <Table.Td colSpan={2 + section.columns.length}>
                            {problems.map((problem) => (
                              <Text
                                key={problem.rule + problem.cells.join()}
                                size="sm"
                                c={problem.severity === 'error' ? 'red.9' : WARNING_TEXT}
                                role={problem.severity === 'error' ? 'alert' : undefined}
                              >
                                {problemText(problem, t)}
                              </Text>
                            ))}
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
    </>
  );
}
