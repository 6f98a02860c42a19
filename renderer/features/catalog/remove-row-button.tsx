import { ActionIcon } from '@mantine/core';

/** The × that takes one line out of a list typed in a form (ingredients, result indices). */
export function RemoveRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" size="lg" mb={2} aria-label={label} onClick={onClick}>
      ×
    </ActionIcon>
  );
}
