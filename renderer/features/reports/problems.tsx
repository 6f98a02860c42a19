import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import type { ReportProblem } from '../../../shared/domain/reports/validation';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';

/** Orange text fails contrast on a light background (axe): warnings read in dark text. */
export const WARNING_TEXT = 'dark.6';

/** The input's id, so a problem in the list can take the user to its cell. */
export const cellId = (key: string): string => `report-cell-${key.replace(/\W/g, '-')}`;

export function problemText(problem: ReportProblem, t: Translate): string {
  const text = t(problem.message.key, problem.message.params);
  return problem.note ? `${text}. ${problem.note}` : text;
}

function focusCell(problem: ReportProblem): void {
  for (const key of problem.cells) {
    const input = document.getElementById(cellId(key));
    if (input) {
      input.focus();
      input.scrollIntoView({ block: 'center' });
      return;
    }
  }
}

export interface ProblemsPanelProps {
  problems: readonly ReportProblem[];
}

/** The checks that fail, errors first; each one takes the user to its cell. */
export function ProblemsPanel({ problems }: ProblemsPanelProps) {
  const { t } = useI18n();
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const notEntered = warnings.filter((p) => p.rule === 'NOT_ENTERED');
  if (problems.length === 0) {
    return (
      <Alert color="teal" variant="light" title={t('reports.problems.title')}>
        {t('reports.problems.none')}
      </Alert>
    );
  }
  return (
    <Alert
      color={errors.length > 0 ? 'red' : 'yellow'}
      variant="light"
      title={
        <Group gap="xs">
          {t('reports.problems.title')}
          {errors.length > 0 && (
            <Badge color="red">{t('reports.problems.errors', { count: errors.length })}</Badge>
          )}
          {warnings.length > 0 && (
            <Badge color="yellow" autoContrast>
              {t('reports.problems.warnings', { count: warnings.length })}
            </Badge>
          )}
        </Group>
      }
    >
      <List size="sm" spacing={2}>
        {[...errors, ...warnings.filter((p) => p.rule !== 'NOT_ENTERED')].map((problem) => (
          <List.Item key={problem.rule + problem.cells.join()}>
            <Anchor
              component="button"
              type="button"
              size="sm"
              c={problem.severity === 'error' ? 'red.9' : WARNING_TEXT}
              onClick={() => focusCell(problem)}
            >
              <Text span inherit>
                {problemText(problem, t)}
              </Text>
            </Anchor>
          </List.Item>
        ))}
        {notEntered.length > 0 && (
          <List.Item>
            <Anchor
              component="button"
              type="button"
              size="sm"
              c={WARNING_TEXT}
              onClick={() => notEntered[0] && focusCell(notEntered[0])}
            >
              {t('reports.problems.notEntered', { count: notEntered.length })}
            </Anchor>
          </List.Item>
        )}
      </List>
    </Alert>
  );
}
