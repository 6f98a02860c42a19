import {
  createTheme,
  DEFAULT_THEME,
  mergeThemeOverrides,
  Modal,
  NavLink,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

/** Shades chosen for WCAG AA contrast on white: tired eyes, old monitors. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  fontFamily:
    'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // The active menu entry as white on teal: the light variant is below AA contrast.
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled', color: 'teal.9' } }),
  },
});

/** Names for Mantine's built-in icon buttons, in the user's language. */
export function withLabels(base: MantineThemeOverride, close: string): MantineThemeOverride {
  return mergeThemeOverrides(base, {
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
    },
  });
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DEFAULT_THEME.colors.gray[7],
    '--mantine-color-error': DEFAULT_THEME.colors.red[9],
    '--mantine-color-placeholder': DEFAULT_THEME.colors.gray[6],
  },
  dark: {},
});
