import {
  createTheme,
  DEFAULT_THEME,
  mergeThemeOverrides,
  Modal,
  MultiSelect,
  NavLink,
  Select,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

/** Shades chosen for WCAG AA contrast on white: tired eyes, old monitors. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  // orange.9 (#d9480f) is 4.3:1 on white: warnings written in it get the darker caution shade.
  colors: {
    orange: [
      ...DEFAULT_THEME.colors.orange.slice(0, 9),
      '#a63a0b',
    ] as unknown as (typeof DEFAULT_THEME.colors)['orange'],
  },
  fontFamily:
    'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // The active menu entry as white on teal: the light variant is below AA contrast.
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled', color: 'teal.9' } }),
    // Every picker takes Enter for the first match of what was typed, as the search boxes do.
    Select: Select.extend({ defaultProps: { selectFirstOptionOnChange: true } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { selectFirstOptionOnChange: true } }),
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

/**
 * Light variants (active nav link, light badges and alerts): the darkest shade on the
 * palest tint. Mantine's defaults (shade 9 on shade 1 for teal) fall short of AA contrast,
 * and the warm and green palettes stay short even at shade 9: those get darker text.
 */
const DARKER_TEXT: Readonly<Record<string, string>> = {
  yellow: '#7a4f00',
  orange: '#a33a08',
  lime: '#3f6212',
  green: '#1e6b2e',
};

const lightTextColors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).flatMap(([name, shades]) => [
    [`--mantine-color-${name}-light-color`, DARKER_TEXT[name] ?? shades[9]],
    [`--mantine-color-${name}-light`, shades[0]],
    [`--mantine-color-${name}-light-hover`, shades[1]],
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...lightTextColors,
    '--mantine-color-dimmed': DEFAULT_THEME.colors.gray[7],
    '--mantine-color-error': DEFAULT_THEME.colors.red[9],
    '--mantine-color-placeholder': DEFAULT_THEME.colors.gray[6],
  },
  dark: {},
});

/** Buttons that give money back or unlock sent money: a dark orange white text reads on (AA). */
export const CAUTION_COLOR = '#a63a0b';
