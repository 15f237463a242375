// Loads the bundled knowledge base from server/data/ (next to the sources, or next to the bundles in dist/),
// and merges the workspace's own leader files into it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver';
import type { KnowledgeBase, KbCountry, KbPerson } from './analysis/knowledge';
import { mergeKnowledge, parseUserLeaders } from './analysis/userLeaders';
import type { Severity } from './analysis/types';
import { lineColumn, lineStarts } from './lineColumn';

function dataDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'data'), path.resolve(__dirname, '..', 'server', 'data')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'leaders.json')));
  if (!found) throw new Error(`newslens: knowledge base not found (looked in ${candidates.join(', ')})`);
  return found;
}

let bundled: KnowledgeBase | undefined;

export function loadBundledKnowledge(): KnowledgeBase {
  if (bundled) return bundled;
  const dir = dataDir();
  const leaders = JSON.parse(fs.readFileSync(path.join(dir, 'leaders.json'), 'utf8')) as { status: string; people: KbPerson[] };
  const countries = JSON.parse(fs.readFileSync(path.join(dir, 'countries.json'), 'utf8')) as { countries: KbCountry[] };
  const givenNamesFile = path.join(dir, 'given-names.json');
  const given = fs.existsSync(givenNamesFile) ? (JSON.parse(fs.readFileSync(givenNamesFile, 'utf8')) as { names: string[]; female?: string[]; male?: string[] }) : { names: [] };
  bundled = { status: leaders.status, people: leaders.people, countries: countries.countries, givenNames: given.names, femaleGivenNames: given.female, maleGivenNames: given.male };
  return bundled;
}

export interface KnowledgeProblem {
  uri: string;
  range: Range;
  severity: Severity;
  message: string;
}

export interface KnowledgeLoad {
  knowledge: KnowledgeBase;
  problems: KnowledgeProblem[];
  /** User files that were read without problems (their old diagnostics can be cleared). */
  cleared: string[];
}

/** The workspace's `.newslens/leaders.json` files and the files named by `newslens.leaders.files`. */
export function userLeaderFiles(folders: string[], extraFiles: string[]): string[] {
  const files = folders.map((f) => path.join(f, '.newslens', 'leaders.json'));
  for (const extra of extraFiles) {
    if (path.isAbsolute(extra)) files.push(extra);
    else files.push(...folders.map((f) => path.join(f, extra)));
  }
  return [...new Set(files)].filter((f) => fs.existsSync(f));
}

export function loadKnowledge(folders: string[], extraFiles: string[]): KnowledgeLoad {
  const base = loadBundledKnowledge();
  const problems: KnowledgeProblem[] = [];
  const cleared: string[] = [];
  const additions: KbPerson[] = [];
  const countries = base.countries.map((c) => c.code);
  for (const file of userLeaderFiles(folders, extraFiles)) {
    const uri = fileUri(file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'error', message: `Cannot read this leaders file (${(error as NodeJS.ErrnoException).code ?? String(error)}).` });
      continue;
    }
    const { people, findings } = parseUserLeaders(text, { countries });
    additions.push(...people);
    const starts = lineStarts(text);
    const position = (offset: number) => {
      const { line, column } = lineColumn(text, offset, starts);
      return { line, character: column };
    };
    for (const f of findings) problems.push({ uri, range: { start: position(f.start), end: position(f.end) }, severity: f.severity, message: f.message });
    if (findings.length === 0) cleared.push(uri);
  }
  return { knowledge: mergeKnowledge(base, additions), problems, cleared };
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}
