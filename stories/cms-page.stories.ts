import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/call-clinic/call-clinic.js';
import '../src/components/clinic-services/clinic-services.js';
import '../src/components/cramp-causes/cramp-causes.js';
import '../src/components/cramp-check/cramp-check.js';
import '../src/components/vein-cta/vein-cta.js';
import { SATURDAY_NOON_CHICAGO, WEEKDAY_HOURS } from './support/clinic.js';

/**
 * The elements as a site owner pastes them into a post, inside markup and CSS that imitate a typical
 * WordPress block theme: a 650px content column with auto margins (the editor's constrained layout), a 19px serif base font, and global
 * link, heading and list rules that reach everything in the page, the elements' hosts included.
 */
const blockThemeCss = `
  .wp-site-blocks { margin: 0; font-family: Georgia, 'Times New Roman', serif; font-size: 19px; line-height: 1.7;
    color: #1e1e1e; background: #fdfcf9; }
  .wp-site-blocks *, .wp-site-blocks *::before, .wp-site-blocks *::after { box-sizing: border-box; }
  .wp-site-blocks a { color: #7b2d12; text-decoration: underline; text-decoration-thickness: 0.06em; text-underline-offset: 0.2em; }
  .wp-site-blocks a:hover { text-decoration-style: dotted; }
  .wp-site-blocks h1, .wp-site-blocks h2, .wp-site-blocks h3 { font-family: 'Helvetica Neue', Arial, sans-serif; font-weight: 800;
    line-height: 1.15; letter-spacing: -0.015em; color: #111; margin-block: 1.6em 0.5em; }
  .wp-site-blocks h1 { font-size: 2.6em; margin-top: 1em; }
  .wp-site-blocks h2 { font-size: 1.75em; }
  .wp-site-blocks p { margin-block: 0 1.2em; }
  .wp-site-blocks ul { padding-left: 1.3em; }
  .wp-site-blocks button { font: inherit; }
  /* The block editor's constrained layout: a content column, wide blocks a little wider. */
  .is-layout-constrained { padding-inline: 1em; }
  .is-layout-constrained > :where(:not(.alignwide):not(.alignfull)) { max-width: 650px; margin-left: auto !important; margin-right: auto !important; }
  .is-layout-constrained > .alignwide { max-width: 1000px; margin-left: auto !important; margin-right: auto !important; }
  .is-layout-constrained > * + * { margin-block-start: 1.5em; }
  .site-header, .site-footer { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; align-items: center; justify-content: space-between;
    padding: 1em max(1em, calc((100% - 1000px) / 2)); font-family: 'Helvetica Neue', Arial, sans-serif; font-size: 0.8em; }
  .site-header { border-bottom: 1px solid #e4e1da; background: #fff; }
  .site-footer { border-top: 1px solid #e4e1da; color: #50575e; margin-top: 3em; }
  .site-header .wp-block-site-title, .site-footer p { margin: 0; }
  .wp-block-site-title { font-weight: 700; font-size: 1.25em; }
  .wp-site-blocks .wp-block-site-title a { color: #111; text-decoration: none; }
  .wp-block-navigation ul { display: flex; gap: 1.5em; list-style: none; margin: 0; padding: 0; }
  .wp-block-post-date { font-family: 'Helvetica Neue', Arial, sans-serif; font-size: 0.75em; color: #50575e; }
`;

const meta = {
  title: 'Pages/On a CMS page',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;

export const BlogPost: StoryObj = {
  render: () => html`<style>
      ${blockThemeCss}
    </style>
    <div class="wp-site-blocks">
      <header class="site-header">
        <p class="wp-block-site-title"><a href="#top">Vein &amp; Wellness Blog</a></p>
        <nav class="wp-block-navigation" aria-label="Site">
          <ul>
            <li><a href="#causes">Causes</a></li>
            <li><a href="#self-check">Self-check</a></li>
            <li><a href="#help">How we help</a></li>
          </ul>
        </nav>
      </header>
      <main class="entry-content is-layout-constrained" id="top">
        <h1 class="wp-block-post-title">Why do I keep getting leg cramps at night?</h1>
        <p class="wp-block-post-date">November 30, 2026 · Sheen Vein &amp; Cosmetics team, St. Louis</p>
        <p>
          Nighttime leg cramps are sudden, intense muscle contractions in the calves, feet, or thighs. They often strike
          during sleep and can leave the muscle sore for hours.
        </p>
        <p>
          Questions about your legs?
          <call-clinic variant="link"><a href="tel:+13148421441">Call 314-842-1441</a></call-clinic>
          and ask our team.
        </p>
        <div class="wp-block-html alignwide">
          <vein-cta variant="banner">
            <h2>Heavy, swollen, or aching legs with your cramps?</h2>
            <p><a href="https://www.sheenveinandcosmetics.com/">Request a vein evaluation</a> | <a href="tel:+13148421441">Call 314-842-1441</a></p>
          </vein-cta>
        </div>
        <h2 id="causes">The three usual causes</h2>
        <p>Most night cramps come back to one of three things. Open the one that sounds like you.</p>
        <div class="wp-block-html">
          <cramp-causes heading-level="3"></cramp-causes>
        </div>
        <h2 id="self-check">Not sure which one?</h2>
        <div class="wp-block-html">
          <cramp-check heading-level="3"><p><a href="tel:+13148421441">Call 314-842-1441</a></p></cramp-check>
        </div>
        <div class="wp-block-html" id="help">
          <clinic-services heading-level="2"></clinic-services>
        </div>
        <p>
          Cramps that keep coming back are worth a closer look. Our team checks your veins, minerals and movement in one
          visit.
        </p>
        <div class="wp-block-html">
          <call-clinic variant="bar" hours=${WEEKDAY_HOURS} now=${SATURDAY_NOON_CHICAGO}></call-clinic>
        </div>
      </main>
      <footer class="site-footer">
        <p>© 2026 Vein &amp; Wellness Blog</p>
        <p><a href="#top">Back to top</a></p>
      </footer>
      <call-clinic variant="floating"></call-clinic>
    </div>`,
};
