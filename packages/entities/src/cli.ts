/**
 * `security-briefings <command> ...`: a small dispatcher. A command is a name, a one-line usage
 * and a handler; adding one (such as `export`) is an entry in COMMANDS.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { extractBriefing } from './extraction';
import { EXPORT_FORMAT_VALUES, isExportFormat } from './exports/format-table';
import type { BriefingRecord } from './briefing';

/** A mistake in how the command was called: printed without a stack trace, exit code 2. */
class UsageError extends Error {
  override name = 'UsageError';
}

interface Command {
  usage: string;
  run(args: string[]): void | Promise<void>;
}

/** Splits `--name value` and `--name=value` options from positional arguments. */
function parseArgs(args: string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) options.set(arg.slice(2, eq), arg.slice(eq + 1));
      else {
        const value = args[i + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
        options.set(arg.slice(2), value);
        i++;
      }
    } else positional.push(arg);
  }
  return { positional, options };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`No such file: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a directory, not an article.`);
    throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

const COMMANDS: Record<string, Command> = {
  extract: {
    usage: 'extract <file|-> --published-at YYYY-MM-DD [--outlet NAME] [--url URL]   print the briefing draft of an article as JSON',
    run(args) {
      const { positional, options } = parseArgs(args);
      const file = positional[0];
      if (!file || positional.length > 1) throw new UsageError('Give one article file, or - for standard input.');
      const publishedAt = options.get('published-at');
      if (!publishedAt) throw new UsageError('Give the publication date: --published-at YYYY-MM-DD.');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(publishedAt) || Number.isNaN(Date.parse(`${publishedAt}T00:00:00Z`))) {
        throw new UsageError(`--published-at must be a real date written YYYY-MM-DD, not “${publishedAt}”.`);
      }
      let draft;
      try {
        // The outlet and address of the article, when given, make its first source suggestion.
        const outlet = options.has('outlet') || options.has('url') ? { name: options.get('outlet'), url: options.get('url') } : undefined;
        draft = extractBriefing(readInput(file), { publishedAt, outlet });
      } catch (error) {
        if ((error as Error).name === 'ExtractionError') throw new UsageError((error as Error).message);
        throw error;
      }
      process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
    },
  },
  export: {
    usage: `export <file|-> --format ${EXPORT_FORMAT_VALUES.join('|')} [--audience public|partner]   export briefing records (JSON, one or an array)`,
    async run(args) {
      const { positional, options } = parseArgs(args);
      const file = positional[0];
      if (!file || positional.length > 1) throw new UsageError('Give one JSON file of briefing records, or - for standard input.');
      const format = options.get('format');
      if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMAT_VALUES.join(', ')}.`);
      const audience = options.get('audience') ?? 'public';
      if (audience !== 'public' && audience !== 'partner') throw new UsageError('--audience must be public or partner.');
      let records: BriefingRecord[];
      try {
        const parsed = JSON.parse(readInput(file));
        // Accept a record, an array of records, or an API response ({ data }).
        const data = parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed;
        records = Array.isArray(data) ? data : [data];
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
      }
      // The exporters (and their schemas) load only here, so `extract` starts without them.
      const { writeExport, ExportRefusedError } = await import('./exports');
      try {
        for await (const chunk of writeExport(records, format, { audience })) process.stdout.write(chunk);
      } catch (error) {
        if (error instanceof ExportRefusedError) throw new UsageError(error.message);
        throw error;
      }
    },
  },
};

function usage(): string {
  return ['Usage: security-briefings <command>', '', ...Object.values(COMMANDS).map((c) => `  security-briefings ${c.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  // This process only (a host of the library keeps its own flags): V8 compiles each regular expression to machine
  // code on first use, not to bytecode first and again once it has run. The extractor runs a few hundred large
  // expressions once per command; compiling each once took the cold start from about 0.80 s to 0.56 s.
  setFlagsFromString('--no-regexp-tier-up');
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`security-briefings: unknown command “${name}”.\n${usage()}\n`);
    return 2;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`security-briefings ${name}: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`security-briefings ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
