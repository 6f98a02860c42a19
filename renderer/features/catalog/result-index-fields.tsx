import { Button, Grid, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../../i18n/i18n';
import { RemoveRowButton } from '../../components/remove-row-button';

export interface IndexValues {
  code: string;
  name: string;
  unit: string;
}

/**
 * What a result of the service measures, one index a line (MA_CHI_SO, TEN_CHI_SO, DON_VI_DO
 * of XML4); none means the result is written as text.
 */
export function ResultIndexFields({
  form,
}: {
  form: UseFormReturnType<{ resultIndices: IndexValues[] }>;
}) {
  const { t } = useI18n();
  const rows = form.values.resultIndices;
  return (
    <Stack gap={6}>
      <div>
        <Input.Label>{t('catalog.service.indices')}</Input.Label>
        <Text size="xs" c="dimmed">
          {t('catalog.service.indicesHint')}
        </Text>
      </div>
      {rows.map((_, index) => {
        const n = index + 1;
        return (
          <Grid key={index} gap="sm" align="flex-end">
            <Grid.Col span={3}>
              <TextInput
                aria-label={t('catalog.service.indexCode', { n })}
                placeholder="GLU"
                {...form.getInputProps(`resultIndices.${index}.code`)}
              />
            </Grid.Col>
            <Grid.Col span={5}>
              <TextInput
                aria-label={t('catalog.service.indexName', { n })}
                placeholder="Glucose máu"
                {...form.getInputProps(`resultIndices.${index}.name`)}
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput
                aria-label={t('catalog.service.indexUnit', { n })}
                placeholder="mmol/L"
                {...form.getInputProps(`resultIndices.${index}.unit`)}
              />
            </Grid.Col>
            <Grid.Col span={1}>
              <RemoveRowButton
                size="lg"
                mb={2}
                label={t('catalog.service.removeIndex', { n })}
                onClick={() => form.removeListItem('resultIndices', index)}
              />
            </Grid.Col>
          </Grid>
        );
      })}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => form.insertListItem('resultIndices', { code: '', name: '', unit: '' })}
        >
          {t('catalog.service.addIndex')}
        </Button>
      </Group>
    </Stack>
  );
}
