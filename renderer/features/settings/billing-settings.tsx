import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { RemoveRowButton } from '../../components/remove-row-button';
import type { UseFormReturnType } from '@mantine/form';
import type { Settings } from '../../../shared/api';
import { DEFAULT_BENEFIT_RATES, DEFAULT_COVERAGE_FLAGS } from '../../../shared/domain/coverage';
import { DateField } from '../../components/date-field';
import { useI18n } from '../../i18n/i18n';
import { ClaimsSettings } from './claims-settings';
import { Section, SectionForm } from './section-form';

const vnd = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  allowNegative: false,
  hideControls: true,
} as const;

type Coverage = Settings['coverage'];
type Period = Coverage['periods'][number];

/** A period's money rules: they change bills of visits from its date on, never before. */
function PeriodFlags({ form, index }: { form: UseFormReturnType<Coverage>; index: number }) {
  const { t } = useI18n();
  const period = form.values.periods[index];
  if (!period) return null;
  const path = `periods.${index}`;
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Switch
        label={t('settings.coverage.primaryCareFull')}
        {...form.getInputProps(`${path}.primaryCareFull`, { type: 'checkbox' })}
      />
      <Select
        label={t('settings.coverage.offRoute')}
        allowDeselect={false}
        w={220}
        data={[
          { value: 'full', label: t('settings.coverage.offRoute.full') },
          { value: 'percentOfLevel', label: t('settings.coverage.offRoute.percent') },
        ]}
        value={period.offRoute.kind}
        onChange={(kind) =>
          form.setFieldValue(
            `${path}.offRoute`,
            kind === 'percentOfLevel' ? { kind, percent: 40 } : { kind: 'full' },
          )
        }
      />
      {period.offRoute.kind === 'percentOfLevel' && (
        <NumberInput
          label={t('settings.coverage.offRoutePercent')}
          min={0}
          max={100}
          w={120}
          {...vnd}
          {...form.getInputProps(`${path}.offRoute.percent`)}
        />
      )}
      <Select
        label={t('settings.coverage.lowCostBasis')}
        allowDeselect={false}
        w={280}
        data={[
          { value: 'insured', label: t('settings.coverage.lowCostBasis.insured') },
          { value: 'total', label: t('settings.coverage.lowCostBasis.total') },
        ]}
        {...form.getInputProps(`${path}.lowCostBasis`)}
      />
    </Group>
  );
}

/**
 * The dated BHYT rules: base salary, the low-cost threshold, each level's percent, and the
 * station's money rules, each period in force from its date until the next one starts.
 */
function PeriodsTable({ form }: { form: UseFormReturnType<Coverage> }) {
  const { t } = useI18n();
  const periods = form.values.periods;
  const add = () => {
    const last = periods.at(-1);
    const next: Period = {
      from: '',
      baseSalary: last?.baseSalary ?? 2_340_000,
      lowCostPercent: last?.lowCostPercent ?? 15,
      rates: DEFAULT_BENEFIT_RATES.map((rate) => ({ ...rate })),
      lowCostBasis: last?.lowCostBasis ?? DEFAULT_COVERAGE_FLAGS.lowCostBasis,
      offRoute: { ...(last?.offRoute ?? DEFAULT_COVERAGE_FLAGS.offRoute) },
      primaryCareFull: last?.primaryCareFull ?? DEFAULT_COVERAGE_FLAGS.primaryCareFull,
    };
    form.insertListItem('periods', next);
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('settings.coverage.periodsHint')}
      </Text>
      <Table.ScrollContainer minWidth={820}>
        <Table aria-label={t('settings.coverage.periods')} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.coverage.from')}</Table.Th>
              <Table.Th>{t('settings.coverage.baseSalary')}</Table.Th>
              <Table.Th>{t('settings.coverage.lowCostPercent')}</Table.Th>
              {DEFAULT_BENEFIT_RATES.map((rate) => (
                <Table.Th key={rate.level}>
                  {t('settings.coverage.level', { level: rate.level })}
                </Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          {periods.map((period, index) => (
            <Table.Tbody key={index}>
              <Table.Tr style={{ borderBottom: 'none' }}>
                <Table.Td miw={150}>
                  <DateField
                    aria-label={t('settings.coverage.from')}
                    clearable={false}
                    value={period.from}
                    onChange={(from) => form.setFieldValue(`periods.${index}.from`, from ?? '')}
                    error={form.errors[`periods.${index}.from`]}
                  />
                </Table.Td>
                <Table.Td miw={130}>
                  <NumberInput
                    aria-label={t('settings.coverage.baseSalary')}
                    {...vnd}
                    {...form.getInputProps(`periods.${index}.baseSalary`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('settings.coverage.lowCostPercent')}
                    min={0}
                    max={100}
                    {...vnd}
                    {...form.getInputProps(`periods.${index}.lowCostPercent`)}
                  />
                </Table.Td>
                {period.rates.map((rate, rateIndex) => (
                  <Table.Td key={rate.level}>
                    <NumberInput
                      aria-label={t('settings.coverage.level', { level: rate.level })}
                      min={0}
                      max={100}
                      {...vnd}
                      {...form.getInputProps(`periods.${index}.rates.${rateIndex}.percent`)}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  <RemoveRowButton
                    label={t('settings.coverage.removePeriod', { from: period.from })}
                    disabled={periods.length === 1}
                    onClick={() => form.removeListItem('periods', index)}
                  />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td colSpan={4 + period.rates.length}>
                  <PeriodFlags form={form} index={index} />
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          ))}
        </Table>
      </Table.ScrollContainer>
      <Button variant="default" size="xs" onClick={add} w="fit-content">
        {t('settings.coverage.addPeriod')}
      </Button>
    </Stack>
  );
}

/** Settings → Thu ngân & BHYT: the cash desk, the coverage rules, the claims codes. */
export function BillingSettings({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const { cashier, coverage, claims } = settings;
  return (
    <Stack gap="md" maw={1000}>
      <Section title={t('settings.cashier')}>
        <SectionForm
          section="cashier"
          initial={cashier}
          toInput={(values) => ({ cashier: values })}
        >
          {(form) => (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('settings.cashier.bankName')}
                  autoFocus
                  {...form.getInputProps('bankName')}
                />
                <TextInput
                  label={t('settings.cashier.bankBin')}
                  maxLength={6}
                  {...form.getInputProps('bankBin')}
                />
                <TextInput
                  label={t('settings.cashier.bankAccount')}
                  {...form.getInputProps('bankAccount')}
                />
                <TextInput label={t('settings.cashier.payee')} {...form.getInputProps('payee')} />
                <TextInput
                  label={t('settings.cashier.receiptBook')}
                  {...form.getInputProps('receiptBook')}
                />
                <TextInput
                  label={t('settings.cashier.receiptSeries')}
                  {...form.getInputProps('receiptSeries')}
                />
              </SimpleGrid>
              <Switch
                label={t('settings.cashier.shiftPerCashier')}
                {...form.getInputProps('shiftPerCashier', { type: 'checkbox' })}
              />
            </>
          )}
        </SectionForm>
      </Section>
      <Section title={t('settings.coverage')}>
        <SectionForm
          section="coverage"
          initial={coverage}
          toInput={(values) => ({ coverage: values })}
        >
          {(form) => (
            <>
              <PeriodsTable form={form} />
            </>
          )}
        </SectionForm>
      </Section>
      <ClaimsSettings claims={claims} />
    </Stack>
  );
}
