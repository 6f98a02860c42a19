import {
  Button,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { RemoveRowButton } from '../../components/remove-row-button';
import type { UseFormReturnType } from '@mantine/form';
import type { Settings } from '../../../shared/api';
import { localDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/date-field';
import { useI18n } from '../../i18n/i18n';
import { Section, SectionForm } from './section-form';

type Claims = Settings['claims'];

/** MA_PTTT from each date: how BHXH pays the station (fee for service, capitation, DRG). */
function PaymentMethods({ form }: { form: UseFormReturnType<Claims> }) {
  const { t } = useI18n();
  const periods = form.values.paymentMethods;
  const methods = (['1', '2', '3'] as const).map((value) => ({
    value,
    label: t(`settings.claims.method.${value}`),
  }));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('settings.claims.paymentMethods')}
      </Text>
      <Table aria-label={t('settings.claims.paymentMethods')} verticalSpacing={4} maw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.claims.from')}</Table.Th>
            <Table.Th>{t('settings.claims.method')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((period, index) => (
            <Table.Tr key={index}>
              <Table.Td miw={150}>
                <DateField
                  aria-label={t('settings.claims.from')}
                  clearable={false}
                  value={period.from}
                  onChange={(from) =>
                    form.setFieldValue(`paymentMethods.${index}.from`, from ?? '')
                  }
                  error={form.errors[`paymentMethods.${index}.from`]}
                />
              </Table.Td>
              <Table.Td miw={220}>
                <Select
                  aria-label={t('settings.claims.method')}
                  data={methods}
                  allowDeselect={false}
                  value={String(period.method)}
                  onChange={(value) =>
                    form.setFieldValue(
                      `paymentMethods.${index}.method`,
                      Number(value ?? '1') as 1 | 2 | 3,
                    )
                  }
                />
              </Table.Td>
              <Table.Td>
                <RemoveRowButton
                  label={t('settings.claims.removeMethod', { from: period.from })}
                  disabled={periods.length === 1}
                  onClick={() => form.removeListItem('paymentMethods', index)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button
        variant="default"
        size="xs"
        w="fit-content"
        onClick={() =>
          form.insertListItem('paymentMethods', { from: localDate(new Date()), method: 2 })
        }
      >
        {t('settings.claims.addMethod')}
      </Button>
    </Stack>
  );
}

/** Settings → the codes the XML 130 files need that Tram does not otherwise know. */
export function ClaimsSettings({ claims }: { claims: Claims }) {
  const { t } = useI18n();
  return (
    <Section title={t('settings.claims')}>
      <SectionForm section="claims" initial={claims} toInput={(values) => ({ claims: values })}>
        {(form) => (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('settings.claims.departmentCode')}
                {...form.getInputProps('departmentCode')}
              />
              <TextInput
                label={t('settings.claims.headCode')}
                {...form.getInputProps('headCode')}
              />
              <NumberInput
                label={t('settings.claims.resultCode')}
                min={1}
                max={7}
                allowDecimal={false}
                hideControls
                {...form.getInputProps('resultCode')}
              />
              <TextInput
                label={t('settings.claims.vietnamNationalityCode')}
                description={t('settings.claims.vietnamNationalityHint')}
                inputMode="numeric"
                {...form.getInputProps('vietnamNationalityCode')}
              />
            </SimpleGrid>
            <PaymentMethods form={form} />
            <Text size="sm" c="dimmed">
              {t('settings.claims.objectCodeNote')}
            </Text>
          </Stack>
        )}
      </SectionForm>
    </Section>
  );
}
