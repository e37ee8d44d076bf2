// Minified bundles spell a set of words as `new Set(["a","b",…])` and a list of words as
// `["a","b",…]`: three bytes a word besides the word itself. The release bundles spell each as one
// string split on a character none of its words holds, which makes the same Set or array (the same
// words in the same order) for one byte a word: about 2.7 KB of content.js, whose size has a budget.
// Only literals of plain double-quoted strings, as esbuild writes them, are rewritten, and a list
// only from eight words up where an array literal stands (not `x["key"]`); anything else is left as
// it is.
const SET_LITERAL = /new Set\(\[((?:"[^"\\]*",)*"[^"\\]*")\]\)/g;
const LIST_LITERAL = /(?<![\w$)\]"'`])\[((?:"[^"\\]*",){7,}"[^"\\]*")\]/g;
const SEPARATORS = [' ', '|', ';', '~'];

/** `words` as one string split on a separator none of them holds, or null when none fits. */
function splitString(body) {
  const words = JSON.parse(`[${body}]`);
  const sep = SEPARATORS.find((s) => words.every((w) => !w.includes(s)));
  return sep === undefined ? null : `${JSON.stringify(words.join(sep))}.split(${JSON.stringify(sep)})`;
}

export function packSetLiterals(js) {
  const sets = js.replace(SET_LITERAL, (whole, body) => {
    const split = splitString(body);
    const packed = split && `new Set(${split})`;
    return packed && packed.length < whole.length ? packed : whole;
  });
  return sets.replace(LIST_LITERAL, (whole, body) => {
    const packed = splitString(body);
    return packed && packed.length < whole.length ? packed : whole;
  });
}
