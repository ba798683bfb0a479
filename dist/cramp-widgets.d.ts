export * from './npm/bundle.js';
