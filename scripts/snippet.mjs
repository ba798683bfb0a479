// `npm run snippet -- <tag> [--classic] [--src URL]`: prints a ready-to-paste snippet for one element,
// with plain-HTML fallback content filled in from the bundled article text (readable and indexable
// before and without JavaScript). The output has no blank lines and is wrapped in a <div>, so
// WordPress's wpautop neither wraps it in <p> nor splits it; text is HTML-escaped.
import { ARTICLE_CLINIC } from '../dist/npm/clinic/clinic-details.js';
import { toTelHref } from '../dist/npm/clinic/phone.js';
import * as article from '../dist/npm/content/article.js';

const args = process.argv.slice(2);
const tag = args.find((a) => !a.startsWith('--'));
const classic = args.includes('--classic');
const srcIndex = args.indexOf('--src');
const base = srcIndex >= 0 ? args[srcIndex + 1] : 'https://YOUR-SITE/path/to/dist/';

const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const tel = toTelHref(ARTICLE_CLINIC.phone);
const call = `<a href="${tel}">Call ${esc(ARTICLE_CLINIC.phone.display)}</a>`;
const website = `<a href="${esc(ARTICLE_CLINIC.website)}">${esc(article.visitSite('www.sheenveinandcosmetics.com'))}</a>`;
const list = (items) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
const paragraphs = (items) => items.map((p) => `<p>${esc(p)}</p>`).join('\n');

const fallback = {
  'call-clinic': () => call,
  'vein-cta': () => {
    const m = article.veinMessage();
    return `<h2>${esc(m.headline)}</h2>\n${paragraphs(m.body)}\n<p><a href="${esc(ARTICLE_CLINIC.website)}">${esc(m.book)}</a> | ${call}</p>`;
  },
  'cramp-causes': () =>
    article
      .causes()
      .map((c) => `<h2>${esc(c.title)}</h2>\n${paragraphs(c.what)}\n${list(c.signs)}\n${list(c.care)}`)
      .join('\n'),
  'clinic-services': () => `<h2>${esc(article.servicesHeading())}</h2>\n<p>${esc(article.servicesLead())}</p>\n${list(article.services().map((s) => s.name))}`,
  'cramp-article': () =>
    [
      `<h2>${esc(article.articleTitle())}</h2>`,
      paragraphs(article.intro()),
      `<p>${esc(article.causesLead())}</p>`,
      fallback['cramp-causes']().replace(/<(\/?)h2>/g, '<$1h3>'),
      `<h3>${esc(article.evaluationHeading())}</h3>`,
      `<p>${esc(article.evaluationLead())}</p>`,
      list(article.evaluationCriteria()),
      `<p>${esc(article.evaluationConclusion())}</p>`,
      fallback['clinic-services']().replace(/<(\/?)h2>/g, '<$1h3>'),
      paragraphs(article.closing()),
      `<p>${call} ${esc(article.callToSchedule())}</p>`,
      `<p>${website} ${esc(article.visitToLearnMore())}</p>`,
    ].join('\n'),
  'cramp-check': () => `<p>${call} ${esc(article.callToSchedule())}</p>`,
};

if (!tag || !fallback[tag]) {
  console.error(`Usage: npm run snippet -- <tag> [--classic] [--src URL]\nTags: ${Object.keys(fallback).join(', ')}`);
  process.exit(1);
}

const script = classic
  ? `<script src="${esc(base)}cramp-widgets.iife.js"></script>`
  : `<script type="module" src="${esc(base)}cramp-widgets.js"></script>`;
console.log(`<div class="cramp-widget">\n<${tag}>\n${fallback[tag]()}\n</${tag}>\n</div>\n${script}`);
