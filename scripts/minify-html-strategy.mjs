// The HTML-minifier settings of the two bundles: @lit-labs/rollup-plugin-minify-html-literals's own,
// made to leave `svg` templates alone and to understand templates with a static tag name
// (`<${heading} ...>...</${heading}>`, written with lit/static-html for the `heading-level` attribute).
//
// `svg` templates are not minified: the minifier reads them as HTML, where `<path/>` outside an
// `<svg>` element is an open tag, and drops its `/>`; Lit parses the fragment as SVG, so the shapes
// nested and only the first one drew (issue 11). Our icons have no whitespace to remove, so this costs
// nothing, and no future `svg` template can break that way. `html` templates keep `/>` inside `<svg>`.
//
// The plugin joins a template's strings with a placeholder (`@TEMPLATE_EXPRESSION();`) and hands the
// result to the HTML minifier. In tag-name position that is not HTML, the minifier throws, and the
// plugin then leaves EVERY template of that file unminified (five of the six element files). Here an
// expression right after `<` or `</` is joined with a valid custom-element name instead, which the
// minifier keeps as it is (an unknown element: inline, so whitespace around it collapses to one space,
// never to none), and is turned back into the plugin's placeholder before the strings are split.
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

const TAG_PLACEHOLDER = 'lit-static-tag-expression';

/** HTML-minifies `html` and `staticHtml` templates, not `svg` ones (see above); `css` ones go to the plugin's CSS minifier. */
export const onlyHtmlTemplates = (template) => /html/i.test(template.tag ?? '');

export const staticTagStrategy = {
  ...defaultStrategy,
  combineHTMLStrings(parts, placeholder) {
    if (parts.some((part) => part.text.includes(TAG_PLACEHOLDER))) throw new Error(`a template contains "${TAG_PLACEHOLDER}"`);
    return parts
      .map((part) => part.text)
      .reduce((html, text) => html + (/<\/?$/.test(html) ? TAG_PLACEHOLDER : placeholder) + text);
  },
  splitHTMLByPlaceholder(html, placeholder) {
    return defaultStrategy.splitHTMLByPlaceholder(html.replaceAll(TAG_PLACEHOLDER, placeholder), placeholder);
  },
};
