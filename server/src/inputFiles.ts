// Command-line inputs to files: plain files, folders (their article files) and globs (`stories/**/*.article`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findArticleFiles, walkFiles } from './workspaceIndex';

export function expandInputs(inputs: string[], languages: string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const matched = glob(input);
      if (matched.length === 0) errors.push(`${input}: no file matches`);
      files.push(...matched);
      continue;
    }
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = findArticleFiles([input], languages, Infinity);
      if (found.length === 0) errors.push(`${input}: no article files in this folder`);
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return { files: [...new Set(files)], errors };
}

/** A small glob: `*` and `?` within a path segment, `**` across segments. */
export function glob(pattern: string): string[] {
  const normalized = pattern.split(path.sep).join('/');
  const firstWild = normalized.search(/[*?]/);
  const baseEnd = normalized.lastIndexOf('/', firstWild);
  const base = baseEnd < 0 ? '.' : normalized.slice(0, baseEnd) || '/';
  const rest = baseEnd < 0 ? normalized : normalized.slice(baseEnd + 1);
  const regex = new RegExp(
    '^' +
      rest
        .split('/')
        .map((segment) => (segment === '**' ? '(?:[^/]+/)*' : segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '/'))
        .join('')
        .replace(/\/$/, '') +
      '$',
  );
  const found: string[] = [];
  walkFiles(base, (rel) => {
    if (regex.test(rel)) found.push(base === '.' ? rel : path.join(base, rel));
  });
  return found.sort();
}
