import { Alert, Badge, Button, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PrinterView } from '../../../shared/api';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';
import { PrintHistory } from './print-history';
import { PrintPreview, type PreviewRequest } from './print-preview';
import { PrinterForm } from './printer-form';

type Editing = { mode: 'create' } | { mode: 'edit'; printer: PrinterView } | null;

/** Settings → printers: profiles, roles, test print with its result, preview, print history. */
export function PrintersPanel() {
  const { t, locale } = useI18n();
  const printers = useApiQuery('devices.printers.list', {});
  const test = useApiMutation('devices.printers.test', ['devices.printJobs.list'], {
    invalidateOnError: true,
  });
  const remove = useApiMutation('devices.printers.delete', [
    'devices.printers.list',
    'devices.printJobs.list',
  ]);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<PrinterView | null>(null);
  const [preview, setPreview] = useState<{ request: PreviewRequest; name: string } | null>(null);
  const [tested, setTested] = useState<{ name: string; bytes?: number } | null>(null);

  const testPrint = (printer: PrinterView): void => {
    setTested({ name: printer.name });
    test.mutate(
      { printerId: printer.id },
      { onSuccess: (outcome) => setTested({ name: printer.name, bytes: outcome.bytes }) },
    );
  };

  const confirmDelete = async (printer: PrinterView): Promise<void> => {
    await remove.mutateAsync({ id: printer.id });
    notifications.show({ message: t('devices.printers.deleted', { name: printer.name }) });
    setDeleting(null);
  };

  return (
    <Stack gap="md">
      <Group>
        <Button onClick={() => setEditing({ mode: 'create' })} autoFocus>
          {t('devices.printers.add')}
        </Button>
      </Group>
      <ApiErrorAlert error={printers.error} />
      {tested && test.isSuccess && tested.bytes !== undefined && (
        <Alert color="teal" variant="light" role="status">
          {t('devices.printers.testOk', {
            name: tested.name,
            bytes: tested.bytes.toLocaleString(locale),
          })}
        </Alert>
      )}
      <ApiErrorAlert error={test.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('devices.printers.name')}</Table.Th>
                <Table.Th>{t('devices.printers.width')}</Table.Th>
                <Table.Th>{t('devices.printers.connection')}</Table.Th>
                <Table.Th>{t('devices.printers.roles')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {printers.data?.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      {t('devices.printers.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {printers.data?.map((printer) => {
                const { connection } = printer;
                return (
                  <Table.Tr key={printer.id}>
                    <Table.Td fw={500}>{printer.name}</Table.Td>
                    <Table.Td>{t(`devices.width.${printer.widthDots}`)}</Table.Td>
                    <Table.Td>{t(connection.key, connection.params)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {printer.roles.map((role) => (
                          <Badge key={role} variant="light" size="sm">
                            {t(`devices.kind.${role}`)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button
                          size="xs"
                          aria-label={t('devices.printers.testFor', { name: printer.name })}
                          loading={test.isPending && test.variables.printerId === printer.id}
                          onClick={() => testPrint(printer)}
                        >
                          {t('devices.printers.test')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('devices.printers.previewFor', { name: printer.name })}
                          onClick={() =>
                            setPreview({
                              request: { printerId: printer.id, document: { kind: 'testPage' } },
                              name: printer.name,
                            })
                          }
                        >
                          {t('devices.printers.preview')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={t('devices.printers.editFor', { name: printer.name })}
                          onClick={() => setEditing({ mode: 'edit', printer })}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(printer)}
                        >
                          {t('devices.printers.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <PrintHistory printers={printers.data ?? []} />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.mode === 'edit'
            ? t('devices.printers.edit', { name: editing.printer.name })
            : t('devices.printers.add')
        }
        size="lg"
      >
        {editing && (
          <PrinterForm
            key={editing.mode === 'edit' ? editing.printer.id : 'new'}
            {...(editing.mode === 'edit' && { printer: editing.printer })}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('devices.printers.delete')}
      >
        {deleting && (
          <Stack gap="sm">
            <Text>{t('devices.printers.deleteConfirm', { name: deleting.name })}</Text>
            <ApiErrorAlert error={remove.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => void confirmDelete(deleting)}
              >
                {t('devices.printers.delete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <PrintPreview
        request={preview?.request ?? null}
        title={preview ? t('devices.printers.previewFor', { name: preview.name }) : ''}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}
