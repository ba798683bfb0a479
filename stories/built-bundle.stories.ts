import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * What ships: every element rendered by dist/cramp-widgets.js, the file a site loads, in a frame of
 * its own (the "Build" toolbar switch, fixed to "Built bundle" here), and three elements by their own
 * files, dist/elements/<tag>.js (the switch at "Element file"). Defects of the build alone,
 * such as icons the HTML minifier broke, show here and not in the other stories, which render the
 * sources. Switch the language or the theme in the toolbar as anywhere else. `npm run build` first.
 */
const meta = {
  title: 'Built bundle (dist)',
  globals: { build: 'bundle' },
  // No docs page of its own: seven frames on one page; each element's docs page has the switch.
  tags: ['!autodocs'],
  parameters: { builtBundle: { minHeight: 160 } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const CauseCards: Story = {
  name: '<cramp-causes> cards (icons)',
  render: () => html`<cramp-causes layout="cards" open="all"></cramp-causes>`,
};

export const CausesAccordion: Story = {
  name: '<cramp-causes> accordion',
  render: () => html`<cramp-causes open="veins"></cramp-causes>`,
};

export const VeinCta: Story = {
  name: '<vein-cta>',
  render: () => html`<vein-cta></vein-cta>`,
};

export const ClinicServices: Story = {
  name: '<clinic-services>',
  render: () => html`<clinic-services></clinic-services>`,
};

export const CallClinic: Story = {
  name: '<call-clinic> button and bar',
  render: () => html`<call-clinic hours="Mo-Fr 08:00-17:00" show-website></call-clinic>
    <p></p>
    <call-clinic variant="bar"></call-clinic>`,
};

export const SelfCheck: Story = {
  name: '<cramp-check>',
  render: () => html`<cramp-check></cramp-check>`,
};

export const Article: Story = {
  name: '<cramp-article>',
  render: () => html`<cramp-article></cramp-article>`,
};

/** One element's own file (dist/elements/<tag>.js), with the elements it shows inside itself. */
export const ElementFileVeinCta: Story = {
  name: 'dist/elements/vein-cta.js (with its <call-clinic>)',
  globals: { build: 'element' },
  render: () => html`<vein-cta phone="636-555-0100"></vein-cta>`,
};

export const ElementFileCallClinic: Story = {
  name: 'dist/elements/call-clinic.js',
  globals: { build: 'element' },
  render: () => html`<call-clinic hours="Mo-Fr 08:00-17:00" show-website></call-clinic>`,
};

export const ElementFileArticle: Story = {
  name: 'dist/elements/cramp-article.js',
  globals: { build: 'element' },
  render: () => html`<cramp-article></cramp-article>`,
};
