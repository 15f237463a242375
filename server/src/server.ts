// The language server: wiring only. Documents in, analyses cached per version, features answer from the cache.
import {
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService } from './analysis/index';
import type { Analysis } from './analysis/types';
import { looksBinary } from './documentBytes';
import { diagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { documentSymbols } from './features/symbols';
import { loadBundledKnowledge } from './knowledgeFiles';
import { defaultServerSettings, readSettings, type ServerSettings } from './settings';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const knowledge = loadBundledKnowledge();

let settings: ServerSettings = defaultServerSettings;
let service: LanguageService = makeService();
let hasConfigurationCapability = false;

interface Cached {
  version: number;
  analysis: Analysis | null;
  /** Why the document was not analysed (too large, binary). */
  skipped?: string;
}
const cache = new Map<string, Cached>();
const pending = new Map<string, NodeJS.Timeout>();
const DEBOUNCE_MS = 5;

function makeService(): LanguageService {
  return createLanguageService({ knowledge, settings, log: (message) => connection.console.error(message) });
}

function served(doc: TextDocument): boolean {
  return settings.languages.includes(doc.languageId);
}

/** The analysis of the document's current version, computed on demand. */
function analysisOf(doc: TextDocument): Cached {
  const cached = cache.get(doc.uri);
  if (cached && cached.version === doc.version) return cached;
  const text = doc.getText();
  let entry: Cached;
  if (text.length > settings.maxFileSize) {
    entry = { version: doc.version, analysis: null, skipped: `newslens skips this document: it is ${(text.length / 1048576).toFixed(1)} MB, above the limit of ${(settings.maxFileSize / 1048576).toFixed(1)} MB (setting newslens.maxFileSizeMB).` };
  } else if (looksBinary(text)) {
    entry = { version: doc.version, analysis: null, skipped: 'newslens skips this document: it looks like binary data, not article text.' };
  } else {
    entry = { version: doc.version, analysis: service.analyze(text) };
  }
  cache.set(doc.uri, entry);
  return entry;
}

function publish(doc: TextDocument): void {
  if (!served(doc)) {
    connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    return;
  }
  const { analysis, skipped } = analysisOf(doc);
  let result: Diagnostic[];
  if (skipped) {
    connection.console.info(`${doc.uri}: ${skipped}`);
    result = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'newslens', code: 'document.skipped', message: skipped }];
  } else {
    result = diagnostics(analysis!, doc, settings);
  }
  connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: result });
}

function schedule(doc: TextDocument): void {
  clearTimeout(pending.get(doc.uri));
  pending.set(
    doc.uri,
    setTimeout(() => {
      pending.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) safely('diagnostics', () => publish(current), undefined);
    }, DEBOUNCE_MS),
  );
}

/** A failure inside one feature answers empty for that request and is logged; the server lives on. */
function safely<T>(feature: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    connection.console.error(`newslens: ${feature} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return fallback;
  }
}

function withAnalysis<T>(uri: string, fallback: T, run: (analysis: Analysis, doc: TextDocument) => T, feature: string): T {
  const doc = documents.get(uri);
  if (!doc || !served(doc)) return fallback;
  return safely(feature, () => {
    const { analysis } = analysisOf(doc);
    return analysis ? run(analysis, doc) : fallback;
  }, fallback);
}

async function reloadSettings(): Promise<void> {
  const raw = hasConfigurationCapability ? await connection.workspace.getConfiguration('newslens').catch(() => undefined) : undefined;
  const { settings: next, problems } = readSettings(raw);
  for (const problem of problems) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: problem });
  settings = next;
  service = makeService();
  cache.clear();
  for (const doc of documents.all()) schedule(doc);
}

connection.onInitialize((params): InitializeResult => {
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  const { settings: initial, problems } = readSettings(params.initializationOptions?.settings);
  settings = initial;
  service = makeService();
  for (const problem of problems) connection.console.warn(problem);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'newslens' },
    },
    serverInfo: { name: 'newslens', version: typeof NEWSLENS_VERSION === 'string' ? NEWSLENS_VERSION : 'dev' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' });
    void reloadSettings();
  }
});

connection.onDidChangeConfiguration(() => void reloadSettings());

documents.onDidOpen((e) => schedule(e.document));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover((params) =>
  withAnalysis(params.textDocument.uri, null, (analysis, doc) => hover(analysis, doc, doc.offsetAt(params.position), knowledge.status), 'hover'),
);

connection.onDocumentSymbol((params) => withAnalysis(params.textDocument.uri, [], (analysis, doc) => documentSymbols(analysis, doc), 'documentSymbol'));

declare const NEWSLENS_VERSION: string | undefined;

process.on('uncaughtException', (error) => connection.console.error(`newslens: unexpected error: ${error.stack ?? error.message}`));

documents.listen(connection);
connection.listen();
