// Fits the word weights of the detector's learned wording signal (src/core/spam/wording.ts) and
// writes src/core/spam/wording.json (data and method: scripts/spam/wording-data.ts):
//
//   node --import tsx scripts/fit-wording.ts [--train 1-73] [--holdout 78,79] [--check-only]
//
// --holdout batches are left out and reported: spam lines caught and look-alikes taken at several
// levels of the signal. Every tenth news paragraph is kept apart and reported the same way.
// After a refit, refit the detector's weights too (npm run fit:spam).
import fs from 'node:fs';
import path from 'node:path';
import { useWordingModel, type WordingModel, wordingLogit } from '../src/core/spam/wording.js';
import { batchList, DEV_SET, devLines, fitWording, newsParagraphs, probeLines, trainingLines, withLastSentence, wordsOf } from './spam/wording-data.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i]!;
  if (a.startsWith('--')) args.set(a.slice(2), process.argv[i + 1]?.startsWith('--') === false ? process.argv[++i]! : 'true');
}
const trainBatches = batchList(args.get('train') ?? '1-73');
const holdout = args.has('holdout') ? batchList(args.get('holdout')!) : [];
const out = path.resolve('src/core/spam/wording.json');

function report(name: string, model: WordingModel, spam: readonly string[], genuine: readonly string[]): void {
  useWordingModel(model);
  const p = (text: string): number => 1 / (1 + Math.exp(-wordingLogit(wordsOf(text))));
  const at = (t: number): string => {
    const caught = spam.filter((s) => p(s) >= t).length;
    const wrong = genuine.filter((s) => p(s) >= t).length;
    return `≥${t}: spam ${(caught / Math.max(1, spam.length)).toFixed(3)}, genuine ${(wrong / Math.max(1, genuine.length)).toFixed(3)}`;
  };
  console.log(`${name} (${spam.length} spam, ${genuine.length} genuine): ${[0.5, 0.8, 0.9, 0.95].map(at).join(' | ')}`);
}

const news = newsParagraphs();
const newsCheck = news.filter((_, i) => i % 10 === 0);
const lines = await trainingLines(trainBatches, news.filter((_, i) => i % 10 !== 0), devLines(DEV_SET));
console.log(`training on batches ${trainBatches.join(',')} and the dev set: ${lines.filter((l) => l.y).length} spam lines, ${lines.filter((l) => !l.y).length} genuine`);
const model = fitWording(lines);
const count = (groups: Record<string, string>): number => Object.values(groups).reduce((a, g) => a + g.split(' ').length, 0);
console.log(`${count(model.words)} words, ${count(model.first)} first words`);
const train = await Promise.all(trainBatches.map(probeLines));
report('training lines', model, train.flatMap((b) => b.spam), train.flatMap((b) => b.genuine));
report('news paragraphs kept apart', model, [], newsCheck.flatMap(withLastSentence));
for (const b of holdout) {
  const h = await probeLines(b);
  report(`held-out batch ${b}`, model, h.spam, h.genuine);
}
if (!args.has('check-only')) {
  fs.writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
