// Every article file of the workspace, analysed in the background, for workspace symbols, references and checks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from './analysis/index';
import { analysedText } from './analysis/markup';
import type { Analysis } from './analysis/types';
import { decodeDocument } from './documentBytes';

export interface IndexedDocument {
  uri: string;
  document: TextDocument;
  analysis: Analysis;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
const EXTENSIONS: Record<string, string> = { '.article': 'news-article', '.news': 'news-article', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'plaintext' };
const MAX_FILES = 20000;

export function languageOfPath(file: string): string | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

/**
 * Calls `visit` with every file under `folder` (its path relative to the folder, with `/`), skipping build, VCS and
 * hidden folders; stops early when `visit` returns false.
 */
export function walkFiles(folder: string, visit: (relative: string, full: string) => boolean | void): void {
  const stack: [string, string][] = [[folder, '']];
  while (stack.length) {
    const [dir, relative] = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      const full = path.join(dir, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) stack.push([full, rel]);
      } else if (entry.isFile() && visit(rel, full) === false) {
        return;
      }
    }
  }
}

/** Article files under the folders, for the languages served, skipping build and VCS folders. */
export function findArticleFiles(folders: string[], languages: string[], maxFileSize: number): string[] {
  const found: string[] = [];
  for (const folder of folders) {
    walkFiles(folder, (_, full) => {
      const language = languageOfPath(full);
      if (!language || !languages.includes(language)) return;
      try {
        if (fs.statSync(full).size <= maxFileSize) found.push(full);
      } catch {
        // unreadable: skipped
      }
      return found.length < MAX_FILES;
    });
  }
  return found.sort();
}

export class WorkspaceIndex {
  private readonly documents = new Map<string, IndexedDocument>();

  constructor(private service: LanguageService) {}

  setService(service: LanguageService): void {
    this.service = service;
  }

  /** Reads and analyses one file; false when it cannot be read or is not text. */
  indexFile(file: string): boolean {
    const uri = pathToFileURL(file).toString();
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      this.documents.delete(uri);
      return false;
    }
    const decoded = decodeDocument(bytes);
    if ('error' in decoded) {
      this.documents.delete(uri);
      return false;
    }
    const language = languageOfPath(file) ?? 'news-article';
    const document = TextDocument.create(uri, language, 0, decoded.text);
    this.documents.set(uri, { uri, document, analysis: this.service.analyze(analysedText(decoded.text, language)) });
    return true;
  }

  /** Indexes the files a few at a time, yielding to requests in between; reports progress as a percentage. */
  async indexAll(files: string[], progress: (done: number, total: number) => void, isCancelled: () => boolean): Promise<void> {
    for (let i = 0; i < files.length; i++) {
      if (isCancelled()) return;
      this.indexFile(files[i]);
      if (i % 10 === 9) {
        progress(i + 1, files.length);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    progress(files.length, files.length);
  }

  set(uri: string, document: TextDocument, analysis: Analysis): void {
    this.documents.set(uri, { uri, document, analysis });
  }

  remove(uri: string): void {
    this.documents.delete(uri);
  }

  removeUnder(folderUri: string): void {
    for (const uri of this.documents.keys()) if (uri.startsWith(folderUri)) this.documents.delete(uri);
  }

  all(): IndexedDocument[] {
    return [...this.documents.values()];
  }

  get size(): number {
    return this.documents.size;
  }
}

export function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
