import { Button, Group, Modal } from '@mantine/core';
import { useEffect, useMemo, type ReactNode } from 'react';
import { transport } from '../api/client';
import type { DownloadedFile } from '../api/files';
import { useI18n } from '../i18n/i18n';

export interface PdfPreviewProps {
  file: DownloadedFile | null;
  title: string;
  onClose: () => void;
  /** More buttons before the standard ones (print on the receipt printer, another format). */
  actions?: ReactNode;
}

/** Saves a generated file through the browser's download (XML, XLSX exports). */
export function downloadFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Shows a generated PDF inside Tram, where the viewer's own print button opens the OS print
 * dialog (desktop and browser alike); in a browser it can also open in its own tab.
 */
export function PdfPreview({ file, title, onClose, actions }: PdfPreviewProps) {
  const { t } = useI18n();
  const url = useMemo(() => (file ? URL.createObjectURL(file.blob) : null), [file]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={file !== null}
      onClose={onClose}
      title={title}
      size="xl"
    >
      {url && (
        <>
          <iframe
            src={url}
            title={title}
            style={{
              width: '100%',
              height: '70vh',
              border: '1px solid var(--mantine-color-gray-3)',
            }}
          />
          <Group justify="flex-end" mt="sm">
            {actions}
            {transport.kind === 'http' && (
              <Button component="a" href={url} target="_blank" rel="noopener" variant="default">
                {t('common.openInTab')}
              </Button>
            )}
            {file && (
              <Button variant="default" onClick={() => downloadFile(file)}>
                {t('common.download')}
              </Button>
            )}
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
