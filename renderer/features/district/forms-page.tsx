import { Stack } from '@mantine/core';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { DefinitionsPanel } from '../reports/definitions-panel';

/** Mẫu báo cáo: the forms the district adds up, and its own templates to hand out. */
export default function FormsPage() {
  const { t } = useI18n();
  const definitions = useApiQuery('reports.definitions', {});
  return (
    <Stack gap="md">
      <PageHeader
        title={t('reports.definitions.title')}
        description={t('district.forms.description')}
      />
      <ApiErrorAlert error={definitions.error} />
      <DefinitionsPanel definitions={definitions.data ?? []} />
    </Stack>
  );
}
