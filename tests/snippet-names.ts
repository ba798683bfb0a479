/** The ready-made snippets of dist/snippets/{en,es}/ (scripts/build-snippets.mjs writes them), for their tests. */
export const SNIPPETS = [
  'call-clinic-button',
  'call-clinic-bar',
  'call-clinic-floating',
  'cramp-causes-accordion',
  'cramp-causes-cards',
  'vein-cta-card',
  'vein-cta-banner',
  'clinic-services',
  'cramp-article',
  'cramp-check',
];
export const LOCALES = ['en', 'es'] as const;
