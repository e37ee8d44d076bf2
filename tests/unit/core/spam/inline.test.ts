// Spam appended inside a genuine paragraph: only the spam run goes (text nodes split as needed),
// the paragraph's own sentences stay, and the ledger marks the removal as inline.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AFTER, BEFORE, squash, strip } from './helpers.js';

const HOST = 'The harbour master said fishing boats would move to the east basin while the wall is extended.';
const SPAM = 'Subscribe now and get your first three months of our app for free!';

const FORMS: Array<[string, string]> = [
  ['plain text', `<p>${HOST} ${SPAM}</p>`],
  ['a link to another site', `<p>${HOST} <a href="https://offers.example/go">${SPAM}</a></p>`],
  ['bold text', `<p>${HOST} <strong>${SPAM}</strong></p>`],
  ['a line after <br><br>', `<p>${HOST}<br><br>${SPAM}</p>`],
];

describe('stripSpam: spam appended inside a paragraph', () => {
  for (const [form, html] of FORMS) {
    it(`cuts out only the spam sentence when it is ${form}`, () => {
      const out = strip(BEFORE + html + AFTER);
      const item = out.removed.find((r) => r.text.includes('Subscribe now'));
      assert.ok(item, 'spam sentence not removed');
      assert.equal(item.inline, true);
      assert.equal(squash(item.text), SPAM);
      assert.ok(out.kept.includes(HOST), 'the genuine sentence was damaged');
      assert.ok(!out.kept.includes('Subscribe now'));
      assert.match(out.html, new RegExp(`east basin while the wall is extended\\.\\s*(<br>)*<span class="sift-slot sift-slot-${item.slot}"></span>`));
    });
  }

  it('cuts out a video player\'s fallback left after a sentence, full stop and all', () => {
    // A notice made of its category's phrase is no plain statement for having a full stop.
    const fallback = 'Este vídeo no está disponible.';
    const out = strip(`${BEFORE}<p>${HOST} ${fallback}</p>${AFTER}`);
    assert.ok(out.removed.some((r) => r.inline && squash(r.text) === fallback), out.removed.map((r) => r.text).join(' | '));
    assert.ok(out.kept.includes(HOST));
  });

  it('takes a short lead-in with its spam tail, and keeps a paragraph of news before one', () => {
    // A block that is spam as a whole goes whole when what precedes its spam tail is a short
    // question, exclamation or line in capitals, or a labelled question; a sentence of news before
    // the same tail stays.
    const tail = 'Vote now in our instant reader poll and see the results!';
    // A labelled question is a poll's however long it runs.
    const leads = ['Should the harbour levy be scrapped?', 'SHOULD THE HARBOUR LEVY BE SCRAPPED.', 'Got a view on the levy?',
      'POLL: Should councillors scrap the harbour levy on visiting yachts before the summer season begins?'];
    for (const lead of leads) {
      const out = strip(`${BEFORE}<p>${lead} ${tail}</p>${AFTER}`);
      assert.ok(out.removed.some((r) => squash(r.text) === `${lead} ${tail}`), `${lead} removed: ${out.removed.map((r) => r.text).join(' | ')}`);
    }
    const news = 'Will councillors scrap the harbour levy on visiting yachts before the summer season begins?';
    const kept = strip(`${BEFORE}<p>${news} ${tail}</p>${AFTER}`);
    assert.ok(kept.kept.includes(news), 'the sentence of news before the tail was removed');
  });

  it('cuts a link of several sentences apart from the unfinished sentence before it', () => {
    // "…: <a>…</a>" reads as one sentence by punctuation, but a link holding two sentences cannot
    // finish the one before it: the genuine words before the colon must stay.
    const head = 'The harbour master listed what the boats would need before the move:';
    const link = 'Independent journalism costs money. If you value our reporting, please consider supporting us from just £2.';
    const out = strip(`${BEFORE}<p>${HOST} ${head} <a href="https://offers.example/give">${link}</a></p>${AFTER}`);
    assert.ok(out.kept.includes(head), 'the sentence before the link was cut');
    assert.ok(out.removed.some((r) => squash(r.text) === link), `removed: ${out.removed.map((r) => r.text).join(' | ')}`);
  });

  it('cuts a one-sentence link closing a paragraph after a colon, and keeps the paragraph', () => {
    // The paragraph is one unfinished sentence up to the colon: without the link standing apart,
    // the paragraph is judged whole and goes with its spam.
    const head = 'One skipper noted that the boats listed for the move already carry what is needed:';
    const link = 'Support our journalism — become a member today from £5 a month';
    const out = strip(`${BEFORE}<p>${head} <a href="https://offers.example/give">${link}</a></p>${AFTER}`);
    assert.ok(out.kept.includes(head), `the paragraph went with the link: ${out.removed.map((r) => r.text).join(' | ')}`);
    assert.ok(out.removed.some((r) => r.inline && squash(r.text) === link), `removed: ${out.removed.map((r) => r.text).join(' | ')}`);
  });

  it('leaves a paragraph alone when its last sentence is an on-topic instruction', () => {
    const html = `<p>${HOST} Residents should call the harbour office before moving their boats.</p>`;
    const out = strip(BEFORE + html + AFTER);
    assert.deepEqual(out.removed, []);
  });

  it('never cuts the first sentence of a paragraph, even a spammy-looking one', () => {
    const html = '<p>Sign up for the ferry pass online, the council urged. It costs nothing and takes two minutes, officials said.</p>';
    const out = strip(BEFORE + html + AFTER);
    assert.ok(out.kept.includes('Sign up for the ferry pass online'));
  });
});
