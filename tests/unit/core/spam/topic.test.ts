// Topical coherence: a line is on topic through the words the rest of the article shares with it,
// never through its own words, nor through a copy of itself set elsewhere on the page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon } from '../../../../src/core/spam/lexicon/index.js';
import { ArticleTopic } from '../../../../src/core/spam/topic.js';
import { tokenize } from '../../../../src/core/spam/text.js';
import { parseHTML } from 'linkedom';

const TITLE = 'Council votes to extend the harbour wall after winter floods';
const BODY = 'The council voted on Tuesday to extend the harbour wall by 40 metres. Fishing boats will move to the east basin while the work goes on.';
const PROMO = 'Spin the wheel for a chance at a luxury cruise holiday';

function offTopic(body: string, line: string): number {
  const topic = new ArticleTopic(body, TITLE, lexicon());
  return topic.coherence(topic.stems(tokenize(line).words), line).offTopic;
}

describe('ArticleTopic.coherence', () => {
  it('finds a line that shares nothing with the article off topic', () => {
    assert.equal(offTopic(`${BODY}\n${PROMO}`, PROMO), 1);
  });

  it('finds a line whose words the article uses on topic', () => {
    const line = 'Fishing boats move to the east basin';
    assert.equal(offTopic(`${BODY}\n${line}`, line), 0);
  });

  it('does not let a copy of the line vouch for it (a promo set once alone and once tacked onto a paragraph)', () => {
    assert.equal(offTopic(`${BODY} ${PROMO}\n${PROMO}`, PROMO), 1);
  });

  it('matches the copy however its white space is laid out', () => {
    assert.equal(offTopic(`${BODY}\n${PROMO.replace(/ /g, '\n  ')}\n${PROMO}`, PROMO), 1);
  });

  it('lets a line that recurs three times or more vouch for itself: a listicle heading is the article\'s structure', () => {
    const heading = 'Eat an hour before your workout';
    assert.equal(offTopic(`${BODY}\n${heading}\nOats.\n${heading}\nRice.\n${heading}\nEggs.`, heading), 0);
  });

  it('reads an article given as an element when first asked, or when told it is about to change', () => {
    const extra = 'Ferry timetables change from Monday.';
    const line = 'Ferry timetables for Monday';
    const article = () => parseHTML(`<div><p>${BODY}</p><p>${extra}</p><p>${line}</p></div>`).document.querySelector('div')!;
    const offTopicAfterRemoval = (keep: boolean): number => {
      const el = article();
      const topic = new ArticleTopic(el, TITLE, lexicon());
      if (keep) topic.keepText();
      el.querySelectorAll('p')[1]!.remove();
      return topic.coherence(topic.stems(tokenize(line).words), line).offTopic;
    };
    assert.equal(offTopicAfterRemoval(true), 0);
    assert.equal(offTopicAfterRemoval(false), 1);
  });
});
