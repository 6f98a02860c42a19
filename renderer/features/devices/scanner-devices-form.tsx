import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { HidScannerView, ScannerStatusView, Settings } from '../../../shared/api';
import { BAUD_RATES } from '../../../shared/api/devices';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { Section } from '../settings/section-form';

export interface ScannerDevicesFormProps {
  saved: Settings['scannerDevices'];
}

interface Values {
  hidEnabled: boolean;
  hidPath: string;
  serialEnabled: boolean;
  serialPath: string;
  baudRate: string;
}

const hex4 = (id: number): string => id.toString(16).padStart(4, '0');

function hidLabel(device: HidScannerView): string {
  const name = [device.manufacturer, device.product].filter(Boolean).join(' ') || 'HID POS';
  return `${name} (${hex4(device.vendorId)}:${hex4(device.productId)}) — ${device.path}`;
}

export interface StatusBadgeProps {
  status: ScannerStatusView | undefined;
}

/** Connected, waiting to reconnect, off or unavailable, with the reason when there is one. */
export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useI18n();
  if (!status) return null;
  const color = { off: 'gray', connected: 'teal', reconnecting: 'orange', unavailable: 'red' }[
    status.state
  ];
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge color={color} variant="light">
        {t('devices.scanners.status', { state: t(`devices.status.${status.state}`) })}
      </Badge>
      {status.message && (
        <Text size="xs" c="dimmed">
          {t(status.message.key, status.message.params)}
        </Text>
      )}
    </Group>
  );
}

/** HID POS and USB-COM scanners the backend opens itself; their status refreshes by itself. */
export function ScannerDevicesForm({ saved }: ScannerDevicesFormProps) {
  const { t } = useI18n();
  const found = useApiQuery('devices.scanners.list', {}, { refetchInterval: 2000 });
  const save = useApiMutation('devices.scanners.save', ['devices.scanners.list', 'settings.get']);
  const form = useForm<Values>({
    initialValues: {
      hidEnabled: saved.hid.enabled,
      hidPath: saved.hid.path ?? '',
      serialEnabled: saved.serial.enabled,
      serialPath: saved.serial.path,
      baudRate: String(saved.serial.baudRate),
    },
  });
  const devices = found.data?.hid ?? [];
  const hidOptions = devices.map((d) => ({ value: d.path, label: hidLabel(d) }));
  if (saved.hid.path && !devices.some((d) => d.path === saved.hid.path)) {
    hidOptions.push({
      value: saved.hid.path,
      label: `${t('devices.hid.saved')} — ${saved.hid.path}`,
    });
  }

  const submit = form.onSubmit(async (values) => {
    const chosen = devices.find((d) => d.path === values.hidPath);
    // The ids let Tram find the same scanner again when it is plugged into another port.
    const ids = chosen ?? (values.hidPath === saved.hid.path ? saved.hid : undefined);
    try {
      await save.mutateAsync({
        hid: {
          enabled: values.hidEnabled,
          ...(values.hidPath && { path: values.hidPath }),
          ...(ids?.vendorId !== undefined &&
            ids.productId !== undefined && { vendorId: ids.vendorId, productId: ids.productId }),
        },
        serial: {
          enabled: values.serialEnabled,
          path: values.serialPath,
          baudRate: Number(values.baudRate),
        },
      });
      notifications.show({ color: 'teal', message: t('common.saved') });
      form.resetDirty(values);
    } catch (failure) {
      const errors = fieldErrorsOf(failure, t);
      form.setErrors({
        ...(errors['hid.path'] && { hidPath: errors['hid.path'] }),
        ...(errors['serial.path'] && { serialPath: errors['serial.path'] }),
        ...(errors['serial.baudRate'] && { baudRate: errors['serial.baudRate'] }),
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {found.data?.problems.map((problem) => (
          <Alert key={problem.key} color="orange" variant="light">
            {t(problem.key, problem.params)}
          </Alert>
        ))}
        <Section title={t('devices.hid.title')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('devices.hid.hint')}
            </Text>
            <Group justify="space-between">
              <Switch
                label={t('devices.hid.enabled')}
                {...form.getInputProps('hidEnabled', { type: 'checkbox' })}
              />
              <StatusBadge status={found.data?.status.hid} />
            </Group>
            <Group align="flex-end">
              <Select
                label={t('devices.hid.device')}
                data={hidOptions}
                placeholder={devices.length === 0 ? t('devices.hid.none') : undefined}
                disabled={!form.values.hidEnabled}
                allowDeselect={false}
                style={{ flex: 1 }}
                {...form.getInputProps('hidPath')}
              />
              <Button variant="default" onClick={() => void found.refetch()}>
                {t('devices.scanners.refresh')}
              </Button>
            </Group>
          </Stack>
        </Section>
        <Section title={t('devices.serial.title')}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Switch
                label={t('devices.serial.enabled')}
                {...form.getInputProps('serialEnabled', { type: 'checkbox' })}
              />
              <StatusBadge status={found.data?.status.serial} />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Autocomplete
                label={t('devices.serial.port')}
                data={(found.data?.serialPorts ?? []).map((port) => port.path)}
                disabled={!form.values.serialEnabled}
                {...form.getInputProps('serialPath')}
              />
              <Select
                label={t('devices.printers.baudRate')}
                data={BAUD_RATES.map(String)}
                disabled={!form.values.serialEnabled}
                allowDeselect={false}
                {...form.getInputProps('baudRate')}
              />
            </SimpleGrid>
          </Stack>
        </Section>
        <ApiErrorAlert error={save.error} hideWhenFieldErrors />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
