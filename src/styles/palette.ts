/**
 * The palette, light and dark: the one list of the site's colours. The stylesheet's `@theme` tokens
 * (tokens.css, `--color-<name>`) hold the same values, and a unit test keeps the two equal; what the
 * page's CSS cannot reach reads them here: charts drawn for share images, the icons, the favicon,
 * `theme-color` and the web manifest.
 */

export const PALETTE = {
  light: {
    paper: '#fbfaf7',
    'paper-2': '#f2efe8',
    ink: '#16181b',
    'ink-2': '#4f535a',
    rule: '#d9d4ca',
    accent: '#ad2419',
    'accent-ink': '#8f1d14',
    check: '#8a5a00',
    'check-bg': '#fbf3e2',
    'check-rule': '#d9a43a',
    // Chart colours: colour-blind safe (vermillion, blue, grey), each at least 4.5:1 on the page.
    deepseek: '#b84a00',
    rival: '#0072b2',
    openai: '#6b6b6b',
  },
  dark: {
    paper: '#131416',
    'paper-2': '#1c1e21',
    ink: '#ecebe7',
    'ink-2': '#a9adb4',
    rule: '#34373c',
    accent: '#ff8a7a',
    'accent-ink': '#ffa597',
    check: '#f0c062',
    'check-bg': '#221d12',
    'check-rule': '#a27a2c',
    deepseek: '#f5793a',
    rival: '#56b4e9',
    openai: '#9a9a9a',
  },
} as const;

export type ColourName = keyof typeof PALETTE.light;

/** The light scheme, for everything drawn outside the page (share images, icons). */
export const LIGHT = PALETTE.light;
