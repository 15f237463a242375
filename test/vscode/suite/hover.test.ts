// Hovers: what a reader sees when pointing at a leader, a date or a quote.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, hoverAt, newslensDiagnostics, openSample, poll, positionOf } from './helpers';

describe('hover', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = await openSample('macron-xi-call.article');
    await poll('the first analysis of macron-xi-call.article', () => newslensDiagnostics(doc.uri), (ds) => ds.length > 0).catch(() => undefined);
  });
  after(closeAll);

  it('on "Macron" shows that he is President of France', async () => {
    const at = positionOf(doc, 'Emmanuel Macron', 'Emmanuel '.length + 2);
    const text = await poll('a hover on "Macron" naming his office', () => hoverAt(doc, at), (t) => /President of (the )?(France|French Republic)/.test(t));
    assert.match(text, /Emmanuel Macron/);
  });

  it('on "Xi" shows that he is President of China', async () => {
    const at = positionOf(doc, 'Xi Jinping', 1);
    await poll('a hover on "Xi Jinping" naming his office', () => hoverAt(doc, at), (t) => /President of (the People's Republic of )?China/i.test(t));
  });

  it('on "Thursday" shows the date it stands for (2025-07-03)', async () => {
    const at = positionOf(doc, 'on Thursday', 'on '.length + 2);
    await poll('a hover on "Thursday" resolving it', () => hoverAt(doc, at), (t) => /2025-07-03|3 Jul(y)? 2025|July 3,? 2025/.test(t));
  });

  it('on a quote names its speaker', async () => {
    const at = positionOf(doc, '“encouraging”', 3);
    await poll('a hover on the quote “encouraging” naming Macron', () => hoverAt(doc, at), (t) => /Macron/.test(t));
  });
});
