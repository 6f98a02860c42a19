import { useForm, type UseFormReturnType } from '@mantine/form';
import type { LocalizedText } from '../../../shared/api/result';
import { fieldErrorsOf } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { useI18n } from '../../i18n/i18n';
import {
  billingInput,
  billingValues,
  type BillingItem,
  type BillingValues,
} from './billing-fields';

/** What catalog.*.save takes: the item's own fields, its billing, and its id when edited. */
export type ItemInput<V> = Omit<V, keyof BillingValues> & BillingItem & { id?: number };

/** A saved item may say what will hold claims back (catalog-checks.ts). */
type SavedItem = BillingItem & { claimWarnings?: readonly LocalizedText[] };

export interface ItemFormOptions<V extends BillingValues, T extends SavedItem> {
  /** The item edited; a new one when undefined. */
  item: (T & { id: number }) | undefined;
  /** The item's own fields as the form holds them; billing is added here. */
  values: Omit<V, keyof BillingValues>;
  save: (input: ItemInput<V>) => Promise<T>;
  /** The notice once saved. */
  savedMessage: (saved: T) => string;
  onDone: () => void;
}

export interface ItemForm<V> {
  form: UseFormReturnType<V>;
  submit: (event?: React.FormEvent<HTMLFormElement>) => void;
}

/**
 * A drug or service form: saves, says so and closes; a refusal puts its field errors on the
 * fields. The text fields go as typed (the schema makes blank ones null).
 */
export function useItemForm<V extends BillingValues, T extends SavedItem>({
  item,
  values,
  save,
  savedMessage,
  onDone,
}: ItemFormOptions<V, T>): ItemForm<V> {
  const { t } = useI18n();
  const notify = useNotify();
  const form = useForm<V>({
    // The own fields with the billing ones make the whole of V, which TS cannot see for a generic.
    initialValues: { ...values, ...billingValues(item) } as V,
    validate: (entered) => ({ price: entered.price === '' ? t('validation.required') : null }),
  });
  const submit = form.onSubmit(async (entered) => {
    try {
      const saved = await save({
        ...(item && { id: item.id }),
        ...entered,
        ...billingInput(entered),
      });
      const warnings = saved.claimWarnings ?? [];
      // Saved all the same: the warning stays on screen after the dialog closes.
      if (warnings.length > 0) {
        notify(
          'yellow',
          [savedMessage(saved), ...warnings.map((w) => t(w.key, w.params))].join(' — '),
        );
      } else notify('teal', savedMessage(saved));
      onDone();
    } catch (failure) {
      form.setErrors(fieldErrorsOf(failure, t));
    }
  });
  return { form, submit };
}

/** An item's text fields as a form holds them: '' where it has none, or for a new item. */
export function textValues<K extends string>(
  item: Record<K, string | null> | undefined,
  keys: readonly K[],
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, item?.[key] ?? ''])) as Record<K, string>;
}
