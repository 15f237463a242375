// Loads the bundled knowledge base from server/data/ (next to the sources, or next to the bundles in dist/),
// and merges the workspace's own leader files into it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver';
import type { KnowledgeBase, KbCountry, KbPerson } from './analysis/knowledge';

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
  bundled = { status: leaders.status, people: leaders.people, countries: countries.countries };
  return bundled;
}

export interface KnowledgeProblem {
  uri: string;
  range: Range;
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
  const files = userLeaderFiles(folders, extraFiles);
  if (files.length === 0) return { knowledge: base, problems, cleared };
  return { knowledge: base, problems, cleared };
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}
