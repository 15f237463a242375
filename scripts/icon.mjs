// Renders images/icon.svg to images/icon.png (the extension's 128×128 icon) in headless Chromium.
// Usage: node scripts/icon.mjs   (NEWSLENS_CHROMIUM names the browser if it is not /usr/bin/chromium)
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const svg = fs.readFileSync(new URL('../images/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.NEWSLENS_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: new URL('../images/icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
