import { expect } from '@open-wc/testing';
import { displayHost, toSafeUrl } from '../src/clinic/safe-url.js';
import { captureWarnings } from './helpers.js';

describe('toSafeUrl', () => {
  it('keeps https, http and relative URLs', () => {
    expect(toSafeUrl('https://www.sheenveinandcosmetics.com', 't')).to.equal('https://www.sheenveinandcosmetics.com/');
    expect(toSafeUrl('http://example.com/book?x=1#y', 't')).to.equal('http://example.com/book?x=1#y');
    expect(toSafeUrl('/contact/', 't')).to.equal('/contact/');
    expect(toSafeUrl('book.html', 't')).to.equal('book.html');
    expect(toSafeUrl('  https://example.com/a  ', 't')).to.equal('https://example.com/a');
  });

  it('turns a www. address as the article writes it into https', () => {
    expect(toSafeUrl('www.sheenveinandcosmetics.com', 't')).to.equal('https://www.sheenveinandcosmetics.com/');
  });

  it('drops script, data and other schemes however they are written', () => {
    const bad = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'VbScript:msgbox(1)',
      'file:///etc/passwd',
      'tel:+13148421441',
      'ftp://example.com',
      'https://' + 'a'.repeat(10_240),
      'http://[::1',
    ];
    for (const input of bad) expect(toSafeUrl(input, 't'), JSON.stringify(input.slice(0, 40))).to.equal(undefined);
  });

  it('reads a scheme without slashes as the address it names, not as a path of the page', () => {
    // Against a base URL, `https:evil.example` is a path on the base's host: a dead or surprising link.
    expect(toSafeUrl('https:evil.example', 't')).to.equal('https://evil.example/');
    expect(toSafeUrl('https:/www.example.com/book', 't')).to.equal('https://www.example.com/book');
  });

  it('drops URLs with a lone UTF-16 surrogate, which no href can hold', async () => {
    const warnings = await captureWarnings(() => {
      expect(toSafeUrl('/book/\uD800', 't')).to.equal(undefined);
      expect(toSafeUrl('/book/\uDC00x', 't')).to.equal(undefined);
      expect(toSafeUrl('https://example.com/\uDFFF', 't')).to.equal(undefined);
    });
    expect(warnings).to.have.length(3);
    expect(toSafeUrl('/book/\uD83D\uDE00', 't'), 'a whole pair is fine').to.equal('/book/\uD83D\uDE00');
  });

  it('treats empty input as absent', () => {
    expect(toSafeUrl('', 't')).to.equal(undefined);
    expect(toSafeUrl('   ', 't')).to.equal(undefined);
    expect(toSafeUrl(null, 't')).to.equal(undefined);
  });
});

describe('displayHost', () => {
  it('shows the host name of a full URL and relative URLs as written', () => {
    expect(displayHost('https://www.sheenveinandcosmetics.com/')).to.equal('www.sheenveinandcosmetics.com');
    expect(displayHost('/contact/')).to.equal('/contact/');
  });
});
