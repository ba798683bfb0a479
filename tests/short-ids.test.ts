import { expect } from '@open-wc/testing';
import { withShortIds } from '../src/internal/short-ids.js';

// The bundles' locale modules keep only a prefix of each hash id (scripts/short-message-ids.mjs).
describe('withShortIds', () => {
  const short = () =>
    (withShortIds({ idLength: 7, templates: { 'call.label': 'Llame', s010d9d: 'corto', h12345a: 'html' } }) as { templates: Record<string, unknown> }).templates;

  it('finds a full hash id by its prefix, and explicit ids as written', () => {
    const templates = short();
    expect(templates['s010d9d667bd05cbd']).to.equal('corto');
    expect(templates['h12345a000000000f']).to.equal('html');
    expect(templates['call.label']).to.equal('Llame');
  });

  it('does not match ids that are not hash ids, or whose prefix is not there', () => {
    const templates = short();
    expect(templates['s010d9dxyz']).to.equal(undefined);
    expect(templates['s999999667bd05cbd']).to.equal(undefined);
    expect(templates['call']).to.equal(undefined);
  });

  it('leaves modules with full ids (dist/npm, tests) as they are', () => {
    const full = { templates: { s010d9d667bd05cbd: 'x' } };
    expect(withShortIds(full)).to.equal(full);
  });
});
