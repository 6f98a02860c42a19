import { Alert, Button, Group, Kbd, Text } from '@mantine/core';
import { useState } from 'react';
import { localTime } from '../../shared/domain/dates';
import { clearDraft, readDraft, useDrafts } from '../app/drafts';
import { useI18n } from '../i18n/i18n';

export interface DraftNoticeProps {
  draftKey: string;
  onResume: () => void;
  /** The page key that resumes it too (F2 at reception). */
  resumeKey?: string;
}

/** A half-filled form waiting to be finished: resume it, or throw it away on purpose. */
export function DraftNotice({ draftKey, onResume, resumeKey }: DraftNoticeProps) {
  const { t } = useI18n();
  const draft = useDrafts().find((entry) => entry.key === draftKey);
  if (!draft) return null;
  return (
    <Alert color="yellow" variant="light" mb="sm" role="status">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t('drafts.waiting', {
            label: draft.label,
            time: localTime(new Date(draft.savedAt)),
          })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" onClick={onResume}>
            {t('drafts.resume')} {resumeKey && <Kbd ml={6}>{resumeKey}</Kbd>}
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => clearDraft(draftKey)}>
            {t('drafts.discard')}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}

export interface RestoredDraftProps {
  draftKey: string;
  /** Puts the form back as it was before the draft (the caller also clears its errors). */
  onDiscard: () => void;
}

/** Said once at the top of a form that opened with a kept draft. */
export function RestoredDraft({ draftKey, onDiscard }: RestoredDraftProps) {
  const { t } = useI18n();
  // What was waiting when the form opened: later saves of the same draft are this typing.
  const [restored] = useState(() => readDraft(draftKey));
  const [shown, setShown] = useState(true);
  if (!restored || !shown) return null;
  return (
    <Alert color="yellow" variant="light" role="status">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t('drafts.restored', { time: localTime(new Date(restored.savedAt)) })}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => {
            clearDraft(draftKey);
            setShown(false);
            onDiscard();
          }}
        >
          {t('drafts.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
