// Commands and the walkthrough, as a user meets them in VS Code.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, newslensDiagnostics, poll, summary } from './helpers';

describe('commands', () => {
  it('New Article opens an untitled article dated today, which newslens analyses as it is written', async () => {
    await vscode.commands.executeCommand('newslens.newArticle');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor for the new article');
    const doc = editor.document;
    try {
      assert.equal(doc.languageId, 'news-article');
      assert.ok(doc.isUntitled);
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      assert.equal(doc.getText(), `---\ntitle: \ndate: ${today}\n---\n`);
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [1, 7], 'the cursor waits on the title');
      await editor.edit((edit) => edit.insert(new vscode.Position(4, 0), 'The minister spoke yesterday.\n'));
      const found = await poll('a date annotation in the new article', () => newslensDiagnostics(doc.uri), (ds) => ds.some((d) => codeOf(d) === 'date.annotation'));
      assert.ok(found.some((d) => d.message.startsWith('yesterday →')), summary(found).join('; '));
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('the walkthrough offers commands that exist and pictures that ship with the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const steps: { description: string; media: { image: string } }[] = extension.packageJSON.contributes.walkthroughs[0].steps;
    assert.ok(steps.length >= 4);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of steps) {
      assert.ok(fs.existsSync(path.join(extension.extensionPath, step.media.image)), `${step.media.image} is in the package`);
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)/g)) assert.ok(commands.has(command), `command ${command} exists`);
    }
  });
});
