import { notifications } from '@mantine/notifications';
import { fieldErrorsOf } from '../../components/api-error';
import type { useI18n } from '../../i18n/i18n';

export interface ItemSave<T> {
  save: () => Promise<T>;
  /** The notice once saved. */
  savedMessage: (item: T) => string;
  setErrors: (errors: Record<string, string>) => void;
  onDone: () => void;
  t: ReturnType<typeof useI18n>['t'];
}

/** Saves a catalogue item, says so and closes; a refusal puts its field errors on the fields. */
export async function saveItem<T>({
  save,
  savedMessage,
  setErrors,
  onDone,
  t,
}: ItemSave<T>): Promise<void> {
  try {
    const saved = await save();
    notifications.show({ color: 'teal', message: savedMessage(saved) });
    onDone();
  } catch (failure) {
    setErrors(fieldErrorsOf(failure, t));
  }
}
