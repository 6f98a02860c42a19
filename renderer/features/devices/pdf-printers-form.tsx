import { Select, SimpleGrid, Switch, Text } from '@mantine/core';
import type { Settings } from '../../../shared/api';
import { PDF_KINDS, type PdfKind } from '../../../shared/api/documents';
import { useApiQuery } from '../../api/hooks';
import { useI18n } from '../../i18n/i18n';
import { Section, SectionForm } from '../settings/section-form';

export interface PdfPrintersFormProps {
  settings: Settings;
}

type Values = Record<PdfKind, string | null>;

/**
 * Settings → printers: the Windows printer each document's PDF goes to without a dialog in
 * the desktop app, and the automatic queue ticket at check-in.
 */
export function PdfPrintersForm({ settings }: PdfPrintersFormProps) {
  const { t } = useI18n();
  const osPrinters = useApiQuery('devices.printers.osPrinters', {});
  const names = osPrinters.data ?? [];
  const chosen = settings.printing.osPrinters;
  const initial = Object.fromEntries(
    PDF_KINDS.map((kind) => [kind, chosen[kind] ?? null]),
  ) as Values;
  return (
    <>
      <Section title={t('documents.osPrinters.title')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('documents.osPrinters.hint')}
        </Text>
        {osPrinters.isSuccess && names.length === 0 && (
          <Text size="sm" mb="sm">
            {t('documents.osPrinters.none')}
          </Text>
        )}
        <SectionForm
          section="printing"
          initial={initial}
          toInput={(values) => ({
            printing: {
              osPrinters: Object.fromEntries(
                PDF_KINDS.flatMap((kind) => (values[kind] ? [[kind, values[kind]]] : [])),
              ),
            },
          })}
        >
          {(form) => (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {PDF_KINDS.map((kind) => (
                <Select
                  key={kind}
                  label={t(`documents.kind.${kind}`)}
                  // A printer chosen on another day stays listed even when it is unplugged.
                  data={[...new Set([...names, ...(chosen[kind] ? [chosen[kind]] : [])])]}
                  clearable
                  {...form.getInputProps(kind)}
                />
              ))}
            </SimpleGrid>
          )}
        </SectionForm>
      </Section>
      <Section title={t('reception.title')}>
        <SectionForm
          section="reception"
          initial={{ autoPrintTicket: settings.reception.autoPrintTicket }}
          toInput={(values) => ({ reception: values })}
        >
          {(form) => (
            <Switch
              label={t('documents.autoPrintTicket')}
              {...form.getInputProps('autoPrintTicket', { type: 'checkbox' })}
            />
          )}
        </SectionForm>
      </Section>
    </>
  );
}
