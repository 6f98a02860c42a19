import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DefinitionSummary } from '../../../shared/api';
import { formatIsoDate } from '../../../shared/domain/dates';
import { call } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error';
import { downloadFile } from '../../components/pdf-preview';
import { useI18n } from '../../i18n/i18n';
import { DefinitionImport } from './definition-import';

export interface DefinitionsPanelProps {
  definitions: readonly DefinitionSummary[];
}

/** The forms Tram knows, every version; an administrator downloads one and imports the next. */
export function DefinitionsPanel({ definitions }: DefinitionsPanelProps) {
  const { t } = useI18n();
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const download = (definition: DefinitionSummary) => {
    setFailure(null);
    call('reports.definitions.export', {
      code: definition.code,
      version: definition.version,
      format: 'xlsx',
    })
      .then(downloadFile)
      .catch(setFailure);
  };
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('reports.definitions.title')}>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed" maw={640}>
          {t('reports.import.hint')}
        </Text>
        <Button size="xs" variant="light" onClick={() => setImporting(true)}>
          {t('reports.import.title')}
        </Button>
      </Group>
      <ApiErrorAlert error={failure} />
      <Stack gap="xs">
        {definitions.map((definition) => (
          <div key={`${definition.code}/${definition.version}`}>
            <Text size="sm" fw={500}>
              {definition.name}
            </Text>
            <Group gap={4}>
              <Text size="xs" c="dimmed">
                {definition.code} ·{' '}
                {t('reports.definitions.version', { version: definition.version })} ·{' '}
                {t('reports.definitions.effective', {
                  from: formatIsoDate(definition.effectiveFrom),
                })}
              </Text>
              {definition.current && (
                <Badge size="xs" color="teal">
                  {t('reports.definitions.current')}
                </Badge>
              )}
              {definition.inUse && (
                <Badge size="xs" color="gray">
                  {t('reports.definitions.inUse')}
                </Badge>
              )}
              <Badge size="xs" variant="outline" color="gray">
                {t(
                  definition.source === 'shipped'
                    ? 'reports.definitions.shipped'
                    : 'reports.definitions.imported',
                )}
              </Badge>
            </Group>
            <Button size="compact-xs" variant="subtle" onClick={() => download(definition)}>
              {t('reports.definitions.download')}
            </Button>
          </div>
        ))}
      </Stack>
      <DefinitionImport opened={importing} onClose={() => setImporting(false)} />
    </Paper>
  );
}
