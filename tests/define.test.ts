import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';
import { captureWarnings } from './helpers.js';

let counter = 0;
const freshTag = () => `test-define-${counter++}`;

describe('defineElement', () => {
  afterEach(() => {
    delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('cramp-widgets.version-warning')];
  });

  it('defines a new tag', () => {
    const tag = freshTag();
    class A extends LitElement {}
    defineElement(tag, A);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('stays silent when the same version is defined twice, and the first definition wins', async () => {
    const tag = freshTag();
    class First extends LitElement {
      static version = VERSION;
    }
    class Second extends LitElement {
      static version = VERSION;
    }
    const warnings = await captureWarnings(() => {
      defineElement(tag, First);
      defineElement(tag, Second);
      defineElement(tag, First);
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version got there first', async () => {
    const tags = [freshTag(), freshTag()];
    class Old extends LitElement {
      static version = '0.0.1';
    }
    class Old2 extends LitElement {
      static version = '0.0.1';
    }
    customElements.define(tags[0]!, Old);
    customElements.define(tags[1]!, Old2);
    class New extends LitElement {
      static version = VERSION;
    }
    class New2 extends LitElement {
      static version = VERSION;
    }
    const warnings = await captureWarnings(() => {
      expect(() => defineElement(tags[0]!, New)).not.to.throw();
      expect(() => defineElement(tags[1]!, New2)).not.to.throw();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('0.0.1').and.include(VERSION);
    expect(customElements.get(tags[0]!)).to.equal(Old);
  });

  it("names the tag, once per tag, when another script's element has it, and never throws", async () => {
    const tags = [freshTag(), freshTag()];
    // Someone else's elements, one with a constructor that throws.
    customElements.define(tags[0]!, class extends HTMLElement {});
    customElements.define(
      tags[1]!,
      class extends HTMLElement {
        constructor() {
          super();
          throw new Error('broken');
        }
      },
    );
    class Ours extends LitElement {
      static version = VERSION;
    }
    class Ours2 extends LitElement {
      static version = VERSION;
    }
    const warnings = await captureWarnings(() => {
      expect(() => defineElement(tags[0]!, Ours)).not.to.throw();
      expect(() => defineElement(tags[1]!, Ours2)).not.to.throw();
      defineElement(tags[1]!, Ours2);
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include(`<${tags[0]}>`).and.include('another script');
    expect(warnings[1]).to.include(`<${tags[1]}>`).and.include('another script');
    expect(warnings.join(' ')).to.not.include('cramp-widgets unknown');
  });

  it('reports what the registry said when our class cannot be registered', async () => {
    class Ours extends LitElement {
      static version = VERSION;
    }
    customElements.define(freshTag(), Ours);
    const tag = freshTag();
    const warnings = await captureWarnings(() => expect(() => defineElement(tag, Ours)).not.to.throw());
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`<${tag}> could not be registered`);
    expect(customElements.get(tag)).to.equal(undefined);
  });

  it('keeps the version in step with package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
