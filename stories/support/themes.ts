/**
 * The toolbar's themes. The brand examples set only documented `--cramp-*` custom properties on a
 * wrapper, exactly what a site owner would put in their theme's CSS: no `::part()`, no internals.
 */
export type ThemeName = 'default' | 'dark' | 'plum' | 'forest';

export interface ThemeExample {
  title: string;
  /** Custom properties set on the wrapper around the story. */
  properties: Record<string, string>;
}

export const BRAND_THEMES: Record<'plum' | 'forest', ThemeExample> = {
  plum: {
    title: 'Brand: plum, pill buttons',
    properties: {
      '--cramp-accent': '#6b2a5f',
      '--cramp-accent-hover': '#4e1d45',
      '--cramp-on-accent': '#ffffff',
      '--cramp-focus-color': '#6b2a5f',
      '--cramp-surface-muted': '#f7eef5',
      '--cramp-border': '#dcc6d7',
      '--cramp-radius': '1.5em',
    },
  },
  forest: {
    title: 'Brand: forest green, square corners',
    properties: {
      '--cramp-accent': '#1f5f3a',
      '--cramp-accent-hover': '#15442a',
      '--cramp-on-accent': '#ffffff',
      '--cramp-focus-color': '#1f5f3a',
      '--cramp-surface-muted': '#eef5f0',
      '--cramp-border': '#bcd3c3',
      '--cramp-radius': '0',
      '--cramp-shadow': 'none',
    },
  },
};

/** The page behind the Dark theme's stories; the elements get `theme="dark"` and paint their own panel. */
export const DARK_PAGE = { background: '#0a161b', color: '#e8f1f4' };
