import { createTheme, DEFAULT_THEME, type CSSVariablesResolver } from '@mantine/core';

/** Shades chosen for WCAG AA contrast on white: tired eyes, old monitors. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  fontFamily:
    'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  defaultRadius: 'sm',
  cursorType: 'pointer',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DEFAULT_THEME.colors.gray[7],
    '--mantine-color-error': DEFAULT_THEME.colors.red[9],
    '--mantine-color-placeholder': DEFAULT_THEME.colors.gray[6],
  },
  dark: {},
});
