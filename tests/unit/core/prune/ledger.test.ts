// How pruning hands its removals to the ledger: whole blocks, one entry per block, restorable.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROSE, between, prune } from './helpers.js';
import { measure } from '../../../../src/core/prune/features.js';
import { parseHTML } from 'linkedom';

const LIST =
  '<h3>More from UK</h3><ul><li><a href="/a">Storm closes ferry route for a week</a></li><li><a href="/b">Police appeal after burglary at the museum</a></li><li><a href="/c">School wins national choir prize again</a></li></ul>';

describe('pruneBoilerplate and the ledger', () => {
  it('removes a list as one entry and leaves one slot marker where it stood', () => {
    const out = prune(between(LIST));
    const list = out.removed.find((r) => r.text.includes('Storm closes'));
    assert.ok(list);
    assert.match(list.html, /^<ul>/, 'the whole list, not item by item');
    assert.equal(out.removed.filter((r) => r.text.includes('Police appeal')).length, 1);
    assert.match(out.html, new RegExp(`sift-slot-${list.slot}`));
    assert.ok(list.reason.length > 10, 'says why');
  });

  it('keeps related links but still removes furniture when removeRelated is off', () => {
    const out = prune(between(LIST + '<p>Advertisement</p>'), { settings: { removeRelated: false } });
    assert.ok(out.kept.includes('Storm closes ferry route'));
    assert.ok(out.removed.some((r) => r.text === 'Advertisement'));
    assert.ok(out.removed.every((r) => r.category === 'boilerplate'));
  });

  it('leaves an article alone when the rules would take most of it (Readability chose the wrong block)', () => {
    const out = prune('<p>Advertisement</p><p>Share on Facebook</p><p>Tweet</p><p>Closed today.</p>');
    assert.equal(out.removed.length, 0);
  });

  it('does not treat a link round-up that is the whole article as a related list', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/story-${i}">Headline number ${i} about the harbour and the town</a></li>`).join('');
    const out = prune(`${PROSE}<ul>${links}</ul>`);
    assert.ok(out.kept.includes('Headline number 7'));
  });

  it('removes a loose run of text beside blocks without taking the blocks', () => {
    const out = prune(`<div>${PROSE}Advertisement${PROSE}</div>`);
    assert.deepEqual(out.removed.map((r) => r.text), ['Advertisement']);
    assert.ok(out.kept.includes('The council voted'));
  });
});

describe('measure', () => {
  it('counts a link wrapped around a block as that block\'s link', () => {
    const { document } = parseHTML('<div id="a"><ul><li><a href="/x"><h4>Storm closes ferry route</h4></a></li></ul></div>');
    const { leaves } = measure(document.getElementById('a')!);
    assert.equal(leaves.length, 1);
    assert.equal(leaves[0]!.links, 1);
    assert.equal(leaves[0]!.href, '/x');
    assert.equal(leaves[0]!.linkChars, leaves[0]!.text.length);
  });

  it('separates text runs around nested blocks, in document order', () => {
    const { document } = parseHTML('<div id="a">before<p>inside</p>after</div>');
    const { leaves } = measure(document.getElementById('a')!);
    assert.deepEqual(leaves.map((l) => l.text), ['before', 'inside', 'after']);
    assert.equal(leaves[1]!.nodes[0]!.nodeName, 'P');
    assert.equal(leaves[0]!.nodes.length, 1);
  });
});
