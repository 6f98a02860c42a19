import { Alert, Center, Image, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import type { InputOf } from '../../../shared/api';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { useI18n } from '../../i18n/i18n';

export type PreviewRequest = InputOf<'devices.preview'>;

export interface PrintPreviewProps {
  /** What to show; the modal is closed when null. */
  request: PreviewRequest | null;
  title: string;
  onClose: () => void;
}

/** The bitmap the printer gets, dot for dot (one screen pixel per printer dot). */
export function PrintPreview({ request, title, onClose }: PrintPreviewProps) {
  return (
    <Modal opened={request !== null} onClose={onClose} title={title} size="auto">
      {request && <PreviewImage request={request} />}
    </Modal>
  );
}

function PreviewImage({ request }: { request: PreviewRequest }) {
  const { t } = useI18n();
  const preview = useApiQuery('devices.preview', request);
  if (preview.error) return <ApiErrorAlert error={preview.error} />;
  if (!preview.data) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const { png, widthDots, heightDots, textMode } = preview.data;
  return (
    <Stack gap="sm">
      {textMode && (
        <Alert color="orange" variant="light">
          {t('devices.preview.textMode')}
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {t('devices.preview.size', { width: widthDots, height: heightDots })}
      </Text>
      <ScrollArea.Autosize mah="70vh">
        <Image
          src={`data:image/png;base64,${png}`}
          alt={t('devices.preview.alt')}
          w={widthDots}
          h={heightDots}
          fit="contain"
          style={{ imageRendering: 'pixelated', border: '1px solid var(--mantine-color-gray-3)' }}
        />
      </ScrollArea.Autosize>
    </Stack>
  );
}
