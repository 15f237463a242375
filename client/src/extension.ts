// Starts the newslens language server; commands and the status bar forward to it. Analysis lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem;
const statuses = new Map<string, ArticleStatus>();

interface ArticleStatus {
  uri: string;
  referenceDate: string | null;
  referenceDateSource: string | null;
  leaders: number;
  dates: number;
  quotes: number;
  unattributed: number;
  problems: number;
}

function languages(): string[] {
  const configured = vscode.workspace.getConfiguration('newslens').get<unknown>('languages');
  return [...new Set(['news-article', ...(Array.isArray(configured) ? configured.filter((l) => typeof l === 'string') : [])])];
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...languages().map((language) => ({ language })), { pattern: '**/.newslens/*.json' }],
    initializationOptions: { settings: vscode.workspace.getConfiguration('newslens') },
  };
  return new LanguageClient('newslens', 'newslens', serverOptions, clientOptions);
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
  client = createClient(context);
  await client.start();
  client.onNotification('newslens/status', (status: ArticleStatus) => {
    statuses.set(status.uri, status);
    updateStatusItem();
  });
}

function activeArticle(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && languages().includes(doc.languageId) ? doc : undefined;
}

function updateStatusItem(): void {
  const doc = activeArticle();
  const status = doc && statuses.get(doc.uri.toString());
  if (!status) {
    statusItem.hide();
    return;
  }
  const quotes = `${status.quotes} quote${status.quotes === 1 ? '' : 's'}${status.unattributed ? ` (${status.unattributed} unattributed)` : ''}`;
  statusItem.text = `$(calendar) ${status.referenceDate ?? 'no date'} · ${status.leaders} leaders · ${status.dates} dates · ${quotes}`;
  statusItem.tooltip = status.referenceDate
    ? `Reference date ${status.referenceDate} (${status.referenceDateSource}). ${status.problems} problem(s). Click to open the article report.`
    : 'No publication date: relative dates are unresolved. Click to set one.';
  statusItem.command = status.referenceDate ? 'newslens.showArticleReport' : 'newslens.setPublicationDate';
  statusItem.show();
}

async function request<T>(method: string, doc: vscode.TextDocument): Promise<T | null> {
  if (!client) return null;
  return client.sendRequest<T | null>(method, { uri: doc.uri.toString() });
}

async function showArticleReport(): Promise<void> {
  const doc = activeArticle();
  if (!doc) return void vscode.window.showInformationMessage('newslens: open an article to see its report.');
  const report = await request<string>('newslens/report', doc);
  if (report === null) return void vscode.window.showWarningMessage('newslens: this document could not be analysed.');
  const page = await vscode.workspace.openTextDocument({ content: report, language: 'markdown' });
  await vscode.commands.executeCommand('markdown.showPreview', page.uri);
}

async function exportAnnotations(): Promise<void> {
  const doc = activeArticle();
  if (!doc) return void vscode.window.showInformationMessage('newslens: open an article to export its annotations.');
  const result = await request<unknown>('newslens/export', doc);
  if (result === null) return void vscode.window.showWarningMessage('newslens: this document could not be analysed.');
  const json = await vscode.workspace.openTextDocument({ content: JSON.stringify(result, null, 2) + '\n', language: 'json' });
  await vscode.window.showTextDocument(json, { preview: false, viewColumn: vscode.ViewColumn.Beside });
}

/** An untitled article with front matter dated today (the reporter's own calendar), the cursor on its title. */
async function newArticle(): Promise<void> {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const doc = await vscode.workspace.openTextDocument({ language: 'news-article', content: `---\ntitle: \ndate: ${today}\n---\n` });
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(1, 7, 1, 7);
}

async function setPublicationDate(): Promise<void> {
  const doc = activeArticle();
  if (!doc || !client) return void vscode.window.showInformationMessage('newslens: open an article to set its publication date.');
  const date = await vscode.window.showInputBox({
    title: 'Publication date',
    prompt: 'The date that relative dates ("Thursday", "last week") resolve against, written YYYY-MM-DD',
    placeHolder: '2025-07-03',
    value: statuses.get(doc.uri.toString())?.referenceDate ?? '',
    validateInput: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'Write the date as YYYY-MM-DD'),
  });
  if (!date) return;
  await vscode.commands.executeCommand('newslens.applyPublicationDate', doc.uri.toString(), date);
}

/** Turns on newslens.quotes.doubledApostrophes for the workspace (for the user when no folder is open). */
async function readDoubledApostrophes(): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('newslens').update('quotes.doubledApostrophes', true, target);
  void vscode.window.showInformationMessage(`newslens reads '' as quotation marks now (newslens.quotes.doubledApostrophes, ${target === vscode.ConfigurationTarget.Workspace ? 'workspace' : 'user'} settings).`);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  statusItem = vscode.window.createStatusBarItem('newslens.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'newslens';
  context.subscriptions.push(
    statusItem,
    vscode.commands.registerCommand('newslens.restartServer', () => restart(context)),
    vscode.commands.registerCommand('newslens.showArticleReport', showArticleReport),
    vscode.commands.registerCommand('newslens.exportAnnotations', exportAnnotations),
    vscode.commands.registerCommand('newslens.setPublicationDate', setPublicationDate),
    vscode.commands.registerCommand('newslens.newArticle', newArticle),
    vscode.commands.registerCommand('newslens.readDoubledApostrophes', readDoubledApostrophes),
    vscode.window.onDidChangeActiveTextEditor(updateStatusItem),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newslens.languages')) void restart(context);
    }),
  );
  await restart(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
