import { fixture } from '@open-wc/testing';
import type { CrampElement } from '../../src/element/cramp-element.js';
import { captureWarnings, markup, settled } from '../helpers.js';
import type { ElementSpec } from './element-spec.js';

/** Renders the element with the spec's attributes and `attributes`, nested elements included. */
export async function renderSpec(spec: ElementSpec, attributes: Record<string, string> = {}, content = ''): Promise<CrampElement> {
  const el = await fixture<CrampElement>(markup(spec.tag, { ...spec.attributes, ...attributes }, content));
  await settled(el);
  return el;
}

/** `renderSpec`, and the warnings the first render gave. */
export async function renderSpecWithWarnings(
  spec: ElementSpec,
  attributes: Record<string, string> = {},
  content = '',
): Promise<{ el: CrampElement; warnings: string[] }> {
  let el!: CrampElement;
  const warnings = await captureWarnings(async () => {
    el = await renderSpec(spec, attributes, content);
  });
  return { el, warnings };
}
