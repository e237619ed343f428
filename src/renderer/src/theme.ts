import {
  createTheme,
  darken,
  mergeThemeOverrides,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

export const theme = createTheme({
  primaryColor: 'indigo',
  // Indigo 6 under white text is 4.3:1; shade 7 passes WCAG AA (4.5:1) for buttons and links.
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
})

/**
 * The theme with words in the user's language: every dialog's close button is named, and a
 * dialog's header is no second "banner" landmark (Mantine renders it as <header>).
 */
export function useAppTheme(): MantineThemeOverride {
  const { t } = useTranslation()
  return useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          ModalHeader: { defaultProps: { component: 'div' } },
          ModalCloseButton: { defaultProps: { 'aria-label': t('common.close') } },
        },
      }),
    [t], // a new `t` comes with each change of language
  )
}

/**
 * Mantine's defaults that fall short of WCAG AA contrast (4.5:1), measured by axe-core in the
 * accessibility e2e test: dimmed text in both themes, and "light" badges and alerts (shade 9 on
 * shade 1 is 2.7:1 for yellow, 3.8:1 for green) in the light theme.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#666d74', // ≥ 4.7:1 on white and gray 0–1
    ...Object.fromEntries(
      Object.keys(t.colors).map((c) => [
        `--mantine-color-${c}-light-color`,
        darken(t.colors[c]![9], 0.3),
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': '#a6a6a6', // ≥ 4.6:1 on dark 5–8
  },
})
