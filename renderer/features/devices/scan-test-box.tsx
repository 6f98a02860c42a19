import { Badge, Button, Code, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { parseCard, type ParsedCard } from '../../../shared/domain/cards';
import { useScanHandler, type ScanHandler } from '../scanner/scanner-provider';
import { useI18n } from '../../i18n/i18n';

interface Reading {
  text: string;
  via: 'wedge' | 'hid' | 'serial';
  card: ParsedCard;
}

const read = (text: string, via: Reading['via']): Reading => ({
  text,
  via,
  card: parseCard(text),
});

/** Takes every scan while mounted (only while the box is armed). */
function ScanReceiver({ onScan }: { onScan: ScanHandler }) {
  useScanHandler(onScan);
  return null;
}

/**
 * "Scan now": while armed, this box takes the scans of the app's one scanner road — keys read
 * at window level by the wedge detector with the saved settings (never through a text field
 * an input method could rewrite) and the HID POS / USB-COM scanners the backend owns.
 */
export function ScanTestBox() {
  const { t } = useI18n();
  const [armed, setArmed] = useState(false);
  const [reading, setReading] = useState<Reading | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!armed) return;
    box.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setArmed(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [armed]);

  const fields = reading?.card.fields;
  const number = fields?.cccd ?? fields?.bhytCode ?? fields?.bhxhNumber ?? fields?.patientCode;
  return (
    <Stack gap="sm">
      <Group>
        <Button
          onClick={() => setArmed((now) => !now)}
          variant={armed ? 'default' : 'filled'}
          autoFocus
        >
          {armed ? t('devices.scanTest.stop') : t('devices.scanTest.arm')}
        </Button>
      </Group>
      {armed && <ScanReceiver onScan={(text, via) => setReading(read(text, via))} />}
      <Paper
        ref={box}
        withBorder
        p="md"
        tabIndex={-1}
        role="status"
        aria-live="polite"
        aria-label={t('devices.scanTest.title')}
        data-armed={armed}
        bg={armed ? 'teal.0' : undefined}
        style={{ outline: 'none' }}
      >
        <Stack gap="xs">
          <Text size="sm" c={armed ? 'teal.9' : 'dimmed'}>
            {armed ? t('devices.scanTest.waiting') : t('devices.scanTest.idle')}
          </Text>
          {reading && (
            <>
              <Text size="sm" fw={500}>
                {t('devices.scanTest.read')}
              </Text>
              <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {reading.text}
              </Code>
              <Group gap="sm">
                <Text size="sm">{t('devices.scanTest.kind')}:</Text>
                <Badge variant="light" color={reading.card.kind === 'unknown' ? 'gray' : 'teal'}>
                  {t(`devices.cardKind.${reading.card.kind}`)}
                </Badge>
                <Text size="sm">
                  {t('devices.scanTest.via')}: {t(`devices.via.${reading.via}`)}
                </Text>
              </Group>
              {fields?.fullName && (
                <Text size="sm">
                  {t('devices.scanTest.name')}: {fields.fullName}
                </Text>
              )}
              {number && (
                <Text size="sm">
                  {t('devices.scanTest.number')}: {number}
                </Text>
              )}
              {reading.card.problems && (
                <List size="sm" c="orange.9">
                  {reading.card.problems.map((p) => (
                    <List.Item key={p.key}>{t(p.key, p.params)}</List.Item>
                  ))}
                </List>
              )}
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
