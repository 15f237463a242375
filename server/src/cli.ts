// The command line: the same core as the language server, for newsroom CI and corpus annotation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isValidIsoDate } from './analysis/article';
import { createLanguageService, type LanguageService } from './analysis/index';
import { officeAsOf } from './analysis/leaders';
import { toResult } from './analysis/result';
import type { KnowledgeBase } from './analysis/knowledge';
import type { Analysis, Finding } from './analysis/types';
import { decodeDocument } from './documentBytes';
import { loadBundledKnowledge, loadKnowledge } from './knowledgeFiles';
import { expandInputs } from './inputFiles';
import { languageOfPath } from './workspaceIndex';
import { analysedText } from './analysis/markup';
import { lineColumn } from './lineColumn';
import { toSarif } from './sarif';
import { applySeverities } from './analysis/severity';
import { readSettings, type ServerSettings } from './settings';

const USAGE = `Usage: newslens <command> [options] FILE|FOLDER|GLOB...

Commands:
  annotate ...         print the dates, leaders and quotes found in each article
  check ...            like annotate, but exit with 1 when any warning or error is found

Folders are searched for *.article and *.news files; quote globs ('stories/**/*.article') to let newslens expand them.

Options:
  --format text|json|jsonl|sarif
                             text (default): one line per finding, then a summary
                             json: one result per file, as a JSON array
                             jsonl: read {"id","text","referenceDate"?} lines from stdin, write one result per line
                             sarif: SARIF 2.1.0 for code-scanning dashboards
  --reference-date YYYY-MM-DD  resolve relative dates against this date instead of the front matter's
  --numeric-order month-first|day-first  how to read 03/07/2025 (default: the config file's, else month-first)
  --doubled-apostrophes      read ''…'' as double quotation marks (newspaper archive copy)
  --config FILE              settings file (default: .newslens/config.json in this folder or a parent, whose
                             .newslens/leaders.json and leaders.files add the newsroom's people)
  -h, --help                 show this help
  -v, --version              show the version`;

type Format = 'text' | 'json' | 'jsonl' | 'sarif';
const FORMATS: Format[] = ['text', 'json', 'jsonl', 'sarif'];

interface Options {
  command: 'annotate' | 'check';
  format: Format;
  referenceDate: string | null;
  numericOrder: 'month-first' | 'day-first' | null;
  doubledApostrophes: boolean;
  config: string | null;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('-v') || argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('no command given (expected annotate or check)');
  if (command !== 'annotate' && command !== 'check') throw new UsageError(`unknown command '${command}' (expected annotate or check)`);
  const options: Options = { command, format: 'text', referenceDate: null, numericOrder: null, doubledApostrophes: false, config: null, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (!FORMATS.includes(v as Format)) throw new UsageError(`--format must be text, json, jsonl or sarif, not '${v}'`);
      options.format = v as Format;
    } else if (flag === '--reference-date') {
      const v = value();
      if (!isValidIsoDate(v)) throw new UsageError(`--reference-date must be a date written YYYY-MM-DD, not '${v}'`);
      options.referenceDate = v;
    } else if (flag === '--numeric-order') {
      const v = value();
      if (v !== 'month-first' && v !== 'day-first') throw new UsageError(`--numeric-order must be month-first or day-first, not '${v}'`);
      options.numericOrder = v;
    } else if (flag === '--doubled-apostrophes') {
      if (inline !== undefined) throw new UsageError('--doubled-apostrophes takes no value');
      options.doubledApostrophes = true;
    } else if (flag === '--config') {
      options.config = value();
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option '${flag}'`);
    } else {
      options.files.push(arg);
    }
  }
  if (options.format === 'jsonl' && options.files.length > 0) throw new UsageError('--format jsonl reads documents from standard input; give no FILE');
  if (options.format !== 'jsonl' && options.files.length === 0) throw new UsageError(`${command} needs at least one FILE`);
  return options;
}

function hasProblems(analysis: Analysis): boolean {
  return analysis.findings.some((f) => f.severity === 'error' || f.severity === 'warning');
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (parsed === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    options = parsed;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`newslens: ${error.message} (see newslens --help)\n`);
      return 2;
    }
    throw error;
  }

  const project = options.config ? folderOfConfig(options.config) : projectFolder();
  const settings = loadConfig(options.config ?? existing(project && path.join(project, '.newslens', 'config.json')));
  if (settings === null) return 2;
  if (options.numericOrder) settings.numericOrder = options.numericOrder;
  if (options.doubledApostrophes) settings.doubledApostrophes = true;
  const service = createLanguageService({
    knowledge: project ? projectKnowledge(project, settings.leaderFiles) : loadBundledKnowledge(),
    settings,
    log: (message) => process.stderr.write(message + '\n'),
  });
  const configured = (analysis: Analysis): Analysis => ({ ...analysis, findings: applySeverities(analysis.findings, settings) });

  if (options.format === 'jsonl') return annotateJsonLines(service, options, configured);

  const { files, errors } = expandInputs(options.files, settings.languages.includes('news-article') ? settings.languages : ['news-article', ...settings.languages]);
  for (const error of errors) process.stderr.write(`newslens: ${error}\n`);
  let failed = errors.length > 0;
  let problems = false;
  const analysed: { file: string; analysis: Analysis }[] = [];
  for (const file of files) {
    const text = readArticle(file);
    if (text === null) {
      failed = true;
      continue;
    }
    const analysis = configured(service.analyze(analysedText(text, languageOfPath(file)), { referenceDate: options.referenceDate }));
    problems ||= hasProblems(analysis);
    analysed.push({ file, analysis });
  }
  if (options.format === 'json') process.stdout.write(JSON.stringify(analysed.map(({ file, analysis }) => toResult(analysis, { file })), null, 2) + '\n');
  else if (options.format === 'sarif') process.stdout.write(JSON.stringify(toSarif(analysed, VERSION), null, 2) + '\n');
  else if (analysed.length) process.stdout.write(analysed.map(({ file, analysis }) => textReport(file, analysis)).join('\n'));
  if (failed) return 2;
  return options.command === 'check' && problems ? 1 : 0;
}

function readArticle(file: string): string | null {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).isDirectory()) {
      process.stderr.write(`newslens: ${file}: is a directory\n`);
      return null;
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`newslens: ${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code ?? String(error)})\n`);
    return null;
  }
  const decoded = decodeDocument(bytes);
  if ('error' in decoded) {
    process.stderr.write(`newslens: ${file}: ${decoded.error}\n`);
    return null;
  }
  return decoded.text;
}

/** The project: the working folder or its nearest parent with a `.newslens` folder (settings, the newsroom's people). */
function projectFolder(): string | null {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.newslens'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** The project of a settings file given with --config: the folder holding its `.newslens`, else its own folder. */
function folderOfConfig(file: string): string {
  const dir = path.dirname(path.resolve(file));
  return path.basename(dir) === '.newslens' ? path.dirname(dir) : dir;
}

function existing(file: string | null): string | null {
  return file && fs.existsSync(file) ? file : null;
}

/** The bundled knowledge base with the project's `.newslens/leaders.json` and `leaders.files`; their problems on stderr. */
function projectKnowledge(project: string, leaderFiles: string[]): KnowledgeBase {
  const { knowledge, problems } = loadKnowledge([project], leaderFiles);
  for (const p of problems) process.stderr.write(`newslens: ${fileURLToPath(p.uri)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity}: ${p.message}\n`);
  return knowledge;
}

/** The settings file (--config, or the project's `.newslens/config.json`). Null after an error. */
function loadConfig(file: string | null): ServerSettings | null {
  if (!file) return readSettings(undefined).settings;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    process.stderr.write(`newslens: ${file}: ${reason}\n`);
    return null;
  }
  const { settings, problems } = readSettings(raw);
  for (const problem of problems) process.stderr.write(`newslens: ${file}: ${problem}\n`);
  return settings;
}

async function annotateJsonLines(service: LanguageService, options: Options, configured: (a: Analysis) => Analysis): Promise<number> {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let failed = false;
  let problems = false;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown; referenceDate?: unknown };
    try {
      doc = JSON.parse(line);
    } catch {
      process.stderr.write(`newslens: stdin line ${lineNumber}: not valid JSON\n`);
      failed = true;
      continue;
    }
    if (typeof doc !== 'object' || doc === null || typeof doc.text !== 'string') {
      process.stderr.write(`newslens: stdin line ${lineNumber}: expected an object with a string "text"\n`);
      failed = true;
      continue;
    }
    const id = doc.id === undefined ? String(lineNumber) : String(doc.id);
    let referenceDate = options.referenceDate;
    if (!referenceDate && doc.referenceDate !== undefined && doc.referenceDate !== null) {
      const given = String(doc.referenceDate).slice(0, 10);
      if (isValidIsoDate(given)) referenceDate = given;
      else process.stderr.write(`newslens: stdin line ${lineNumber}: referenceDate '${String(doc.referenceDate)}' is not YYYY-MM-DD; ignored\n`);
    }
    const analysis = configured(service.analyze(doc.text, { referenceDate }));
    problems ||= hasProblems(analysis);
    process.stdout.write(JSON.stringify(toResult(analysis, { id })) + '\n');
  }
  if (failed) return 2;
  return options.command === 'check' && problems ? 1 : 0;
}

function textReport(file: string, analysis: Analysis): string {
  const { text } = analysis.article;
  const out: string[] = [];
  for (const f of analysis.findings) {
    const { line, column } = lineColumn(text, f.start);
    out.push(`${file}:${line + 1}:${column + 1} ${f.severity} ${f.code} ${oneLine(f)}`);
  }
  const problems = analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
  out.push(`${file}: reference date ${analysis.article.referenceDate ?? 'unknown'}${analysis.article.referenceDateSource ? ` (${analysis.article.referenceDateSource})` : ''}`);
  out.push(`  dates (${analysis.dates.length}): ${analysis.dates.map((d) => `${d.text} = ${d.value || '?'}`).join('; ') || 'none'}`);
  out.push(`  leaders (${analysis.leaders.length}): ${analysis.leaders.map((l) => `${l.name} (${officeAsOf(l, analysis.article.referenceDate) || 'office unknown'}, ${l.mentions.length} mention${l.mentions.length === 1 ? '' : 's'})`).join('; ') || 'none'}`);
  const unattributed = analysis.quotes.filter((q) => q.kind !== 'scare' && !q.speaker).length;
  out.push(`  quotes (${analysis.quotes.length}${unattributed ? `, ${unattributed} unattributed` : ''}): ${analysis.quotes.map((q) => `${q.speaker?.name ?? q.speaker?.text ?? '?'}: ${truncate(q.text, 40)}`).join('; ') || 'none'}`);
  out.push(`  ${problems} problem${problems === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
}

function oneLine(f: Finding): string {
  return f.message.replace(/\s*\n\s*/g, ' ');
}

/** The text on one line, cut to n characters: a quotation over paragraphs keeps the summary one line per kind. */
function truncate(s: string, n: number): string {
  const line = s.replace(/\s+/g, ' ');
  return line.length > n ? line.slice(0, n - 1) + '…' : line;
}

declare const NEWSLENS_VERSION: string | undefined;
const VERSION = typeof NEWSLENS_VERSION === 'string' ? NEWSLENS_VERSION : 'dev';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`newslens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
