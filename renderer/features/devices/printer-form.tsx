import {
  Autocomplete,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { InputOf, PrinterRole, PrinterView, TransportKind } from '../../../shared/api';
import {
  BAUD_RATES,
  PRINTER_ROLES,
  PRINTER_WIDTHS,
  TRANSPORT_KINDS,
} from '../../../shared/api/devices';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';

export interface PrinterFormProps {
  /** Editing this printer; adding a new one when absent. */
  printer?: PrinterView;
  onDone: () => void;
}

interface Values {
  name: string;
  widthDots: string;
  kind: TransportKind;
  host: string;
  port: number | string;
  printerName: string;
  path: string;
  baudRate: string;
  cut: boolean;
  feedLines: number | string;
  textMode: 'off' | 'ascii' | 'tcvn3';
  codePage: number | string;
  upperCodePage: number | string;
  timeoutSeconds: number | string;
  roles: PrinterRole[];
}

type SaveInput = InputOf<'devices.printers.save'>;

function initialValues(printer: PrinterView | undefined): Values {
  const transport = printer?.transport;
  const textMode = printer?.textMode;
  return {
    name: printer?.name ?? '',
    widthDots: String(printer?.widthDots ?? 576),
    kind: transport?.kind ?? 'tcp',
    host: transport?.kind === 'tcp' ? transport.host : '',
    port: transport?.kind === 'tcp' ? transport.port : 9100,
    printerName:
      transport?.kind === 'spooler' || transport?.kind === 'osDriver' ? transport.printerName : '',
    path: transport?.kind === 'device' || transport?.kind === 'serial' ? transport.path : '',
    baudRate: String(transport?.kind === 'serial' ? transport.baudRate : 9600),
    cut: printer?.cut ?? true,
    feedLines: printer?.feedLines ?? 3,
    textMode: textMode?.kind ?? 'off',
    codePage: textMode?.kind === 'tcvn3' ? textMode.codePage : '',
    upperCodePage: textMode?.kind === 'tcvn3' ? (textMode.upperCodePage ?? '') : '',
    timeoutSeconds: printer?.timeoutSeconds ?? 10,
    roles: printer?.roles ?? [],
  };
}

/** An empty number field is sent as NaN so the server names it, rather than a silent 0. */
const num = (value: number | string): number => (value === '' ? Number.NaN : Number(value));

function transportOf(values: Values): SaveInput['transport'] {
  switch (values.kind) {
    case 'tcp':
      return { kind: 'tcp', host: values.host, port: num(values.port) };
    case 'spooler':
    case 'osDriver':
      return { kind: values.kind, printerName: values.printerName };
    case 'device':
      return { kind: 'device', path: values.path };
    case 'serial':
      return { kind: 'serial', path: values.path, baudRate: Number(values.baudRate) };
  }
}

function textModeOf(values: Values): SaveInput['textMode'] {
  if (values.textMode !== 'tcvn3') return { kind: values.textMode };
  return {
    kind: 'tcvn3',
    codePage: num(values.codePage),
    ...(values.upperCodePage !== '' && { upperCodePage: num(values.upperCodePage) }),
  };
}

/** Server field paths ("transport.host") to this form's flat fields. */
const FIELD_OF: Readonly<Record<string, keyof Values>> = {
  'transport.host': 'host',
  'transport.port': 'port',
  'transport.printerName': 'printerName',
  'transport.path': 'path',
  'transport.baudRate': 'baudRate',
  'textMode.codePage': 'codePage',
  'textMode.upperCodePage': 'upperCodePage',
};

export function PrinterForm({ printer, onDone }: PrinterFormProps) {
  const { t } = useI18n();
  const save = useApiMutation('devices.printers.save', ['devices.printers.list']);
  const osPrinters = useApiQuery('devices.printers.osPrinters', {});
  const form = useForm<Values>({ initialValues: initialValues(printer) });
  const { kind, textMode } = form.values;

  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({
        ...(printer && { id: printer.id }),
        name: values.name,
        widthDots: Number(values.widthDots) as SaveInput['widthDots'],
        transport: transportOf(values),
        cut: values.cut,
        feedLines: num(values.feedLines),
        textMode: textModeOf(values),
        timeoutSeconds: num(values.timeoutSeconds),
        roles: values.roles,
      });
      notifications.show({ color: 'teal', message: t('common.saved') });
      onDone();
    } catch (failure) {
      const errors = fieldErrorsOf(failure, t);
      form.setErrors(
        Object.fromEntries(
          Object.entries(errors).map(([path, text]) => [FIELD_OF[path] ?? path, text]),
        ),
      );
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('devices.printers.name')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Radio.Group
          label={t('devices.printers.width')}
          required
          {...form.getInputProps('widthDots')}
        >
          <Group mt="xs">
            {PRINTER_WIDTHS.map((width) => (
              <Radio key={width} value={String(width)} label={t(`devices.width.${width}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Select
          label={t('devices.printers.connection')}
          required
          allowDeselect={false}
          data={TRANSPORT_KINDS.map((value) => ({
            value,
            label: t(`devices.transportKind.${value}`),
          }))}
          {...form.getInputProps('kind')}
        />
        {kind === 'tcp' && (
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput
              label={t('devices.printers.host')}
              required
              placeholder="192.168.1.100"
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('host')}
            />
            <NumberInput
              label={t('devices.printers.port')}
              min={1}
              max={65535}
              allowDecimal={false}
              {...form.getInputProps('port')}
            />
          </SimpleGrid>
        )}
        {(kind === 'spooler' || kind === 'osDriver') && (
          <Autocomplete
            label={t('devices.printers.printerName')}
            required
            data={osPrinters.data ?? []}
            {...form.getInputProps('printerName')}
          />
        )}
        {kind === 'osDriver' && (
          <Text size="sm" c="dimmed">
            {t('devices.printers.osDriverHint')}
          </Text>
        )}
        {kind === 'device' && (
          <TextInput
            label={t('devices.printers.devicePath')}
            required
            placeholder="/dev/usb/lp0"
            {...form.getInputProps('path')}
          />
        )}
        {kind === 'serial' && (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('devices.printers.serialPath')}
              required
              placeholder="COM3"
              {...form.getInputProps('path')}
            />
            <Select
              label={t('devices.printers.baudRate')}
              allowDeselect={false}
              data={BAUD_RATES.map(String)}
              {...form.getInputProps('baudRate')}
            />
          </SimpleGrid>
        )}
        {kind !== 'osDriver' && (
          <Select
            label={t('devices.printers.textMode')}
            allowDeselect={false}
            data={(['off', 'ascii', 'tcvn3'] as const).map((value) => ({
              value,
              label: t(`devices.textMode.${value}`),
            }))}
            {...form.getInputProps('textMode')}
          />
        )}
        {kind !== 'osDriver' && textMode === 'tcvn3' && (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput
              label={t('devices.printers.codePage')}
              required
              min={0}
              max={255}
              allowDecimal={false}
              {...form.getInputProps('codePage')}
            />
            <NumberInput
              label={t('devices.printers.upperCodePage')}
              min={0}
              max={255}
              allowDecimal={false}
              {...form.getInputProps('upperCodePage')}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput
            label={t('devices.printers.feedLines')}
            min={0}
            max={20}
            allowDecimal={false}
            {...form.getInputProps('feedLines')}
          />
          <NumberInput
            label={t('devices.printers.timeout')}
            min={1}
            max={120}
            allowDecimal={false}
            {...form.getInputProps('timeoutSeconds')}
          />
        </SimpleGrid>
        <Switch
          label={t('devices.printers.cut')}
          {...form.getInputProps('cut', { type: 'checkbox' })}
        />
        <Checkbox.Group
          label={t('devices.printers.roles')}
          description={t('devices.printers.rolesHint')}
          {...form.getInputProps('roles')}
        >
          <Group mt="xs">
            {PRINTER_ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`devices.kind.${role}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <ApiErrorAlert error={save.error} hideWhenFieldErrors />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
