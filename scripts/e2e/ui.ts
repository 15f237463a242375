// UI checks in headless Chromium against code-server: what a user sees in the Problems panel, a hover and the Outline.
// Screenshots of passing checks go to test-results/e2e/screenshots/ (NEWSLENS_SCREENSHOTS=images refreshes the README's
// pictures); a failing check leaves its screenshot in test-results/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, log, openWorkbench, repo, startCodeServer, until, type Check } from './lib';

const DEADLINE = Number(process.env.NEWSLENS_UI_DEADLINE_MS ?? 45000);

async function command(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function openFile(page: Page, relative: string): Promise<void> {
  const name = path.basename(relative);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relative);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible' });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** 1-based line and column of `needle` in a sample, `into` characters inside it. */
function locate(sample: string, needle: string, into = 0): { line: number; column: number } {
  const lines = fs.readFileSync(path.join(repo, 'samples', sample), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`"${needle}" not in ${sample}`);
  return { line: line + 1, column: lines[line].indexOf(needle) + into + 1 };
}

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

export async function runUiChecks(options: { bin: string; extensionsDir: string; workspace: string; runDir: string }): Promise<Check[]> {
  const images = path.resolve(repo, process.env.NEWSLENS_SCREENSHOTS ?? path.join('test-results', 'e2e', 'screenshots'));
  fs.rmSync(options.runDir, { recursive: true, force: true });
  fs.mkdirSync(options.runDir, { recursive: true });
  fs.mkdirSync(images, { recursive: true });
  const server = await startCodeServer({ bin: options.bin, extensionsDir: options.extensionsDir, dataDir: path.join(options.runDir, 'data'), workspace: options.workspace });
  const browser = await launchBrowser();
  const checks: Check[] = [];
  try {
    const page = await openWorkbench(browser, server.url);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'samples' }).first().waitFor({ state: 'visible', timeout: 60000 });
    log('VS Code window is up');

    const check = async (name: string, shot: string, run: () => Promise<void>) => {
      const started = Date.now();
      try {
        await run();
        await page.screenshot({ path: path.join(images, shot) });
        checks.push({ name: `ui: ${name}`, ok: true, ms: Date.now() - started, detail: `screenshot ${path.relative(repo, path.join(images, shot))}` });
      } catch (error) {
        const failed = path.join(options.runDir, `failed-${shot}`);
        await page.screenshot({ path: failed }).catch(() => undefined);
        const message = error instanceof Error ? error.message : String(error);
        checks.push({ name: `ui: ${name}`, ok: false, ms: Date.now() - started, detail: `${message}\nscreenshot: ${path.relative(repo, failed)}` });
      }
    };

    await check('the Problems panel lists the findings of review-needed.article', 'problems.png', async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'samples' }).first().click();
      await openFile(page, 'samples/review-needed.article');
      await page.keyboard.press('Control+Shift+M');
      const rows = '.markers-panel .monaco-list-row';
      const wanted = ['date.weekday-mismatch', 'leader.title-at-date', 'quote.unattributed', 'quote.unbalanced'];
      let seen: string[] = [];
      await until('the Problems panel to list ' + wanted.join(', '), async () => {
        seen = await texts(page, rows);
        return wanted.every((code) => seen.some((row) => row.includes(code) && row.includes('newslens')));
      }, DEADLINE, 250).catch((error: Error) => {
        throw new Error(`${error.message}\n  rows: ${JSON.stringify(seen)}`);
      });
      await page.keyboard.press('Escape');
    });

    await check('a hover on "Macron" shows "President of France"', 'hover.png', async () => {
      await command(page, 'View: Hide Panel');
      await openFile(page, 'samples/macron-xi-call.article');
      const at = locate('macron-xi-call.article', 'Emmanuel Macron', 'Emmanuel '.length + 2);
      let seen = '';
      await until('a hover naming the President of France', async () => {
        await goTo(page, at.line, at.column);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        // The language server's part of the hover (not the Problems part that VS Code shows above it).
        const hover = page.locator('.monaco-hover .markdown-hover .hover-contents').first();
        try {
          await hover.waitFor({ state: 'visible', timeout: 3000 });
          seen = await hover.innerText();
        } catch {
          seen = '(no hover)';
        }
        return /President of (the )?(France|French Republic)/.test(seen);
      }, DEADLINE, 250).catch((error: Error) => {
        throw new Error(`${error.message}\n  hover: ${JSON.stringify(seen)}`);
      });
      // The hover fades in: wait until it is fully drawn before the screenshot.
      await until('the hover to finish fading in', () => page.locator('.monaco-hover').first().evaluate((e) => (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(e).opacity === '1'), 5000, 50);
    });

    await check('the Outline lists leaders, quotes and dates', 'outline.png', async () => {
      await page.keyboard.press('Escape');
      await openFile(page, 'samples/macron-xi-call.article');
      // Room for the Outline: fold the file tree; the groups start folded (outline.collapseItems), open two of them.
      await page.locator('.pane-header', { hasText: 'workspace' }).first().click();
      await command(page, 'Explorer: Focus on Outline View');
      const rows = '.outline-pane .monaco-list-row';
      for (const name of ['Leaders', 'Dates', 'Quotes']) {
        const row = page.locator(rows, { hasText: name }).first();
        await row.waitFor({ state: 'visible', timeout: DEADLINE });
        if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
      }
      // Open the first speaker under Quotes, so that quoted words show too.
      const all = await texts(page, rows);
      const speaker = page.locator(rows).nth(all.findIndex((t) => t.startsWith('Quotes')) + 1);
      if ((await speaker.getAttribute('aria-expanded')) === 'false') await speaker.locator('.monaco-tl-twistie').click();
      await page.locator(rows, { hasText: 'Emmanuel Macron' }).first().click();
      let seen: string[] = [];
      await until('the Outline to list Leaders, Quotes, Dates, Emmanuel Macron, "Thursday" and a quote', async () => {
        seen = (await texts(page, rows)).map((t) => t.replace(/\s+/g, ' ').trim());
        return ['Leaders', 'Quotes', 'Dates', 'Emmanuel Macron', 'Thursday', '“'].every((w) => seen.some((row) => row.includes(w)));
      }, DEADLINE, 250).catch((error: Error) => {
        throw new Error(`${error.message}\n  rows: ${JSON.stringify(seen)}`);
      });
    });
  } catch (error) {
    checks.push({ name: 'ui: VS Code window', ok: false, ms: 0, detail: `${error instanceof Error ? error.message : String(error)}\n${server.extensionHostLog()}` });
  } finally {
    await browser.close();
    await server.stop();
  }
  return checks;
}
