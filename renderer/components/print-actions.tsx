import { Anchor, Button, Group, Kbd, Text, type ButtonProps } from '@mantine/core';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { FileResult } from '../../shared/api';
import type { PrinterRole } from '../../shared/api/devices';
import type { PdfKind, PrintableRef } from '../../shared/api/documents';
import { transport } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { keyLabel } from '../app/keymap';
import { usePageKeys } from '../app/page-keys';
import { useMe } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { asApiError } from './api-error';
import { useNotify } from './notify';
import { PdfPreview } from './pdf-preview';

/** Where a printable can go on this PC: a receipt printer holding its role, an OS printer. */
export interface PrintRoutes {
  thermal: boolean;
  osPrinter: string | null;
  /** Both answers are in (an automatic print waits for them). */
  ready: boolean;
}

/** The station's printers for a kind, as this window can use them. */
export function usePrintRoutes(kind: PdfKind, role?: PrinterRole): PrintRoutes {
  const printers = useApiQuery('devices.printers.list', {}, { enabled: role !== undefined });
  const settings = useApiQuery('settings.get', {});
  const thermal = role !== undefined && (printers.data ?? []).some((p) => p.roles.includes(role));
  // Silent printing happens on the PC running Tram: only its own window may ask for it.
  const chosen = settings.data?.printing.osPrinters[kind];
  return {
    thermal,
    osPrinter: transport.kind === 'ipc' && chosen ? chosen : null,
    ready: settings.isSuccess && (role === undefined || printers.isSuccess),
  };
}

export interface PrintActionsProps {
  /** The document as documents.print names it. */
  document: PrintableRef;
  /** Its PDF, from the document's own procedure. */
  pdf: () => Promise<FileResult>;
  /** The preview's title. */
  title: string;
  /** A receipt-printer document: its role and the id devices.print takes. */
  thermal?: { role: PrinterRole; id: number };
  /**
   * A page key that prints it the best way there is (receipt printer, then the chosen OS
   * printer, else the PDF); listed in the F1 overlay.
   */
  hotkey?: string;
  /** The PDF button's text ("Phiếu nhập kho (PDF)"). */
  pdfLabel?: string;
  /** The receipt-printer button's text, when "In máy in nhiệt" is not enough. */
  thermalLabel?: string;
  /** Names for the buttons when many stand in a list (one per drug). */
  ariaLabels?: { thermal?: string; pdf?: string };
  size?: ButtonProps['size'];
  /** The first button takes focus when shown (after a save: printing is what comes next). */
  autoFocus?: boolean;
  /**
   * Print it once as soon as it is shown, on a receipt or OS printer (never a PDF preview
   * that would stand in the way): the automatic queue ticket at check-in.
   */
  autoPrint?: boolean;
}

/**
 * Every printable's buttons: its PDF sized for its paper (always there: no printer needed),
 * the receipt printer when one holds its role, and the OS printer the admin chose for it in
 * the desktop app. One key does the best of these.
 */
export function PrintActions({
  document,
  pdf,
  title,
  thermal,
  hotkey,
  pdfLabel,
  thermalLabel,
  ariaLabels,
  size = 'sm',
  autoFocus,
  autoPrint,
}: PrintActionsProps) {
  const { t, errorText } = useI18n();
  const notify = useNotify();
  const routes = usePrintRoutes(document.kind, thermal?.role);
  const [file, setFile] = useState<FileResult | null>(null);
  const thermalPrint = useApiMutation('devices.print', ['devices.printJobs.list'], {
    invalidateOnError: true,
  });
  const osPrint = useApiMutation('documents.print');

  const failed = (failure: unknown) => {
    const error = asApiError(failure);
    notify('red', error ? errorText(error) : t('error.INTERNAL'));
  };
  const openPdf = async () => {
    try {
      setFile(await pdf());
    } catch (failure) {
      failed(failure);
    }
  };
  const printThermal = async () => {
    if (!thermal) return;
    try {
      await thermalPrint.mutateAsync({ document: { kind: thermal.role, id: thermal.id } });
      notify('teal', t('devices.print.sent'));
    } catch (failure) {
      failed(failure);
    }
  };
  const printOs = async () => {
    try {
      const done = await osPrint.mutateAsync({ document });
      notify('teal', t('documents.printed', { printer: done.printer }));
    } catch (failure) {
      failed(failure);
    }
  };
  const best = () => {
    if (routes.thermal) void printThermal();
    else if (routes.osPrinter) void printOs();
    else void openPdf();
  };
  const printed = useRef(false);
  const printNow = useEffectEvent(() => {
    if (routes.thermal) void printThermal();
    else if (routes.osPrinter) void printOs();
  });
  useEffect(() => {
    if (!autoPrint || !routes.ready || printed.current) return;
    printed.current = true;
    printNow();
  }, [autoPrint, routes.ready]);
  usePageKeys(hotkey ? [{ hotkey, label: t('documents.printKey', { title }), run: best }] : []);

  const key = hotkey && <Kbd size="xs">{keyLabel(hotkey)}</Kbd>;
  const first = routes.thermal ? 'thermal' : routes.osPrinter ? 'os' : 'pdf';
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {routes.thermal && thermal && (
          <Button
            size={size}
            loading={thermalPrint.isPending}
            onClick={() => void printThermal()}
            autoFocus={autoFocus}
            rightSection={key}
            aria-label={ariaLabels?.thermal}
          >
            {thermalLabel ?? t('documents.thermal')}
          </Button>
        )}
        {routes.osPrinter && (
          <Button
            size={size}
            variant={first === 'os' ? 'filled' : 'default'}
            loading={osPrint.isPending}
            onClick={() => void printOs()}
            autoFocus={autoFocus && first === 'os'}
            rightSection={first === 'os' && key}
          >
            {t('documents.printTo', { printer: routes.osPrinter })}
          </Button>
        )}
        <Button
          size={size}
          variant={first === 'pdf' ? 'filled' : 'default'}
          onClick={() => void openPdf()}
          autoFocus={autoFocus && first === 'pdf'}
          rightSection={first === 'pdf' && key}
          aria-label={ariaLabels?.pdf}
        >
          {pdfLabel ?? t('documents.pdf')}
        </Button>
      </Group>
      <PdfPreview file={file} title={title} onClose={() => setFile(null)} />
    </>
  );
}

/**
 * Beside drug labels when no printer holds the label role: labels come as a PDF, and the
 * administrator is one click from setting a label printer up.
 */
export function LabelPrinterHint() {
  const { t } = useI18n();
  const me = useMe();
  const printers = useApiQuery('devices.printers.list', {});
  if (!printers.data || printers.data.some((p) => p.roles.includes('label'))) return null;
  return (
    <Group gap="xs">
      <Text size="xs" c="dimmed">
        {t('documents.labelPrinter.none')}
      </Text>
      {me.user.roles.includes('admin') && (
        <Anchor component={Link} to="/settings?tab=printers" size="xs">
          {t('documents.labelPrinter.setUp')}
        </Anchor>
      )}
    </Group>
  );
}
