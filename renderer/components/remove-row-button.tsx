import { ActionIcon, type ActionIconProps } from '@mantine/core';

/**
 * The × that takes one line out of a list typed in a form (ingredients, result indices,
 * coverage periods, receipt lines). Disabled when the list may not be left empty.
 */
export function RemoveRowButton({
  label,
  onClick,
  disabled,
  ...layout
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
} & Pick<ActionIconProps, 'size' | 'mb' | 'mt'>) {
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
      {...layout}
    >
      ×
    </ActionIcon>
  );
}
