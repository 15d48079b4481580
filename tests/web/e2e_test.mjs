// End-to-end test of marsad's web page in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core; no browser is downloaded).
//
//   node e2e_test.mjs MARSAD_BINARY SOURCE_DIR OUT_DIR
//
// Ingests the bundled sample page into a fresh store, starts `marsad serve`
// on a free port, then in the browser: searches for a word of the sample's
// title, sees the result with the word highlighted, opens it and checks the
// article's title and paragraphs; checks right-to-left layout, the Arabic
// font served by marsad, that nothing is fetched from another host, and
// that a phone-width page does not scroll sideways. Screenshots go to
// OUT_DIR (results.png, article.png, phone.png).
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';

const [marsad, sourceDir, outDir] = process.argv.slice(2);
if (!marsad || !sourceDir || !outDir) {
  console.error('usage: node e2e_test.mjs MARSAD_BINARY SOURCE_DIR OUT_DIR');
  process.exit(2);
}
const CHROMIUM = process.env.MARSAD_CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  console.error(`e2e: ${CHROMIUM} is missing (scripts/install-deps installs Debian's chromium)`);
  process.exit(1);
}

function check(cond, message) {
  if (!cond) throw new Error('check failed: ' + message);
  console.log('ok -', message);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-e2e-'));
fs.mkdirSync(outDir, {recursive: true});
const db = path.join(work, 'marsad.db');
const samples = path.join(sourceDir, 'data', 'samples');

// What the test looks for comes from the sample page itself: its first line
// is the main article's title; search for the longest word of it.
const sampleFile = fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).sort()[0];
const title = fs.readFileSync(path.join(samples, sampleFile), 'utf8').split('\n')[0].trim();
const word = title.split(/[\s"«»(),.:؛،]+/).filter((w) => /^[\u0600-\u06FF]+$/.test(w))
  .sort((a, b) => b.length - a.length)[0];

let server;
let browser;
let failed = false;
try {
  const ingest = spawnSync(marsad, ['ingest', '--db', db, '--quiet', samples], {encoding: 'utf8'});
  check(ingest.status === 0,
        `marsad ingest ${samples} exits 0 (${ingest.error || ingest.stderr.trim()})`);

  server = spawn(marsad, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--quiet'],
                 {stdio: ['ignore', 'pipe', 'inherit']});
  const base = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('marsad serve printed no URL')), 30000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    });
    server.on('exit', (code) => reject(new Error(`marsad serve exited with ${code}`)));
  });
  console.log('marsad serve at', base);
  // The index is built in the background: wait until it is served.
  for (let i = 0; ; ++i) {
    const stats = await (await fetch(base + 'api/stats')).json();
    if (stats.search.ready && stats.search.indexed_seq === stats.store.last_seq) break;
    if (i > 300) throw new Error('search index not ready');
    await new Promise((r) => setTimeout(r, 100));
  }

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, locale: 'ar'});
  const page = await context.newPage();
  const foreign = [];
  const consoleErrors = [];
  page.on('request', (req) => { if (!req.url().startsWith(base)) foreign.push(req.url()); });
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));

  await page.goto(base);
  check(await page.getAttribute('html', 'dir') === 'rtl', 'the page is dir="rtl"');
  check(await page.getAttribute('html', 'lang') === 'ar', 'the page is lang="ar"');
  await page.waitForFunction(() => !document.getElementById('summary').textContent.includes('يحلّل'));
  check(/مقالة/.test(await page.textContent('#summary')), 'the home page shows the store summary');

  // Search for a word of the sample's title, as a user would type it.
  await page.fill('#q', word);
  await page.press('#q', 'Enter');
  await page.waitForSelector('#results .hit');
  const hitTitle = (await page.textContent('#results .hit h2')).trim();
  check(hitTitle === title, `searching «${word}» finds «${title}» first`);
  check(await page.locator('#results .hit h2 mark').count() > 0, 'the matched word is highlighted in the title');
  check(/[١٢٣٤٥٦٧٨٩0-9]/.test(await page.textContent('#total')), 'the number of results is shown');
  check(await page.locator('#facets button.facet').count() > 0, 'facets are shown');
  check(await page.evaluate(() => getComputedStyle(document.querySelector('.hit')).direction) === 'rtl',
        'results are laid out right to left');
  await page.evaluate(() => document.fonts.ready);
  check(await page.evaluate(() => document.fonts.check('18px "Noto Naskh Arabic"', 'بلينكن')),
        'the Arabic font (Noto Naskh Arabic) is loaded from marsad');
  await page.screenshot({path: path.join(outDir, 'results.png'), fullPage: true});

  // A facet narrows the results (click the first source).
  const facetCount = await page.locator('#facets section').first().locator('button.facet').count();
  check(facetCount > 0, 'the first facet has values');
  await page.locator('#facets button.facet').first().click();
  await page.waitForSelector('#filters button');
  check(await page.locator('#results .hit').count() >= 1, 'a clicked facet keeps matching results');

  // Open the article.
  await page.click('#results .hit h2 a');
  await page.waitForSelector('#article-view:not([hidden])');
  check((await page.textContent('#article-title')).trim() === title, 'the article view shows its title');
  check(await page.locator('#article-body p').count() > 1, 'the article view shows its paragraphs');
  check(await page.locator('#article-tags li').count() > 0, 'the article view shows its tags');
  await page.screenshot({path: path.join(outDir, 'article.png'), fullPage: true});

  // Phone width: nothing scrolls sideways.
  await page.setViewportSize({width: 390, height: 844});
  await page.waitForTimeout(100);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `a 390 px wide phone does not scroll sideways (overflow ${overflow}px)`);
  await page.screenshot({path: path.join(outDir, 'phone.png'), fullPage: false});

  check(foreign.length === 0, `nothing fetched from another host ${foreign.join(' ')}`);
  check(consoleErrors.length === 0, `no script errors ${consoleErrors.join(' | ')}`);
} catch (e) {
  failed = true;
  console.error('e2e: FAILED:', e.message);
} finally {
  if (browser) await browser.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.on('exit', (code) => r(code)));
    server.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) { failed = true; console.error(`e2e: marsad serve exited with ${code} on SIGTERM`); }
    else console.log('ok - marsad serve stops cleanly on SIGTERM');
  }
  fs.rmSync(work, {recursive: true, force: true});
}
process.exit(failed ? 1 : 0);
