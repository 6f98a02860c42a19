import { Alert, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import type { Referral } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useI18n } from '../../i18n/i18n';

export interface ReferralDraft {
  on: boolean;
  toFacilityCode: string;
  toFacilityName: string;
  reason: string;
}

export const NO_REFERRAL: ReferralDraft = {
  on: false,
  toFacilityCode: '',
  toFacilityName: '',
  reason: '',
};

/** What visits.finish takes: nothing unless the doctor ticked the referral. */
export function referralInput(draft: ReferralDraft): Omit<Referral, 'referredAt'> | undefined {
  if (!draft.on) return undefined;
  return {
    toFacilityCode: draft.toFacilityCode.trim().toUpperCase(),
    toFacilityName: draft.toFacilityName.trim(),
    reason: draft.reason.trim(),
  };
}

export interface ReferralFieldsProps {
  draft: ReferralDraft;
  onChange: (draft: ReferralDraft) => void;
  /** Field errors from visits.finish, by input path ("referral.reason"). */
  errors: Record<string, string>;
}

/** Chuyển tuyến: ticked when the patient is sent on, with where to and why; kept on finishing. */
export function ReferralFields({ draft, onChange, errors }: ReferralFieldsProps) {
  const { t } = useI18n();
  const set = (patch: Partial<ReferralDraft>) => onChange({ ...draft, ...patch });
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('exam.referral.on')}
        checked={draft.on}
        onChange={(event) => set({ on: event.currentTarget.checked })}
      />
      {draft.on && (
        <Group align="flex-start" grow wrap="wrap">
          <TextInput
            label={t('exam.referral.code')}
            required
            maxLength={5}
            value={draft.toFacilityCode}
            error={errors['referral.toFacilityCode']}
            onChange={(event) => set({ toFacilityCode: event.currentTarget.value })}
          />
          <TextInput
            label={t('exam.referral.name')}
            required
            value={draft.toFacilityName}
            error={errors['referral.toFacilityName']}
            onChange={(event) => set({ toFacilityName: event.currentTarget.value })}
          />
          <TextInput
            label={t('exam.referral.reason')}
            required
            value={draft.reason}
            error={errors['referral.reason']}
            onChange={(event) => set({ reason: event.currentTarget.value })}
          />
        </Group>
      )}
    </Stack>
  );
}

/** A finished visit's referral, as the visit screen shows it. */
export function ReferralNote({ referral }: { referral: Referral }) {
  const { t } = useI18n();
  return (
    <Alert color="orange" variant="light" title={t('exam.referral.title')}>
      <Text size="sm">
        {t('exam.referral.summary', {
          name: referral.toFacilityName,
          code: referral.toFacilityCode,
          reason: referral.reason,
          at: formatLocalDateTime(referral.referredAt),
        })}
      </Text>
    </Alert>
  );
}
