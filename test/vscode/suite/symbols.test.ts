// The Outline: document symbols grouped as Leaders, Quotes and Dates.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, openSample, poll } from './helpers';

type Symbol = vscode.DocumentSymbol | vscode.SymbolInformation;
const childrenOf = (s: Symbol | undefined): vscode.DocumentSymbol[] => (s && 'children' in s ? s.children : []);
const leaves = (s: Symbol | undefined): vscode.DocumentSymbol[] => childrenOf(s).flatMap((c) => (c.children.length ? leaves(c) : [c]));

describe('document symbols (Outline)', () => {
  let doc: vscode.TextDocument;
  let symbols: Symbol[];
  before(async () => {
    doc = await openSample('macron-xi-call.article');
    symbols = await poll(
      'document symbols for macron-xi-call.article',
      async () => (await vscode.commands.executeCommand<Symbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [],
      (s) => s.length > 0,
    );
  });
  after(closeAll);

  // VS Code orders top-level symbols by position, so the groups' order is the editor's, not the server's.
  it('has the groups Leaders, Quotes and Dates', () => {
    assert.deepEqual(symbols.map((s) => s.name).sort(), ['Dates', 'Leaders', 'Quotes']);
  });

  it('lists the leaders named in the article', () => {
    const names = childrenOf(symbols.find((s) => s.name === 'Leaders')).map((s) => s.name);
    for (const leader of ['Emmanuel Macron', 'Xi Jinping', 'Friedrich Merz']) assert.ok(names.includes(leader), `${leader} in ${JSON.stringify(names)}`);
  });

  it('lists the quotes (under their speakers or directly)', () => {
    const quotes = leaves(symbols.find((s) => s.name === 'Quotes'));
    assert.ok(quotes.length >= 4, `at least the article's 4 quotes, got ${JSON.stringify(quotes.map((q) => q.name))}`);
    assert.ok(quotes.some((q) => /fair competition/.test(q.name + (q.detail ?? ''))), JSON.stringify(quotes.map((q) => q.name)));
  });

  it('lists the dates', () => {
    const dates = childrenOf(symbols.find((s) => s.name === 'Dates'));
    assert.ok(dates.some((d) => /Thursday/.test(d.name + (d.detail ?? ''))), `"Thursday" among ${JSON.stringify(dates.map((d) => d.name))}`);
    assert.ok(dates.some((d) => /last week/i.test(d.name + (d.detail ?? ''))), `"last week" among ${JSON.stringify(dates.map((d) => d.name))}`);
  });

  it('each symbol selects the text it stands for', () => {
    for (const group of symbols) {
      for (const child of childrenOf(group)) {
        if ('children' in group) assert.ok(group.range.contains(child.range), `${child.name} inside its group`);
        assert.ok(doc.getText(child.selectionRange).length > 0, `${child.name} selects some text`);
      }
    }
  });
});
