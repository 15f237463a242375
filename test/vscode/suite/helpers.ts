// What the suite shares: finding the samples, opening copies of them, and polling the editor with a deadline.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'newslens.newslens';
/** Generous: the first analysis starts the language server. Every wait polls and ends as soon as it can. */
export const DEADLINE_MS = Number(process.env.NEWSLENS_TEST_DEADLINE_MS ?? 30000);

/** Polls `probe` until `accept` holds or the deadline passes; the error names what was awaited and what was last seen. */
export async function poll<T>(what: string, probe: () => T | Promise<T>, accept: (value: T) => boolean, timeoutMs = DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      // A request that never answers must not outlive the deadline either.
      const left = Math.max(deadline - Date.now(), 1000);
      let timer: NodeJS.Timeout | undefined;
      last = await Promise.race([
        Promise.resolve(probe()).finally(() => clearTimeout(timer)),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${left} ms`)), left))),
      ]);
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error ${lastError instanceof Error ? lastError.message : String(lastError)}` : describe(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
  } catch {
    return String(value);
  }
}

/** The folder the launcher opened: it holds a copy of samples/. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder holding the samples (the launchers open one)');
  return folder.uri;
}

let copies = 0;
/** Opens a fresh copy of a sample in the editor, so that edits in one test never leak into another. */
export async function openSampleCopy(sample: string, text?: (original: string) => string): Promise<vscode.TextDocument> {
  const root = workspaceRoot();
  const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'samples', sample)));
  const copy = vscode.Uri.joinPath(root, 'scratch', `${++copies}-${sample}`);
  await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(text ? text(original) : original));
  const doc = await vscode.workspace.openTextDocument(copy);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export async function openSample(sample: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'samples', sample));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  return code === undefined ? '' : typeof code === 'object' ? String(code.value) : String(code);
}

export function newslensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'newslens');
}

export function summary(diagnostics: vscode.Diagnostic[], doc?: vscode.TextDocument): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)}${doc ? ` [${doc.getText(d.range)}]` : ''}`);
}

/** Waits until a newslens diagnostic with `code` is present on the document and returns it. */
export async function diagnosticWithCode(doc: vscode.TextDocument, code: string, accept: (d: vscode.Diagnostic) => boolean = () => true): Promise<vscode.Diagnostic> {
  const found = await poll(
    `a newslens diagnostic ${code} on ${doc.uri.path.split('/').pop()}`,
    () => newslensDiagnostics(doc.uri),
    (ds) => ds.some((d) => codeOf(d) === code && accept(d)),
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n  diagnostics: ${summary(newslensDiagnostics(doc.uri), doc).join('; ') || 'none'}`);
  });
  return found.find((d) => codeOf(d) === code && accept(d))!;
}

/** Position of the `index`-th occurrence of `needle` (offset `into` characters inside it). */
export function positionOf(doc: vscode.TextDocument, needle: string, into = 0, index = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= index; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${index + 1}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + into);
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))
    .join('\n');
}

export async function hoverAt(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position));
}

export async function waitForActivation(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  await poll(`${EXTENSION_ID} to activate`, () => extension.isActive, (active) => active);
  return extension;
}

/** Saves and closes every editor: the copies are scratch files, saving avoids a "save changes?" prompt. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) if (doc.isDirty) await doc.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a user setting for the duration of a test; `restore` puts the previous value back. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const [section, ...rest] = key.split('.');
  const name = rest.join('.');
  const configuration = vscode.workspace.getConfiguration(section);
  const previous = configuration.inspect(name)?.globalValue;
  await configuration.update(name, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration(section).update(name, previous, vscode.ConfigurationTarget.Global);
  };
}
