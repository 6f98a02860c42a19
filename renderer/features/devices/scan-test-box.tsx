import { Badge, Button, Code, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../shared/api';
import type { LocalizedText } from '../../../shared/api/result';
import { parseCard, type ParsedCard } from '../../../shared/domain/cards';
import { createWedgeDetector } from '../../../shared/domain/scanner-wedge';
import { transport } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

export interface ScanTestBoxProps {
  /** The keyboard-wedge settings as saved (the test uses them, not the form's draft). */
  wedge: Settings['scanner'];
}

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

/**
 * "Scan now": while armed, keys are read at window level through the same wedge detector as
 * reception, never through a text field an input method (Unikey, EVKey) could rewrite. Scans
 * from the HID POS and USB-COM scanners the backend owns show here too.
 */
export function ScanTestBox({ wedge }: ScanTestBoxProps) {
  const { t } = useI18n();
  const [armed, setArmed] = useState(false);
  const [reading, setReading] = useState<Reading | null>(null);
  const [problem, setProblem] = useState<LocalizedText | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(
    () => transport.on('scanner.scan', (scan) => setReading(read(scan.text, scan.via))),
    [],
  );

  // By value: a refetch of the same settings must not restart a scan in progress. No tick():
  // with no field to release held keys into, a stalled burst simply ends at the next key.
  const settingsKey = JSON.stringify(wedge);
  useEffect(() => {
    if (!armed) return;
    box.current?.focus();
    const settings = JSON.parse(settingsKey) as ScanTestBoxProps['wedge'];
    const detector = createWedgeDetector(settings);
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        setArmed(false);
        return;
      }
      const decision = detector.feed({
        key: event.key,
        time: event.timeStamp,
        inTextField: false,
        shortcut: event.ctrlKey || event.altKey || event.metaKey,
      });
      if (decision.swallow) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      if (decision.scan) {
        setReading(read(decision.scan.text, 'wedge'));
        setProblem(null);
      }
      if (decision.error) setProblem(decision.error);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [armed, settingsKey]);

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
          {problem && (
            <Text size="sm" c="red.9">
              {t(problem.key, problem.params)}
            </Text>
          )}
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
