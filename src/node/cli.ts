// `sift`: clean saved or fetched news pages from the command line.
// Exit status: 0 done, 2 bad usage or unreadable input, 3 no article found. Every failure is one
// line on stderr, never a stack trace.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, readInput } from './cli-input.js';
import { EXTENSIONS, FORMATS, formatArticle, type Format } from './format.js';
import { createProgress } from './progress.js';
import { runInWorkers, workerCount } from './batch.js';
import { describeFailure } from './messages.js';

declare const __SIFT_VERSION__: string;

const EXIT_OK = 0;
const EXIT_USAGE = 2;
const EXIT_NO_ARTICLE = 3;

const USAGE = `Usage: sift clean <file|url|-> [more inputs] [options]

Extracts the article from a news page, removes the spam inserted into it, and prints it with
its attribution (title, byline, site, date, source) and a list of what was removed.

Inputs: an HTML file, an http(s) URL, or - for standard input.

Options:
  --url URL           the page's address, for a file or standard input (resolves links and
                      names the source; a fetched page uses its own URL)
  --format FORMAT     json, html, markdown or text (default: text)
  --out FILE          write to FILE instead of standard output (one input)
  --out-dir DIR       write one file per input into DIR (required for several inputs)
  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 cleaned, 2 bad usage or unreadable input, 3 no article found.`;

class UsageError extends Error {}

interface Options {
  inputs: string[];
  url?: string;
  format: Format;
  out?: string;
  outDir?: string;
}

function parse(argv: string[]): Options | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...inputs] = positionals;
  if (!command) throw new UsageError('missing command (try "sift clean page.html")');
  if (command !== 'clean') throw new UsageError(`unknown command "${command}" (the command is "clean")`);
  if (!inputs.length) throw new UsageError('sift clean needs an input: a file, a URL or - for standard input');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (use ${FORMATS.join(', ')})`);
  if (values.url !== undefined && !/^https?:\/\/[^/]/i.test(values.url)) throw new UsageError(`--url must be an http(s) URL, got "${values.url}"`);
  if (values.url !== undefined && !URL.canParse(values.url)) throw new UsageError(`--url is not a valid URL: "${values.url}"`);
  if (inputs.length > 1 && !values['out-dir']) throw new UsageError(`${inputs.length} inputs need --out-dir DIR (one output file each)`);
  if (inputs.length > 1 && values.url) throw new UsageError('--url names one page; it cannot be used with several inputs');
  if (values.out && values['out-dir']) throw new UsageError('use either --out or --out-dir, not both');
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return { inputs, format, ...(values.url ? { url: values.url } : {}), ...(values.out ? { out: values.out } : {}), ...(values['out-dir'] ? { outDir: values['out-dir'] } : {}) };
}

/** Output file name for an input: its base name (or the URL's last path segment), made unique. */
function outputName(input: string, format: Format, taken: Set<string>): string {
  let stem: string;
  if (/^https?:\/\//i.test(input)) {
    const u = new URL(input);
    stem = u.pathname.split('/').filter(Boolean).pop() ?? u.hostname;
    stem = stem || u.hostname;
  } else stem = input === '-' ? 'stdin' : basename(input);
  stem = stem.replace(extname(stem), '').replace(/[^\w.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'page';
  let name = stem + EXTENSIONS[format];
  for (let i = 2; taken.has(name); i++) name = `${stem}-${i}${EXTENSIONS[format]}`;
  taken.add(name);
  return name;
}

/** Cleans one input; returns the exit status and writes the output or a one-line message. */
async function cleanOne(input: string, opts: Options, write: (text: string) => Promise<void>, fail: (line: string) => void): Promise<number> {
  let page;
  try {
    page = await readInput(input, opts.url);
  } catch (e) {
    if (e instanceof InputError) {
      fail(e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
  // Loaded here, not at start-up: in batch mode the worker threads clean and this thread never does.
  const { cleanHtmlResult } = await import('./index.js');
  const result = cleanHtmlResult(page.html, { url: page.url });
  if (!result.ok) {
    fail(`${page.name}: ${describeFailure(result.code, result.detail)}`);
    return EXIT_NO_ARTICLE;
  }
  await write(formatArticle(result.article, opts.format));
  return EXIT_OK;
}

async function run(opts: Options): Promise<number> {
  const fail = (line: string): void => {
    process.stderr.write(`sift: ${line}\n`);
  };
  if (!opts.outDir) {
    const write = async (text: string): Promise<void> => {
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
    };
    return cleanOne(opts.inputs[0]!, opts, write, fail);
  }
  await mkdir(opts.outDir, { recursive: true });
  const progress = createProgress(opts.inputs.length);
  const taken = new Set<string>();
  let status = EXIT_OK;
  // Unreadable input (2) outranks "no article" (3) in the final status; both outrank success.
  const settle = (code: number): void => {
    if (code === EXIT_USAGE || (code === EXIT_NO_ARTICLE && status === EXIT_OK)) status = code;
  };
  const jobs = opts.inputs.map((input) => ({ input, file: join(opts.outDir!, outputName(input, opts.format, taken)) }));
  // Standard input and --url belong to this process; everything else can go to worker threads.
  const workers = opts.url || opts.inputs.includes('-') ? 0 : workerCount(jobs.length);
  if (workers) {
    await runInWorkers(jobs, opts.format, workers, (job, outcome) => {
      if (outcome.line) progress.log(`sift: ${outcome.line}`);
      settle(outcome.code);
      progress.tick(job.input);
    });
    progress.done();
    return status;
  }
  for (const { input, file } of jobs) {
    settle(await cleanOne(input, opts, (text) => writeFile(file, text), (line) => progress.log(`sift: ${line}`)));
    progress.tick(input);
  }
  progress.done();
  return status;
}

async function main(): Promise<number> {
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`sift: ${e.message}\nTry "sift --help".\n`);
    return EXIT_USAGE;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE + '\n');
    return EXIT_OK;
  }
  if (opts === 'version') {
    process.stdout.write(`sift ${__SIFT_VERSION__}\n`);
    return EXIT_OK;
  }
  try {
    return await run(opts);
  } catch (e) {
    // Write errors (full disk, read-only --out) and the like: still one line, no stack.
    process.stderr.write(`sift: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_USAGE;
  }
}

process.exitCode = await main();
