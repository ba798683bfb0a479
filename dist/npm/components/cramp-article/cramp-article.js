import { CrampArticle } from './cramp-article.component.js';
export * from './cramp-article.component.js';
CrampArticle.define('cramp-article');
