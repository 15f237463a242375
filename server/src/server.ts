// The language server: wiring only. Documents in, analyses cached per version, features answer from the cache.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setPublicationDateEdit } from './analysis/frontMatterEdit';
import { settle } from './analysis/incremental';
import { createLanguageService, type LanguageService } from './analysis/index';
import { analysedText } from './analysis/markup';
import { toResult } from './analysis/result';
import type { Analysis, Finding } from './analysis/types';
import { looksBinary } from './documentBytes';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { definition } from './features/definition';
import { diagnostics, LSP_SEVERITY } from './features/diagnostics';
import { documentHighlights } from './features/highlights';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { toRange } from './features/positions';
import { references } from './features/references';
import { prepareRename, rename } from './features/rename';
import { articleReport } from './features/report';
import { semanticTokens, semanticTokensLegend } from './features/semanticTokens';
import { documentSymbols } from './features/symbols';
import { workspaceSymbols, type SymbolSource } from './features/workspaceSymbols';
import { loadKnowledge, type KnowledgeLoad } from './knowledgeFiles';
import { defaultServerSettings, readSettings, type ServerSettings } from './settings';
import { WholePasses } from './wholePasses';
import { findArticleFiles, languageOfPath, uriToPath, WorkspaceIndex } from './workspaceIndex';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let settings: ServerSettings = defaultServerSettings;
/** LSP diagnostics per finding object, for the current settings (see features/diagnostics.ts). */
let diagnosticMemo = new WeakMap<Finding, Diagnostic>();
let workspaceFolders: string[] = [];
let knowledge: KnowledgeLoad = loadKnowledge([], []);
/** The whole passes of long documents after edits, off this thread; and the documents with one running. */
const wholePasses = new WholePasses(path.join(__dirname, 'analysisWorker.js'), (message) => connection.console.error(message));
const wholePassRunning = new Map<string, AbortController>();
let service: LanguageService = configuredService();
const workspace = new WorkspaceIndex(service);
let hasConfigurationCapability = false;
let hasWorkspaceFolderCapability = false;
let indexing = 0;

interface Cached {
  version: number;
  analysis: Analysis | null;
  /** Why the document was not analysed (too large, binary). */
  skipped?: string;
  /** Built from the edited paragraphs only; a whole pass follows. */
  partial?: boolean;
}
const cache = new Map<string, Cached>();
const pending = new Map<string, NodeJS.Timeout>();
/** Documents whose quick pass is queued (setImmediate: after the edits already received, without a timer's delay). */
const quickPending = new Set<string>();
const DEBOUNCE_MS = 5;
/**
 * Long documents are re-analysed paragraph-wise on each edit, and as a whole once typing pauses for 300 ms or twice
 * the last whole pass of that document, whichever is longer: a pass that takes a second waits for a real pause.
 */
const INCREMENTAL_MIN_LENGTH = 32 * 1024;
const WHOLE_PASS_DELAY_MS = 300;
const wholePassMs = new Map<string, number>();

/** The analysis service for the current knowledge and settings; the worker that runs whole passes is set up the same way. */
function configuredService(): LanguageService {
  wholePasses.configure({ knowledge: knowledge.knowledge, settings });
  return createLanguageService({ knowledge: knowledge.knowledge, settings, log: (message) => connection.console.error(message) });
}

function served(doc: TextDocument): boolean {
  return settings.languages.includes(doc.languageId);
}

/** The analysis of the document's current version, computed on demand. */
function analysisOf(doc: TextDocument): Cached {
  const cached = cache.get(doc.uri);
  if (cached && cached.version === doc.version) return cached;
  const raw = doc.getText();
  let entry: Cached;
  if (raw.length > settings.maxFileSize) {
    entry = { version: doc.version, analysis: null, skipped: `newslens skips this document: it is ${(raw.length / 1048576).toFixed(1)} MB, above the limit of ${(settings.maxFileSize / 1048576).toFixed(1)} MB (setting newslens.maxFileSizeMB).` };
  } else if (looksBinary(raw)) {
    entry = { version: doc.version, analysis: null, skipped: 'newslens skips this document: it looks like binary data, not article text.' };
  } else {
    const text = analysedText(raw, doc.languageId);
    // A long document that was analysed before is re-analysed around the edit only; a whole pass follows.
    const previous = text.length >= INCREMENTAL_MIN_LENGTH ? cached?.analysis : null;
    const quick = previous ? safely('incremental analysis', () => service.reanalyze(previous, text), null) : null;
    if (quick) entry = { version: doc.version, analysis: quick, partial: true };
    else {
      const started = performance.now();
      entry = { version: doc.version, analysis: service.analyze(text) };
      wholePassMs.set(doc.uri, performance.now() - started);
      if (text.length >= INCREMENTAL_MIN_LENGTH) rehearseQuickPass(text, entry.analysis!);
    }
  }
  cache.set(doc.uri, entry);
  return entry;
}

let quickPassRehearsed = false;

/**
 * Once per process, after the first whole pass of a long document: three quick passes over made-up one-character
 * edits of it, each in its own turn of the event loop, results dropped. The first real edits then find the quick
 * pass compiled (they took 25–45 ms instead of 10–15 ms in the latency bench).
 */
function rehearseQuickPass(text: string, analysis: Analysis): void {
  if (quickPassRehearsed) return;
  quickPassRehearsed = true;
  let round = 0;
  const next = () => {
    if (round === 3) return;
    round++;
    const at = Math.floor((text.length * round) / 4);
    safely('quick pass rehearsal', () => {
      const quick = service.reanalyze(analysis, text.slice(0, at) + ' ' + text.slice(at));
      if (quick) settle(quick);
    }, undefined);
    setImmediate(next);
  };
  setImmediate(next);
}

function knowledgeDiagnostics(uri: string): Diagnostic[] {
  return knowledge.problems
    .filter((p) => p.uri === uri)
    .map((p) => ({ range: p.range, severity: LSP_SEVERITY[p.severity], source: 'newslens', code: 'leaders-file.invalid', message: p.message }));
}

function publish(doc: TextDocument): void {
  if (doc.uri.endsWith('/.newslens/leaders.json') || knowledge.problems.some((p) => p.uri === doc.uri)) {
    connection.sendDiagnostics({ uri: doc.uri, diagnostics: knowledgeDiagnostics(doc.uri) });
    return;
  }
  if (!served(doc)) {
    connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    return;
  }
  const { analysis, skipped, partial } = analysisOf(doc);
  if (analysis) workspace.set(doc.uri, doc, analysis);
  let result: Diagnostic[];
  if (skipped) {
    connection.console.info(`${doc.uri}: ${skipped}`);
    result = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'newslens', code: 'document.skipped', message: skipped }];
  } else {
    result = diagnostics(analysis!, doc, settings, diagnosticMemo);
  }
  const written = connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: result });
  if (!analysis) return;
  const sendStatus = () => void connection.sendNotification('newslens/status', statusOf(doc.uri, analysis));
  // After a quick pass the diagnostics are written out first (a large list takes many turns of the event loop); then
  // the rest of the analysis is built and the status follows.
  const finish = () => {
    settle(analysis);
    sendStatus();
  };
  if (partial) void written.then(finish, finish);
  else sendStatus();
}

function statusOf(uri: string, analysis: Analysis) {
  const statements = analysis.quotes.filter((q) => q.kind !== 'scare');
  return {
    uri,
    referenceDate: analysis.article.referenceDate,
    referenceDateSource: analysis.article.referenceDateSource,
    leaders: analysis.leaders.length,
    dates: analysis.dates.length,
    quotes: statements.length,
    unattributed: statements.filter((q) => !q.speaker).length,
    problems: analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length,
  };
}

/** Publishes the whole-document analysis after `delay`; a partial (incremental) one is replaced then. */
function schedule(doc: TextDocument, delay = DEBOUNCE_MS): void {
  clearTimeout(pending.get(doc.uri));
  pending.set(
    doc.uri,
    setTimeout(() => {
      pending.delete(doc.uri);
      if (cache.get(doc.uri)?.partial) wholePassInWorker(doc.uri, delay);
      else publishCurrent(doc.uri);
    }, delay),
  );
}

/**
 * Replaces a quick analysis with a whole pass run in the worker. When the document changed meanwhile, the result is
 * dropped: that edit's quick pass is published, and its own pause brings the next whole pass.
 */
function wholePassInWorker(uri: string, delay: number): void {
  const doc = documents.get(uri);
  if (!doc) return;
  if (wholePassRunning.has(uri)) return schedule(doc, delay);
  const version = doc.version;
  const controller = new AbortController();
  wholePassRunning.set(uri, controller);
  void wholePasses.analyze(analysedText(doc.getText(), doc.languageId), controller.signal).then((pass) => {
    if (wholePassRunning.get(uri) === controller) wholePassRunning.delete(uri);
    const current = documents.get(uri);
    if (controller.signal.aborted || !current || current.version !== version) return;
    if (pass) {
      cache.set(uri, { version, analysis: pass.analysis });
      wholePassMs.set(uri, pass.ms);
    } else cache.delete(uri);
    publishCurrent(uri);
  });
}

/** Stops the document's whole pass, if one runs: an edit, new settings or closing made it stale. */
function cancelWholePass(uri: string): void {
  wholePassRunning.get(uri)?.abort();
  wholePassRunning.delete(uri);
}

/** Publishes the analysis of the document's current version, if it is still open. */
function publishCurrent(uri: string): void {
  const current = documents.get(uri);
  if (current) safely('diagnostics', () => publish(current), undefined);
}

/**
 * After an edit of a long document: publish from the edited paragraphs at once, from the whole document when typing
 * pauses. Edits already received are applied before the quick pass, so a burst of keys is analysed once.
 */
function changed(doc: TextDocument): void {
  cancelWholePass(doc.uri);
  if (!(cache.get(doc.uri)?.analysis && served(doc) && doc.getText().length >= INCREMENTAL_MIN_LENGTH)) return schedule(doc);
  if (!quickPending.has(doc.uri)) {
    quickPending.add(doc.uri);
    setImmediate(() => {
      if (quickPending.delete(doc.uri)) publishCurrent(doc.uri);
    });
  }
  schedule(doc, Math.max(WHOLE_PASS_DELAY_MS, 2 * (wholePassMs.get(doc.uri) ?? 0)));
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

function withAnalysis<T>(uri: string, fallback: T, run: (analysis: Analysis, doc: TextDocument) => T, feature: string, token?: CancellationToken): T {
  const doc = documents.get(uri);
  // A request that an edit made stale is answered empty; the client asks again for the new version.
  if (!doc || !served(doc) || token?.isCancellationRequested) return fallback;
  return safely(
    feature,
    () => {
      const { analysis } = analysisOf(doc);
      return analysis ? run(analysis, doc) : fallback;
    },
    fallback,
  );
}

/** Open documents from the editor, closed ones from the workspace index. */
function allSources(): SymbolSource[] {
  const open = documents.all().filter(served);
  const openUris = new Set(open.map((d) => d.uri));
  const sources: SymbolSource[] = [];
  for (const doc of open) {
    const { analysis } = analysisOf(doc);
    if (analysis) sources.push({ uri: doc.uri, document: doc, analysis });
  }
  for (const indexed of workspace.all()) if (!openUris.has(indexed.uri)) sources.push(indexed);
  return sources;
}

function warn(message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
}

function reloadKnowledge(): void {
  knowledge = loadKnowledge(workspaceFolders, settings.leaderFiles);
  for (const problem of knowledge.problems) connection.console.warn(`${problem.uri}: ${problem.message}`);
  for (const uri of new Set(knowledge.problems.map((p) => p.uri))) connection.sendDiagnostics({ uri, diagnostics: knowledgeDiagnostics(uri) });
  for (const uri of knowledge.cleared) connection.sendDiagnostics({ uri, diagnostics: [] });
  service = configuredService();
  workspace.setService(service);
}

function reanalyseAll(): void {
  cache.clear();
  for (const uri of [...wholePassRunning.keys()]) cancelWholePass(uri);
  for (const doc of documents.all()) schedule(doc);
}

async function reloadSettings(): Promise<void> {
  const raw = hasConfigurationCapability ? await connection.workspace.getConfiguration('newslens').catch(() => undefined) : undefined;
  const { settings: next, problems } = readSettings(raw);
  for (const problem of problems) warn(problem);
  const languagesChanged = next.languages.join() !== settings.languages.join();
  settings = next;
  diagnosticMemo = new WeakMap();
  reloadKnowledge();
  reanalyseAll();
  if (languagesChanged) void indexWorkspace();
}

async function indexWorkspace(): Promise<void> {
  const run = ++indexing;
  const files = findArticleFiles(workspaceFolders, settings.languages, settings.maxFileSize);
  if (files.length === 0) return;
  const progress = await connection.window.createWorkDoneProgress().catch(() => null);
  progress?.begin('newslens: indexing articles', 0, `0/${files.length}`, true);
  await workspace.indexAll(
    files,
    (done, total) => progress?.report(Math.round((100 * done) / total), `${done}/${total}`),
    () => run !== indexing || (progress?.token.isCancellationRequested ?? false),
  );
  progress?.done();
}

/** Publishes diagnostics for every indexed article, open or not. */
function checkAllArticles(): number {
  let count = 0;
  for (const source of allSources()) {
    const open = documents.get(source.uri);
    if (open) publish(open);
    else connection.sendDiagnostics({ uri: source.uri, diagnostics: diagnostics(source.analysis, source.document, settings) });
    count++;
  }
  return count;
}

connection.onInitialize((params): InitializeResult => {
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  hasWorkspaceFolderCapability = !!params.capabilities.workspace?.workspaceFolders;
  workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
    .map((f) => uriToPath(f.uri))
    .filter((p): p is string => p !== null);
  const { settings: initial, problems } = readSettings(params.initializationOptions?.settings);
  settings = initial;
  for (const problem of problems) connection.console.warn(problem);
  reloadKnowledge();
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'newslens' },
      workspaceSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorInline] },
      semanticTokensProvider: { legend: semanticTokensLegend, full: true },
      executeCommandProvider: { commands: ['newslens.checkAllArticles', 'newslens.applyPublicationDate'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'newslens', version: typeof NEWSLENS_VERSION === 'string' ? NEWSLENS_VERSION : 'dev' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' });
  }
  void connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: '**/*.{article,news,md,markdown,txt}' }, { globPattern: '**/.newslens/*.json' }],
  }).catch(() => undefined);
  if (hasWorkspaceFolderCapability) connection.workspace.onDidChangeWorkspaceFolders((event) => {
    for (const removed of event.removed) {
      workspace.removeUnder(removed.uri);
      workspaceFolders = workspaceFolders.filter((f) => f !== uriToPath(removed.uri));
    }
    workspaceFolders.push(...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null));
    void indexWorkspace();
  });
  void (hasConfigurationCapability ? reloadSettings() : Promise.resolve()).then(() => indexWorkspace());
});

connection.onDidChangeConfiguration(() => void reloadSettings());

connection.onDidChangeWatchedFiles(({ changes }) => {
  let leadersChanged = false;
  for (const change of changes) {
    const file = uriToPath(change.uri);
    if (!file) continue;
    if (/[\\/]\.newslens[\\/][^\\/]+\.json$/.test(file) || settings.leaderFiles.some((f) => file.endsWith(f))) {
      leadersChanged = true;
      continue;
    }
    const language = languageOfPath(file);
    if (!language || !settings.languages.includes(language) || documents.get(change.uri)) continue;
    if (change.type === FileChangeType.Deleted) workspace.remove(change.uri);
    else workspace.indexFile(file);
  }
  if (leadersChanged) {
    reloadKnowledge();
    reanalyseAll();
  }
});

documents.onDidOpen((e) => schedule(e.document));
documents.onDidChangeContent((e) => changed(e.document));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  quickPending.delete(e.document.uri);
  cancelWholePass(e.document.uri);
  wholePassMs.delete(e.document.uri);
  cache.delete(e.document.uri);
  const file = uriToPath(e.document.uri);
  // A closed file goes back to what is on disk, or leaves the index if it was never saved.
  if (!file || !workspace.indexFile(file)) workspace.remove(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover((params, token) =>
  withAnalysis(params.textDocument.uri, null, (analysis, doc) => hover(analysis, doc, doc.offsetAt(params.position), knowledge.knowledge.status), 'hover', token),
);

connection.onDocumentSymbol((params, token) => withAnalysis(params.textDocument.uri, [], (analysis, doc) => documentSymbols(analysis, doc), 'documentSymbol', token));

connection.onWorkspaceSymbol((params) => safely('workspaceSymbol', () => workspaceSymbols(allSources(), params.query), []));

connection.onDefinition((params, token) =>
  withAnalysis(params.textDocument.uri, null, (analysis, doc) => definition(analysis, doc, doc.uri, doc.offsetAt(params.position)), 'definition', token),
);

connection.onReferences((params, token) =>
  withAnalysis(
    params.textDocument.uri,
    [],
    (analysis, doc) => references(analysis, doc, doc.uri, doc.offsetAt(params.position), allSources(), params.context.includeDeclaration),
    'references',
    token,
  ),
);

connection.onDocumentHighlight((params, token) =>
  withAnalysis(params.textDocument.uri, [], (analysis, doc) => documentHighlights(analysis, doc, doc.offsetAt(params.position)), 'documentHighlight', token),
);

connection.onPrepareRename((params, token) =>
  withAnalysis(params.textDocument.uri, null, (analysis, doc) => prepareRename(analysis, doc, doc.offsetAt(params.position)), 'prepareRename', token),
);

connection.onRenameRequest((params, token) =>
  withAnalysis(
    params.textDocument.uri,
    null,
    (analysis, doc) => {
      const edits = rename(analysis, doc, doc.offsetAt(params.position), params.newName);
      return edits ? { changes: { [doc.uri]: edits } } : null;
    },
    'rename',
    token,
  ),
);

connection.languages.inlayHint.on((params, token) =>
  settings.inlayHints ? withAnalysis(params.textDocument.uri, [], (analysis, doc) => inlayHints(analysis, doc, params.range), 'inlayHint', token) : [],
);

connection.onCodeLens((params, token) => withAnalysis(params.textDocument.uri, [], (analysis, doc) => codeLenses(analysis, doc), 'codeLens', token));

connection.onCodeAction((params, token) =>
  withAnalysis(
    params.textDocument.uri,
    [],
    (analysis, doc) => codeActions(analysis, doc, { uri: doc.uri, range: params.range, diagnostics: params.context.diagnostics, languageId: doc.languageId }),
    'codeAction',
    token,
  ),
);

connection.languages.semanticTokens.on((params, token) =>
  withAnalysis(params.textDocument.uri, { data: [] }, (analysis, doc) => semanticTokens(analysis, doc), 'semanticTokens', token),
);

connection.onExecuteCommand(async (params) => {
  if (params.command === 'newslens.checkAllArticles') {
    const count = checkAllArticles();
    return { checked: count };
  }
  if (params.command === 'newslens.applyPublicationDate') {
    const [uri, date] = (params.arguments ?? []) as [string, string];
    const doc = documents.get(uri);
    if (!doc || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) return { applied: false };
    const analysis = analysisOf(doc).analysis;
    if (!analysis) return { applied: false };
    const edit = setPublicationDateEdit(analysis.article, date);
    const result = await connection.workspace.applyEdit({ label: 'Set publication date', edit: { changes: { [uri]: [{ range: toRange(doc, edit), newText: edit.newText }] } } });
    return { applied: result.applied };
  }
  return null;
});

connection.onRequest('newslens/report', (params: { uri: string }) =>
  withAnalysis(params.uri, null, (analysis, doc) => articleReport(analysis, doc.uri.slice(doc.uri.lastIndexOf('/') + 1)), 'report'),
);

connection.onRequest('newslens/export', (params: { uri: string }) =>
  withAnalysis(params.uri, null, (analysis, doc) => toResult(analysis, { file: uriToPath(doc.uri) ?? doc.uri }), 'export'),
);

connection.onRequest('newslens/status', (params: { uri: string }) => withAnalysis(params.uri, null, (analysis, doc) => statusOf(doc.uri, analysis), 'status'));

declare const NEWSLENS_VERSION: string | undefined;

process.on('uncaughtException', (error) => connection.console.error(`newslens: unexpected error: ${error.stack ?? error.message}`));

documents.listen(connection);
connection.listen();
