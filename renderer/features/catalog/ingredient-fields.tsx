import { Button, Grid, Group, Input, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { RemoveRowButton } from '../../components/remove-row-button';

export interface IngredientValues {
  name: string;
  strength: string;
}

export interface IngredientFieldsProps {
  form: UseFormReturnType<{ ingredients: IngredientValues[] }>;
  /** The first active ingredient takes the focus when the form opens. */
  autoFocus: boolean;
}

/** One line per active ingredient with its strength (TEN_HOAT_CHAT, HAM_LUONG). */
export function IngredientFields({ form, autoFocus }: IngredientFieldsProps) {
  const { t } = useI18n();
  const rows = form.values.ingredients;
  // A line added by hand takes the focus; the lines the form opens with do not.
  const [added, setAdded] = useState(false);
  const listError = form.errors.ingredients;

  return (
    <Stack gap={6}>
      {rows.map((_, index) => {
        const n = index + 1;
        const first = index === 0;
        return (
          <Grid key={index} gap="sm" align="flex-end">
            <Grid.Col span={7}>
              <TextInput
                label={first ? t('catalog.col.ingredient') : undefined}
                aria-label={first ? undefined : t('catalog.drug.ingredientN', { n })}
                required={first}
                data-autofocus={first && autoFocus ? true : undefined}
                autoFocus={added && index === rows.length - 1}
                {...form.getInputProps(`ingredients.${index}.name`)}
              />
            </Grid.Col>
            <Grid.Col span={rows.length > 1 ? 4 : 5}>
              <TextInput
                label={first ? t('catalog.col.strength') : undefined}
                aria-label={first ? undefined : t('catalog.drug.strengthN', { n })}
                placeholder={first ? '500mg' : undefined}
                {...form.getInputProps(`ingredients.${index}.strength`)}
              />
            </Grid.Col>
            {rows.length > 1 && (
              <Grid.Col span={1}>
                <RemoveRowButton
                  size="lg"
                  mb={2}
                  label={t('catalog.drug.removeIngredient', { n })}
                  onClick={() => form.removeListItem('ingredients', index)}
                />
              </Grid.Col>
            )}
          </Grid>
        );
      })}
      {typeof listError === 'string' && <Input.Error>{listError}</Input.Error>}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => {
            form.insertListItem('ingredients', { name: '', strength: '' });
            setAdded(true);
          }}
        >
          {t('catalog.drug.addIngredient')}
        </Button>
      </Group>
    </Stack>
  );
}
