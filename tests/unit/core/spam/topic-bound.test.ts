// The detector reads the article for topic only when a line's topic signals could still lift it to
// a removal or to a tail sentence's floor. The bound it uses must hold for every value those
// signals can take, or a line could be kept that the full score would remove.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { topicCanLift } from '../../../../src/core/spam/index.js';
import { FEATURE_NAMES, type Features } from '../../../../src/core/spam/features.js';
import { MODEL, score } from '../../../../src/core/spam/model.js';

const TOPIC = new Set(['offTopic', 'sharesTitle', 'spamWordsOffTopic', 'baitHeadline']);
/** As features.ts sets it: a bait-shaped line the article shares at most a fifth of. */
const BAIT_OFF_TOPIC = 0.8;
const features = fc.record(Object.fromEntries(FEATURE_NAMES.map((n) => [n, TOPIC.has(n) ? fc.constant(0) : fc.double({ min: 0, max: 1, noNaN: true })]))) as fc.Arbitrary<Features>;

test('no topic values score above the bound: a line the question turns away could not reach the floor', () => {
  fc.assert(
    fc.property(features, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.boolean(), fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      (f, scale, factor, offTopic, sharesTitle, baitShaped, floor) => {
        const bait = baitShaped && offTopic * scale >= BAIT_OFF_TOPIC ? 1 : 0;
        const full: Features = { ...f, offTopic: offTopic * scale, sharesTitle: sharesTitle ? 1 : 0, spamWordsOffTopic: factor * offTopic * scale, baitHeadline: bait };
        if (!topicCanLift(floor)(f, scale, factor, baitShaped && scale >= BAIT_OFF_TOPIC)) assert.ok(score(full).probability < floor, `p=${score(full).probability} floor=${floor}`);
      }),
    { numRuns: 5000 },
  );
});

test('the bound is reached: a line with the most lifting topic values is never turned away', () => {
  const w = MODEL.weights;
  fc.assert(
    fc.property(features, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (f, scale, factor, baitShaped, floor) => {
      const canBait = baitShaped && scale >= BAIT_OFF_TOPIC && w.baitHeadline > 0;
      // Off-topic enough to be bait lifts more than the bare offTopic weight may lower.
      const off = w.offTopic + w.spamWordsOffTopic * factor > 0 || canBait ? scale : 0;
      const best: Features = { ...f, offTopic: off, sharesTitle: w.sharesTitle > 0 ? 1 : 0, spamWordsOffTopic: factor * off, baitHeadline: canBait ? 1 : 0 };
      if (score(best).probability >= floor + 1e-9) assert.ok(topicCanLift(floor)(f, scale, factor, baitShaped && scale >= BAIT_OFF_TOPIC));
    }),
    { numRuns: 5000 },
  );
});
