import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/cramp-article/cramp-article.js';
import { CAUSES_LAYOUTS, type CausesLayout } from '../src/components/cramp-causes/cramp-causes.component.js';
import { LONG_CLINIC_NAME, attr, crampElementArgTypes, crampElementAttributes, headingLevelArgType, type CrampElementArgs } from './support/clinic.js';
import { narrowColumn, ownFrame, textColumn } from './support/layout.js';

interface CrampArticleArgs extends CrampElementArgs {
  hide?: string;
  'heading-level'?: number;
  'causes-layout'?: CausesLayout;
  'related-stress-url'?: string;
  'related-vein-disease-url'?: string;
  'related-red-light-pemf-url'?: string;
}

const crampArticle = (args: CrampArticleArgs): TemplateResult => html`<cramp-article
  hide=${attr(args.hide)}
  heading-level=${attr(args['heading-level'])}
  causes-layout=${attr(args['causes-layout'])}
  related-stress-url=${attr(args['related-stress-url'])}
  related-vein-disease-url=${attr(args['related-vein-disease-url'])}
  related-red-light-pemf-url=${attr(args['related-red-light-pemf-url'])}
  ${crampElementAttributes(args)}
>
  <h2>Top 3 causes of nighttime leg cramps</h2>
  <p>
    Nighttime leg cramps, also known as nocturnal leg cramps, are often sudden, intense muscle contractions that affect the
    calves, feet, or thighs.
  </p>
  <p><a href="tel:+13148421441">Call 314-842-1441</a> to schedule your evaluation.</p>
</cramp-article>`;

const RELATED = {
  'related-stress-url': 'https://www.sheenveinandcosmetics.com/blog/how-to-handle-stress-naturally/',
  'related-vein-disease-url': 'https://www.sheenveinandcosmetics.com/blog/treating-vein-disease-the-right-way/',
  'related-red-light-pemf-url': 'https://www.sheenveinandcosmetics.com/blog/red-light-and-pemf-benefits/',
};

const meta = {
  title: 'Elements/cramp-article',
  component: 'cramp-article',
  render: crampArticle,
  argTypes: {
    hide: { control: 'text' },
    'heading-level': headingLevelArgType,
    'causes-layout': { control: 'inline-radio', options: [...CAUSES_LAYOUTS] },
    'related-stress-url': { control: 'text' },
    'related-vein-disease-url': { control: 'text' },
    'related-red-light-pemf-url': { control: 'text' },
    ...crampElementArgTypes,
  },
} satisfies Meta<CrampArticleArgs>;

export default meta;
type Story = StoryObj<CrampArticleArgs>;

/** The whole article, as a site owner gets it with one tag. */
export const WholeArticle: Story = {
  render: (args) => textColumn(crampArticle(args)),
};

/** Causes as cards, and the related reads (shown only when their URLs are set). */
export const CardsAndRelatedReads: Story = {
  args: { 'causes-layout': 'cards', ...RELATED },
  render: (args) => textColumn(crampArticle(args)),
};

/** Without title and intro, under the page's own h1 (sections become h3). */
export const SomeSectionsHidden: Story = {
  args: { hide: 'title, intro, related', 'heading-level': 3, 'causes-layout': 'list' },
  render: (args) => textColumn(crampArticle(args)),
};

export const Dark: Story = {
  args: { theme: 'dark', ...RELATED },
  globals: { theme: 'dark' },
  render: (args) => textColumn(crampArticle(args)),
};

export const NarrowColumn: Story = {
  args: { 'clinic-name': LONG_CLINIC_NAME, 'causes-layout': 'cards' },
  render: (args) => narrowColumn(crampArticle(args)),
};

export const Spanish: Story = {
  args: { ...RELATED },
  globals: { locale: 'es' },
  parameters: ownFrame('2700px'),
  render: (args) => textColumn(crampArticle(args)),
};
