import { CrampArticle } from './cramp-article.component.js';
export * from './cramp-article.component.js';
declare global {
    interface HTMLElementTagNameMap {
        'cramp-article': CrampArticle;
    }
}
