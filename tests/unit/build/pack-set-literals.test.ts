// The release bundles' sets of words are spelled as split strings (scripts/pack-set-literals.mjs):
// the set each one makes must be the one the minifier wrote, and nothing else may change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
// @ts-expect-error: a build script, plain JavaScript without types
import { packSetLiterals } from '../../../scripts/pack-set-literals.mjs';

const pack = packSetLiterals as (js: string) => string;
const setOf = (js: string): unknown[] => [...(runInNewContext(js) as Set<unknown>)];

test('a set of words makes the same set, word for word and in order, in fewer bytes', () => {
  const cases = [
    'new Set(["in","en","em","within","binnen","innerhalb"])',
    'new Set(["advertisement","story continues below","ad","publicité","реклама","anzeige"])',
    'new Set(["a b","c|d","e;f","g","h","i","j"])',
  ];
  for (const js of cases) {
    const packed = pack(js);
    assert.ok(packed.length < js.length, packed);
    assert.deepEqual(setOf(packed), setOf(js));
  }
});

test('a set no separator fits, a short one and anything not plain strings are left as written', () => {
  for (const js of [
    'new Set(["a b|c;d~e","f","g","h","i","j","k"])',
    'new Set(["a","b"])',
    'new Set(["a",b,"c","d","e","f","g"])',
    'new Set(["say \\"hi\\"","b","c","d","e","f","g"])',
    'new Set([1,2,3,4,5,6,7,8])',
  ]) assert.equal(pack(js), js);
});

test('the code around a set is untouched', () => {
  const js = 'var x=1;const s=new Set(["one","two","three","four","five","six"]),t=s.has("two");';
  assert.equal(pack(js), 'var x=1;const s=new Set("one two three four five six".split(" ")),t=s.has("two");');
});

test('a list of eight words or more makes the same array; a member key and a short list are left as written', () => {
  const list = '["claim","join","follow","share","download","install","subscribe","donate"]';
  const js = `var l={cta:${list},n:1};l`;
  const packed = pack(js);
  assert.ok(packed.length < js.length, packed);
  assert.equal(JSON.stringify(runInNewContext(packed)), JSON.stringify(runInNewContext(js)));
  for (const kept of ['a["b"]', 'x=["a","b","c"]', `f()${list}`, 'x=["a b|c;d~e","f","g","h","i","j","k","l"]']) assert.equal(pack(kept), kept);
});
