// Real-browser test: Debian's Chromium (playwright-core, no browser download) drives the built
// sheet on a phone-sized screen through filling, going offline, reloading and sending; each
// state is screenshotted to out/ and checked with axe (WCAG 2.2 A/AA): no violations allowed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { parseCarePlanCommand } from '@livewell/core';
import { chromium, type Page } from 'playwright-core';

const here = fileURLToPath(new URL('..', import.meta.url));
const dist = join(here, 'dist');
const out = join(here, 'out');
mkdirSync(out, { recursive: true });

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const received: unknown[] = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'POST' && url.pathname === '/api/agenda-sheet') {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(204).end();
    });
    return;
  }
  const path = normalize(join(dist, url.pathname === '/' ? 'index.html' : url.pathname));
  if (!path.startsWith(dist) || !existsSync(path)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  console.log(`${ok ? 'ok ' : 'FAIL'} ${what}`);
};

async function state(page: Page, name: string) {
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  for (const v of axe.violations) console.log(`  axe ${v.id}: ${v.help} (${v.nodes.length})`);
  check(axe.violations.length === 0, `${name}: 0 axe violations`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.on('console', (m) => console.log('  page:', m.text()));
  page.on('pageerror', (e) => console.log('  page error:', e.message));
  await page.goto(base);
  await page.waitForSelector('body[data-offline-ready="true"]', { state: 'attached' });
  check(
    (await page.locator('#results li').count()) === 3,
    'shows the three results sent in advance',
  );
  await state(page, '1-opened');

  await page
    .getByLabel('What is important to you at the moment?')
    .fill('Walking my granddaughter to school');
  await page.getByLabel('How are things going with your health?').fill('Tired in the afternoons');
  await page
    .getByLabel('What would you like to talk about at your appointment?')
    .fill('Getting out of breath on the hill\nWhether I still need all my tablets');
  await page.waitForFunction(() =>
    document.getElementById('status')?.textContent?.includes('Saved'),
  );
  await state(page, '2-filled');

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  check(
    (await page.getByLabel('How are things going with your health?').inputValue()) ===
      'Tired in the afternoons',
    'offline reload keeps the answers',
  );
  await state(page, '3-offline-reloaded');

  await page.getByRole('button', { name: 'Send my sheet to the practice' }).click();
  await page.waitForFunction(() =>
    document.getElementById('status')?.textContent?.includes('back online'),
  );
  check(received.length === 0, 'nothing reaches the practice while offline');
  await state(page, '4-offline-sent-later');

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForFunction(() =>
    document.getElementById('status')?.textContent?.includes('has been sent'),
  );
  check(received.length === 1, 'the practice receives the sheet once back online');
  const sent = received[0] as { planId: string; command: unknown };
  const command = parseCarePlanCommand(sent?.command);
  check(
    command.ok &&
      command.value.type === 'record-agenda' &&
      command.value.agenda.topics.length === 2,
    'it arrives as a valid record-agenda command with both topics',
  );
  await state(page, '5-sent');
} finally {
  await browser.close();
  server.close();
}
if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log(`all checks passed; screenshots in ${out}`);
