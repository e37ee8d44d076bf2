// Settings problems in the user's language. The validators and the settings store describe
// problems in English (repair notices are stored that way, imports and failed saves list them);
// their wording is a small fixed grammar, read here and rebuilt from _locales messages whose
// English text is that same wording. The regex parser's (re2js) reasons are translated by kind,
// with the pattern fragment it quotes kept as is. A line of any other form is shown unchanged:
// untranslated is better than lost. Pure: the caller passes `t`, so unit tests can use any locale.
export type Translate = (key: string, ...substitutions: string[]) => string;

/** re2js reasons (RE2JS error constants) and their message keys. */
const REGEX_REASONS: Record<string, string> = {
  'invalid character class range': 'regexErrorCharRange',
  'invalid escape sequence': 'regexErrorEscape',
  'invalid named capture': 'regexErrorNamedCapture',
  'invalid or unsupported Perl syntax': 'regexErrorPerlSyntax',
  'invalid nested repetition operator': 'regexErrorNestedRepeat',
  'invalid repeat count': 'regexErrorRepeatCount',
  'missing closing ]': 'regexErrorMissingBracket',
  'missing closing )': 'regexErrorMissingParen',
  'missing argument to repetition operator': 'regexErrorRepeatArgument',
  'trailing backslash at end of expression': 'regexErrorTrailingBackslash',
  'duplicate capture group name': 'regexErrorDuplicateName',
  'unexpected )': 'regexErrorUnexpectedParen',
  'expression nests too deeply': 'regexErrorNesting',
  'expression too large': 'regexErrorTooLarge',
  'invalid capture in lookbehind': 'regexErrorLookbehindCapture',
};

/** The regex parser's reason, e.g. "invalid escape sequence: `\1`". */
export function regexReasonText(reason: string, t: Translate): string {
  const kind = Object.keys(REGEX_REASONS).find((k) => reason === k || reason.startsWith(`${k}: `));
  return kind ? t(REGEX_REASONS[kind]!) + reason.slice(kind.length) : reason;
}

/** Fixed sentences: English wording -> message key. */
const PHRASE_FIXED: Record<string, string> = {
  'is not text': 'problemNotText',
  'is empty': 'problemEmpty',
  'needs the regular-expression engine, which is not loaded': 'problemNoRegexEngine',
};

/** Why one phrase cannot be used (compilePhrase's error, after "phrase N"). */
export function phraseProblemText(error: string, t: Translate): string {
  const pattern = /^is not a supported pattern \((.*)\); backreferences and lookaround are not supported$/s.exec(error);
  if (pattern) return t('optionsPhraseErrorPattern', regexReasonText(pattern[1]!, t));
  const long = /^is (\d+) characters long \(at most (\d+)\)$/.exec(error);
  if (long) return t('optionsPhraseErrorTooLong', long[1]!, long[2]!);
  const flag = /^uses the unsupported flag "(.+)" \(use i, m, s or u\)$/.exec(error);
  if (flag) return t('optionsPhraseErrorFlag', flag[1]!);
  return PHRASE_FIXED[error] ? t(PHRASE_FIXED[error]!) : error;
}

const SITE_FIXED: Record<string, string> = {
  'is not text': 'problemNotText',
  'is empty': 'problemEmpty',
  'is too long to be a web address': 'problemSiteTooLong',
  'must name one site; wildcards are not allowed': 'problemSiteWildcard',
  'is not a web address': 'problemSiteNotAddress',
  'has no valid host name': 'problemSiteHost',
  'is not a plain host name': 'problemSiteNotPlain',
  'needs autoClean and spamFilter as true/false': 'problemSiteSwitches',
};

function siteProblemText(error: string, t: Translate): string {
  const scheme = /^uses (\S+?):, only http and https sites can be cleaned$/.exec(error);
  if (scheme) return t('problemSiteScheme', scheme[1]!);
  return SITE_FIXED[error] ? t(SITE_FIXED[error]!) : error;
}

/** One entry of a list: "phrase 2 …", "site 3 (“x”) …". */
function itemText(item: string, t: Translate): string {
  const phrase = /^phrase (\d+) (.*)$/s.exec(item);
  if (phrase) return `${t('problemPhraseNumber', phrase[1]!)} ${phraseProblemText(phrase[2]!, t)}`;
  const site = /^site (\d+)(?: \(“(.*?)”\))? ((?:is|must|has|uses|needs) .*)$/s.exec(item);
  if (site) {
    const named = site[2] === undefined ? '' : ` (${t('problemQuoted', site[2])})`;
    return `${t('problemSiteNumber', site[1]!)}${named} ${siteProblemText(site[3]!, t)}`;
  }
  return item;
}

/** What is wrong with one setting's value (after "key: "). */
function valueText(detail: string, t: Translate): string {
  const simple: [RegExp, string][] = [
    [/^must be one of (.+)$/, 'problemOneOf'],
    [/^must be true or false$/, 'problemBoolean'],
    [/^must be a number from (\S+) to (\S+)$/, 'problemNumberRange'],
    [/^must be an object$/, 'problemObject'],
    [/^must be a list of phrases$/, 'problemPhraseList'],
    [/^must be a list of sites$/, 'problemSiteList'],
    [/^has (\d+) phrases \(at most (\d+)\)$/, 'problemTooManyPhrases'],
    [/^has (\d+) sites \(at most (\d+)\)$/, 'problemTooManySites'],
  ];
  for (const [form, key] of simple) {
    const m = form.exec(detail);
    if (m) return t(key, ...m.slice(1));
  }
  // appearance: "<field> <what is wrong>"
  const field = /^(theme|font|fontSize|lineWidth|lineHeight) (must .*)$/.exec(detail);
  if (field) return `${field[1]} ${valueText(field[2]!, t)}`;
  // A list: its bad entries, each "phrase N …" or "site N …", joined by "; ".
  if (/^(phrase|site) \d+ /.test(detail)) return detail.split(/; (?=(?:phrase|site) \d+ )/).map((item) => itemText(item, t)).join('; ');
  return detail;
}

/** One problem line ("sites: site 2 (“*”) must name one site; …") in the user's language. */
export function settingsProblemText(line: string, t: Translate): string {
  const whole: [RegExp, string][] = [
    [/^settings: not an object, defaults used$/, 'problemNotAnObject'],
    [/^settings: could not be read \((.*)\), defaults used$/s, 'problemUnreadable'],
    [/^settings: the repaired settings could not be saved \((.*)\)$/s, 'problemRepairNotSaved'],
    [/^version: (\d+) is newer than this Sift \((\d+)\)$/, 'problemNewerVersion'],
    [/^(.+): unknown setting dropped$/s, 'problemUnknownSetting'],
    [/^(\w+): (\d+) of (\d+) parts missing, (\d+) of (\d+) entries read$/, 'problemPartsMissing'],
    [/^(\w+): parts out of step, (\d+) of (\d+) entries read$/, 'problemPartsOutOfStep'],
    [/^The file is (\d+) KB; a settings file is at most (\d+) KB\.$/, 'problemFileTooLarge'],
    [/^The file is not valid JSON \((.*)\)\.$/s, 'problemFileNotJson'],
    [/^The file does not contain Sift settings \(expected a JSON object\)\.$/, 'problemFileNotObject'],
    [/^The file is not a Sift settings file \(format "(.*)"\)\.$/s, 'problemFileFormat'],
    [/^The file contains no Sift settings\.$/, 'problemFileEmpty'],
    [/^Settings could not be saved: (.*)$/s, 'problemSaveFailed'],
  ];
  for (const [form, key] of whole) {
    const m = form.exec(line);
    if (m) return t(key, ...m.slice(1));
  }
  const setting = /^(\w+): (.*?)( \(the other (\d+) kept\))?$/s.exec(line);
  if (!setting) return line;
  const kept = setting[4] ? ` ${t('problemOthersKept', setting[4])}` : '';
  return `${setting[1]}: ${valueText(setting[2]!, t)}${kept}`;
}
