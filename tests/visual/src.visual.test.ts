/**
 * Screenshots from the TypeScript sources, compared with the baselines the built bundle wrote: a
 * bundle that draws differently from its sources (issue 11, defect 1: icons minified as HTML) fails
 * here or in dist-es.visual.test.ts.
 */
import { visualSuite } from './scenarios.js';

visualSuite('src', async () => {
  await import('../../src/index.js');
});
