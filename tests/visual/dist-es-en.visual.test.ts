/**
 * Screenshots of every element's main states from the ES module bundle (dist/cramp-widgets.js), the
 * file sites load, in English: the full state matrix in Chromium, a smaller set in Firefox (see
 * combosFor in scenarios.ts). These screenshots are the baselines (`npm run test:visual:update`).
 * Run `npm run build` first (`npm test` checks that dist/ matches the sources).
 */
import { loadEsBundle, visualSuite } from './scenarios.js';

visualSuite('dist-es', loadEsBundle, ['en']);
