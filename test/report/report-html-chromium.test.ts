import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { renderReport } from '../../src/report/index.js';
import { writeOutputs } from '../../src/report/writer.js';
import { completeRun } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent: install it with \`npm run setup -- --browser\` (CI always does)`;

test('index.html opens in headless Chromium with every chart loaded, the claims shown, no network request', { skip, timeout: 60_000 }, async () => {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'asyncbench-report-e2e-'));
  const profile = mkdtempSync(join(tmpdir(), 'asyncbench-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    writeOutputs(dir, await renderReport(completeRun()));
    const page = browser.pages()[0] ?? (await browser.newPage());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });
    const images = await page.$$eval('img', (imgs) =>
      imgs.map((img) => ({ src: img.getAttribute('src'), complete: img.complete, width: img.naturalWidth, height: img.naturalHeight })),
    );
    assert.equal(images.length, 6);
    for (const image of images) {
      assert.ok(image.complete && image.width > 0, `${image.src} did not load`);
      assert.deepEqual([image.width, image.height], [1200, 700], `${image.src}`);
    }
    const claims = await page.$$eval('#claims tr.claim', (rows) => rows.map((row) => (row as unknown as { innerText: string }).innerText.replace(/\s+/g, ' ').trim()));
    assert.deepEqual(claims, [
      '✔ Concurrency speeds up I/O-bound work concurrent 84× vs ideal 100× speedup >= 0.5 * ideal speedup',
      '✔ Concurrency alone does not speed up CPU-bound work concurrent 0.99× speedup < 1.2',
      '✘ A worker pool speeds up CPU-bound work worker-pool 1.9× vs ideal 8× speedup >= 0.5 * min(W, cores)',
    ]);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith('file:')),
      [],
      'index.html made a network request',
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
