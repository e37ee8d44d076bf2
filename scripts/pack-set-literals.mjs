// Minified bundles spell a set of words as `new Set(["a","b",…])`: three bytes a word besides the
// word itself. The release bundles spell it as one string split on a character none of its words
// holds, which makes the same Set (the same words in the same order) for one byte a word: about
// 1.2 KB of content.js, whose size has a budget. Only arrays of plain double-quoted strings, as
// esbuild writes them, are rewritten; anything else is left as it is.
const SET_LITERAL = /new Set\(\[((?:"[^"\\]*",)*"[^"\\]*")\]\)/g;
const SEPARATORS = [' ', '|', ';', '~'];

export function packSetLiterals(js) {
  return js.replace(SET_LITERAL, (whole, body) => {
    const words = JSON.parse(`[${body}]`);
    const sep = SEPARATORS.find((s) => words.every((w) => !w.includes(s)));
    if (sep === undefined) return whole;
    const packed = `new Set(${JSON.stringify(words.join(sep))}.split(${JSON.stringify(sep)}))`;
    return packed.length < whole.length ? packed : whole;
  });
}
