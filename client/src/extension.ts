// Starts the newslens language server and restarts it on request. Everything else lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function documentSelector(): { language: string }[] {
  const languages = vscode.workspace.getConfiguration('newslens').get<string[]>('languages', ['news-article']);
  return [...new Set(['news-article', ...(Array.isArray(languages) ? languages : [])])].map((language) => ({ language }));
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.newslens/*.json') },
    initializationOptions: { settings: vscode.workspace.getConfiguration('newslens') },
  };
  return new LanguageClient('newslens', 'newslens', serverOptions, clientOptions);
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
  client = createClient(context);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.restartServer', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newslens.languages')) void restart(context);
    }),
  );
  await restart(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
