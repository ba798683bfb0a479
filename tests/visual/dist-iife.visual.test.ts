/**
 * Screenshots from the classic-script bundle (dist/cramp-widgets.iife.js), compared with the same
 * baselines as the ES module bundle: the two bundles must draw alike.
 */
import { visualSuite } from './scenarios.js';

visualSuite('dist-iife', async () => {
  const script = document.createElement('script');
  script.src = '/dist/cramp-widgets.iife.js';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error('dist/cramp-widgets.iife.js did not load')), { once: true });
  });
  document.head.append(script);
  await loaded;
});
