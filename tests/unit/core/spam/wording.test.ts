// The learned wording signal (wording.ts): what it reads, what it leaves out, and how the detector
// uses it. The weights are fitted (scripts/fit-wording.ts), so the checks compare lines rather than
// pin numbers: a refit that stops telling selling words from news prose fails them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../../src/core/spam/text.js';
import { sellingWords, useWordingModel, wordingLogit, wordingScore } from '../../../../src/core/spam/wording.js';
import { featuresIn } from './helpers.js';

const words = (text: string): string[] => tokenize(text).words;

/** The wording feature of `line` as the detector reads it in the harbour story. */
const wordingIn = (line: string): number => featuresIn(line).wording;

describe('wording signal', () => {
  it('reads an insertion\'s words above news prose, in each language it learned', () => {
    const pairs: Array<[string, string]> = [
      ['Subscribe today for unlimited access to every story, cancel anytime', 'The council said the harbour wall would be repaired by March.'],
      ['Suscríbete y recibe cada mañana nuestro boletín en tu correo', 'El ayuntamiento aprobó el martes el presupuesto del puerto.'],
      ['Abonnez-vous à notre lettre et recevez chaque matin l’essentiel', 'Le conseil municipal a voté mardi le budget du port.'],
      ['Jetzt abonnieren und unseren Newsletter jeden Morgen erhalten', 'Der Stadtrat hat am Dienstag den Hafenhaushalt beschlossen.'],
    ];
    for (const [insertion, news] of pairs) {
      assert.ok(wordingScore(words(insertion)) > 0.3, `too low: ${insertion} (${wordingLogit(words(insertion)).toFixed(2)})`);
      assert.equal(wordingScore(words(news)), 0, `not 0: ${news} (${wordingLogit(words(news)).toFixed(2)})`);
    }
  });

  it('leaves quoted speech out: a report quoting an advert reads as the report', () => {
    const own = 'Subscribe today for unlimited access to every story, cancel anytime';
    assert.ok(wordingIn(own) > 0.3);
    assert.equal(wordingIn(`The advert read “${own}”, the regulator said.`), 0);
  });

  it('does not read a line written in another script', () => {
    // Learned from Latin-script languages: the English words of a Japanese sentence are not a reading of it.
    assert.equal(wordingIn('「脱獄」とは、iPhoneのiOSを改造して、App Storeにない非公式アプリを利用できるようにすることだ。'), 0);
    assert.ok(wordingScore(words('Download our free app from the App Store')) > 0);
  });

  it('names the heaviest selling words of a line, for the ledger', () => {
    const named = sellingWords(words('Subscribe today for unlimited access to every story, cancel anytime'));
    assert.ok(named.length > 0 && named.length <= 2);
    for (const w of named) assert.ok(wordingLogit([w]) > wordingLogit([]), w);
  });

  it('reads with another model when the weight fit asks, and with the fitted one again after', () => {
    const fitted = wordingLogit(['harbour']);
    useWordingModel({ bias: -1, words: { '2.5': 'harbour quay' }, first: { '0.5': 'harbour' } });
    try {
      assert.equal(wordingLogit(['harbour', 'harbour', 'wall']), 4.5);
      assert.equal(wordingLogit(['wall', 'quay']), 1.5);
    } finally {
      useWordingModel(null);
    }
    assert.equal(wordingLogit(['harbour']), fitted);
  });
});
