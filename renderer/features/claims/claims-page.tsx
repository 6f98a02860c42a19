import { Badge, Button, Group, List, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ClaimProblem, ClaimsValidation } from '../../../shared/api';
import { formatIsoDate, localDate } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { call, callFile } from '../../api/client';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { DateField } from '../../components/date-field';
import { useNotify } from '../../components/notify';
import { PageHeader } from '../../components/page-header';
import { downloadFile } from '../../components/pdf-preview';
import { useMe } from '../../app/session';
import { useI18n } from '../../i18n/i18n';
import { ClaimMonths } from './claim-months';

/** The month so far: claims are sent monthly. */
function thisMonth(): { from: string; to: string } {
  const today = localDate(new Date());
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** "Thuốc Amlodipin 5mg (40.501) của Nguyễn Văn An: thiếu TT_THAU … — nhập … ở Danh mục." */
function ProblemText({ problem }: { problem: ClaimProblem }) {
  const { t } = useI18n();
  return (
    <>
      {problem.subject && (
        <Text span inherit fw={600}>{`${t(problem.subject.key, problem.subject.params)}: `}</Text>
      )}
      {t(problem.key, problem.params)}
      {problem.fix && (
        <Text span inherit c="dimmed">{` — ${t(problem.fix.key, problem.fix.params)}`}</Text>
      )}
    </>
  );
}

function Results({ result, onlyProblems }: { result: ClaimsValidation; onlyProblems: boolean }) {
  const { t } = useI18n();
  const visits = onlyProblems ? result.visits.filter((v) => v.problems.length > 0) : result.visits;
  if (result.visits.length === 0) return <Text c="dimmed">{t('claims.page.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder aria-label={t('claims.page.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('claims.page.col.date')}</Table.Th>
            <Table.Th>{t('claims.page.col.link')}</Table.Th>
            <Table.Th>{t('claims.page.col.patient')}</Table.Th>
            <Table.Th>{t('claims.page.col.card')}</Table.Th>
            <Table.Th ta="right">{t('claims.page.col.total')}</Table.Th>
            <Table.Th ta="right">{t('claims.page.col.insurance')}</Table.Th>
            <Table.Th>{t('claims.page.col.problems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((visit) => (
            <Table.Tr key={visit.visitId}>
              <Table.Td>{formatIsoDate(visit.visitDate)}</Table.Td>
              <Table.Td>
                {visit.link}
                {visit.sentBefore && (
                  <Badge ml={6} size="sm" variant="light" color={visit.frozen ? 'blue' : 'orange'}>
                    {t(visit.frozen ? 'claims.page.sent' : 'claims.page.resend')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {visit.fullName}
                </Text>
                <Text size="xs" c="dimmed">
                  {visit.patientCode}
                </Text>
              </Table.Td>
              <Table.Td>{visit.cardCode}</Table.Td>
              <Table.Td ta="right">{formatVnd(visit.total)}</Table.Td>
              <Table.Td ta="right">{formatVnd(visit.insurancePays)}</Table.Td>
              <Table.Td>
                {visit.problems.length === 0 ? (
                  <Badge color="teal" variant="light">
                    {t('claims.page.ok')}
                  </Badge>
                ) : (
                  <List size="sm" c="red.9">
                    {visit.problems.map((problem, index) => (
                      <List.Item key={index}>
                        <ProblemText problem={problem} />
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Giám định BHYT: a period's finished insured visits checked, then the XML 130 file. */
export default function ClaimsPage() {
  const { t } = useI18n();
  const notify = useNotify();
  const me = useMe();
  const [period, setPeriod] = useState(thisMonth);
  const [result, setResult] = useState<ClaimsValidation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'check' | 'export' | 'checkIns' | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const fieldErrors = fieldErrorsOf(error, t);

  const run = async (kind: 'check' | 'export' | 'checkIns') => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'check') setResult(await call('claims.validate', period));
      else {
        const claims = kind === 'export' ? await callFile('claims.exportXml130', period) : null;
        const file = claims ?? (await callFile('claims.exportCheckIns', period));
        const resent = claims?.resentVisitIds.length ?? 0;
        downloadFile(file);
        notify(
          file.skipped > 0 ? 'yellow' : 'teal',
          [
            t('claims.page.exported', {
              count: file.count,
              file: file.fileName,
              skipped: file.skipped,
            }),
            ...(resent > 0 ? [t('claims.page.resent', { count: resent })] : []),
          ].join(' '),
        );
        // The export froze what it sent: the list says so.
        if (kind === 'export') setResult(await call('claims.validate', period));
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeader title={t('claims.page.title')} description={t('claims.page.description')} />
      <Stack gap="md">
        <Paper withBorder p="md">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run('check');
            }}
          >
            <Group align="flex-end">
              <DateField
                label={t('claims.page.from')}
                value={period.from}
                onChange={(from) => from && setPeriod((p) => ({ ...p, from }))}
                error={fieldErrors.from}
                autoFocus
                clearable={false}
              />
              <DateField
                label={t('claims.page.to')}
                value={period.to}
                onChange={(to) => to && setPeriod((p) => ({ ...p, to }))}
                error={fieldErrors.to}
                clearable={false}
              />
              <Button type="submit" loading={busy === 'check'}>
                {t('claims.page.check')}
              </Button>
              <Button
                variant="light"
                loading={busy === 'export'}
                onClick={() => void run('export')}
              >
                {t('claims.page.export')}
              </Button>
              <Button
                variant="default"
                loading={busy === 'checkIns'}
                onClick={() => void run('checkIns')}
              >
                {t('claims.page.exportCheckIns')}
              </Button>
            </Group>
          </form>
        </Paper>
        <ApiErrorAlert error={error} hideWhenFieldErrors />
        {result && (
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text fw={600}>
                  {t('claims.page.summary', {
                    total: result.visits.length,
                    ready: result.ready,
                    problems: result.withProblems,
                  })}
                </Text>
                <Switch
                  label={t('claims.page.onlyProblems')}
                  checked={onlyProblems}
                  onChange={(event) => setOnlyProblems(event.currentTarget.checked)}
                />
              </Group>
              <ClaimMonths
                months={result.months}
                mayReopen={me.user.roles.includes('admin')}
                onReopened={() => void run('check')}
              />
              {result.problems.map((problem) => (
                <Text key={problem.key} c="red.9">
                  {t(problem.key, problem.params)}
                </Text>
              ))}
              <Results result={result} onlyProblems={onlyProblems} />
            </Stack>
          </Paper>
        )}
      </Stack>
    </>
  );
}
