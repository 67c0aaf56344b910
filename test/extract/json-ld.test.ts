import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { str } from '../../src/extract/json-ld.js';

describe('JSON-LD strings', () => {
  it('decodes character references that pages leave in JSON-LD', () => {
    assert.equal(str('Talks in Minsk &amp; Kyiv'), 'Talks in Minsk & Kyiv');
    assert.equal(str('Macron&#8217;s &#x201C;plan&#x201D;'), 'Macron\u2019s \u201cplan\u201d');
    assert.equal(str('&Eacute;lys&eacute;e'), '\u00c9lys\u00e9e');
    assert.equal(str('&nbsp;Summit&nbsp;'), 'Summit');
  });

  it('leaves ampersands that are no reference as written', () => {
    assert.equal(str('AT&T and R&D'), 'AT&T and R&D');
    // No terminating semicolon: plain text, not the legacy "&copy" reference.
    assert.equal(str('&copy2019 &bogus;'), '&copy2019 &bogus;');
  });

  it('takes names from arrays and objects', () => {
    assert.equal(str([{ name: 'Reuters &amp; AP' }]), 'Reuters & AP');
    assert.equal(str({ '@value': '  ' }), null);
  });
});
