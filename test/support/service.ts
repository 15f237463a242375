// One language service over the bundled knowledge base, and documents for features that need positions.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService, type Settings } from '../../server/src/analysis/index';
import type { Analysis } from '../../server/src/analysis/types';
import { bundledKnowledge } from './knowledge';

let service: LanguageService | undefined;

export function analyze(text: string, settings?: Partial<Settings>): Analysis {
  if (settings) return createLanguageService({ knowledge: bundledKnowledge(), settings }).analyze(text);
  return (service ??= createLanguageService({ knowledge: bundledKnowledge() })).analyze(text);
}

export function document(text: string, uri = 'file:///test.article'): TextDocument {
  return TextDocument.create(uri, 'news-article', 1, text);
}
