import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

test('index.html copied alone to an empty folder opens in headless Chromium with every chart decoded, the claims shown, no request', { skip, timeout: 60_000 }, async () => {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'asyncbench-report-e2e-'));
  // Where the page goes alone, as a downloaded or mailed index.html would: no PNG beside it.
  const alone = mkdtempSync(join(tmpdir(), 'asyncbench-report-alone-'));
  const profile = mkdtempSync(join(tmpdir(), 'asyncbench-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    writeOutputs(dir, await renderReport(completeRun()));
    copyFileSync(join(dir, 'index.html'), join(alone, 'index.html'));
    assert.deepEqual(readdirSync(alone), ['index.html']);
    const page = browser.pages()[0] ?? (await browser.newPage());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(alone, 'index.html')).href, { waitUntil: 'load' });
    const images = await page.$$eval('img', (imgs) =>
      imgs.map((img) => ({ src: (img.getAttribute('src') ?? '').slice(0, 22), alt: img.alt, complete: img.complete, width: img.naturalWidth, height: img.naturalHeight })),
    );
    assert.equal(images.length, 6);
    for (const image of images) {
      assert.equal(image.src, 'data:image/png;base64,', image.alt);
      assert.ok(image.complete && image.width > 0, `${image.alt} did not decode`);
      assert.deepEqual([image.width, image.height], [1200, 700], image.alt);
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
    // The page itself is the one file: every image came from a data: URI, nothing else was fetched.
    assert.deepEqual(
      requests.filter((url) => url.startsWith('file:')),
      [pathToFileURL(join(alone, 'index.html')).href],
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(alone, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
