import {
  Autocomplete,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { Settings } from '../../../shared/api';
import { Section, SectionForm } from '../settings/section-form';
import { useI18n } from '../../i18n/i18n';
import { ScanTestBox } from './scan-test-box';
import { ScannerDevicesForm } from './scanner-devices-form';

export interface ScannersPanelProps {
  settings: Pick<Settings, 'scanner' | 'scannerDevices'>;
}

interface WedgeValues extends Record<string, unknown> {
  prefix: string;
  suffix: string;
  maxAvgIntervalMs: number;
  maxGapMs: number;
  minLength: number;
  hexMode: boolean;
  scanTimeoutMs: number;
}

/** Settings → scanners: the scan test first, then keyboard-wedge timing, then device scanners. */
export function ScannersPanel({ settings }: ScannersPanelProps) {
  const { t } = useI18n();
  const wedge = settings.scanner;
  const initial: WedgeValues = {
    prefix: wedge.prefix ?? '',
    suffix: wedge.suffix,
    maxAvgIntervalMs: wedge.maxAvgIntervalMs,
    maxGapMs: wedge.maxGapMs,
    minLength: wedge.minLength,
    hexMode: wedge.hexMode,
    scanTimeoutMs: wedge.scanTimeoutMs,
  };
  return (
    <Stack gap="md" maw={900}>
      <Section title={t('devices.scanTest.title')}>
        <ScanTestBox />
      </Section>
      <Section title={t('devices.wedge.title')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('devices.wedge.hint')}
        </Text>
        <SectionForm
          section="scanner"
          initial={initial}
          toInput={({ prefix, ...rest }) => ({ scanner: { ...rest, prefix: prefix || null } })}
        >
          {(form) => (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('devices.wedge.prefix')}
                  description={t('devices.wedge.prefixHint')}
                  maxLength={20}
                  {...form.getInputProps('prefix')}
                />
                <Autocomplete
                  label={t('devices.wedge.suffix')}
                  data={['Enter', 'Tab']}
                  maxLength={20}
                  {...form.getInputProps('suffix')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
                <NumberInput
                  label={t('devices.wedge.maxAvgIntervalMs')}
                  min={5}
                  max={200}
                  allowDecimal={false}
                  {...form.getInputProps('maxAvgIntervalMs')}
                />
                <NumberInput
                  label={t('devices.wedge.maxGapMs')}
                  min={20}
                  max={2000}
                  allowDecimal={false}
                  {...form.getInputProps('maxGapMs')}
                />
                <NumberInput
                  label={t('devices.wedge.minLength')}
                  min={2}
                  max={100}
                  allowDecimal={false}
                  {...form.getInputProps('minLength')}
                />
                <NumberInput
                  label={t('devices.wedge.scanTimeoutMs')}
                  description={t('devices.wedge.scanTimeoutHint')}
                  min={200}
                  max={10_000}
                  allowDecimal={false}
                  {...form.getInputProps('scanTimeoutMs')}
                />
              </SimpleGrid>
              <Switch
                label={t('devices.wedge.hexMode')}
                {...form.getInputProps('hexMode', { type: 'checkbox' })}
              />
            </>
          )}
        </SectionForm>
      </Section>
      <ScannerDevicesForm saved={settings.scannerDevices} />
    </Stack>
  );
}
