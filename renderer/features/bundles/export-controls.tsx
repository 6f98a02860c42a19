import { Alert, Button, Group, List, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BundlesExport } from '../../../shared/api';
import { call, transport } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { downloadFile } from '../../components/pdf-preview';
import { useI18n } from '../../i18n/i18n';

export interface ExportControlsProps {
  dataset: string | null;
  periods: readonly string[];
  /** The button's words ("Xuất ra USB", "Xuất gói gửi tỉnh"). */
  label: string;
}

const DOWNLOAD = 'download';
const PICKED = 'picked';

/**
 * Where the bundles go and the button that makes them: a download in a browser, a USB drive
 * plugged into this PC, or (desktop) a folder chosen in the OS dialog. "Có thể rút USB" shows
 * only once every file was written, flushed, read back and verified.
 */
export function ExportControls({ dataset, periods, label }: ExportControlsProps) {
  const { t } = useI18n();
  const drives = useApiQuery('bundles.drives', {}, { refetchInterval: 5000 });
  const [target, setTarget] = useState<string>(DOWNLOAD);
  const [folder, setFolder] = useState<string | null>(null);
  const [done, setDone] = useState<BundlesExport | null>(null);
  const exporting = useApiMutation('bundles.export', ['bundles.list']);
  const desktop = transport.kind === 'ipc';

  const pickFolder = async () => {
    const picked = await call('bundles.pickFolder', {});
    if (picked.path) {
      setFolder(picked.path);
      setTarget(PICKED);
    }
  };

  const run = async () => {
    if (!dataset || periods.length === 0) return;
    setDone(null);
    const onDrive = target !== DOWNLOAD;
    const result = await exporting.mutateAsync({
      dataset,
      periods: [...periods],
      ...(onDrive && {
        target:
          target === PICKED
            ? { kind: 'folder' as const, path: folder ?? '' }
            : { kind: 'drive' as const, path: target },
      }),
    });
    if (!onDrive) for (const file of result.files) downloadFile(file);
    setDone(result);
  };

  return (
    <Stack gap="sm">
      <Radio.Group label={t('bundles.target')} value={target} onChange={setTarget}>
        <Stack gap={6} mt={4}>
          <Radio value={DOWNLOAD} label={t('bundles.target.download')} />
          {(drives.data ?? []).map((drive) => (
            <Radio
              key={drive.path}
              value={drive.path}
              label={t('bundles.target.drive', { label: drive.label, path: drive.path })}
              description={
                drive.freeBytes === null
                  ? undefined
                  : t('bundles.target.free', { gb: (drive.freeBytes / 1024 ** 3).toFixed(1) })
              }
            />
          ))}
          {folder && <Radio value={PICKED} label={t('bundles.target.folder', { path: folder })} />}
        </Stack>
      </Radio.Group>
      {drives.data?.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('bundles.target.noDrive')}
        </Text>
      )}
      <Group gap="sm">
        <Button
          onClick={() => void run().catch(() => undefined)}
          loading={exporting.isPending}
          disabled={!dataset || periods.length === 0}
        >
          {label}
        </Button>
        {desktop && (
          <Button variant="default" onClick={() => void pickFolder()}>
            {t('bundles.target.pick')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={exporting.error} />
      {done && (
        <Alert
          color="teal"
          title={
            done.written.length > 0
              ? t('bundles.done.removable')
              : t('bundles.done.downloaded', { count: done.files.length })
          }
          role="status"
        >
          <List size="sm">
            {done.bundles.map((bundle, index) => (
              <List.Item key={bundle.bundleId}>
                {done.written[index]?.path ?? bundle.fileName} —{' '}
                {t('bundles.done.counter', {
                  counter: bundle.counter,
                  hash: bundle.hash.slice(0, 16),
                })}
              </List.Item>
            ))}
          </List>
          {done.written.length > 0 && (
            <Text size="xs" mt="xs">
              {t('bundles.done.verified')}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
