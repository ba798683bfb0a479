import { html, type TemplateResult } from 'lit';
import type { Parameters } from '@storybook/web-components-vite';

/** The story in a 320px column with a dashed outline: a phone, or a blog's sidebar. */
export const narrowColumn = (content: TemplateResult): TemplateResult =>
  html`<div style="width: 320px; outline: 1px dashed #8a8a8a">${content}</div>`;

/** The story in a text column as wide as a blog post's. */
export const textColumn = (content: TemplateResult): TemplateResult => html`<div style="max-width: 720px">${content}</div>`;

/**
 * On the docs page, the story in a frame of its own, `height` tall: for a fixed-position element (or
 * it would float over the docs), a play function (it runs only there), or a fixed language
 * (`<html lang>` is one per document).
 */
export const ownFrame = (height: string): Parameters => ({ docs: { story: { inline: false, height } } });
