/**
 * Screenshots of every element's main states from the ES module bundle (dist/cramp-widgets.js), the
 * file sites load, in es dark (see combosFor in scenarios.ts for the engines and widths). These
 * screenshots are the baselines (`npm run test:visual:update`). One file per language and theme, so
 * each stays well within the test runner's per-file time limit on a busy machine. Run `npm run build`
 * first (`npm test` checks that dist/ matches the sources).
 */
import { loadEsBundle, visualSuite } from './scenarios.js';

visualSuite('dist-es', loadEsBundle, { lang: 'es', theme: 'dark' });
