/**
 * The same as dist-es-en.visual.test.ts, in Spanish (a file of its own, so each stays well within
 * the test runner's per-file time limit on a busy machine).
 */
import { loadEsBundle, visualSuite } from './scenarios.js';

visualSuite('dist-es', loadEsBundle, ['es']);
