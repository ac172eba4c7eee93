// Runs Lighthouse (mobile settings, the default form factor) against each URL given, several times each, keeps the
// median run by performance score, prints the scores and the main timings as Markdown table rows, and exits 1 when a
// category scores below its budget. Lighthouse itself exits 0 whatever the scores, so the JSON is what counts.
//
//   node measure.mjs [--runs 3] [--budget performance=95] [--budget accessibility=100] [--cookie 'a=b; c=d'] URL...
//
// --cookie sends a Cookie header with every request, for pages behind sign-in: staff-cookies.mjs signs a demo staff
// member in and prints samskap_id and samskap_access in this form. A run that ends anywhere but the URL asked for
// (an expired cookie sends the browser to Keycloak) stops the script, so the sign-in page is never scored instead.
//
// Chromium is the system one (CHROME_PATH, default /usr/bin/chromium); it is told to look up no host but 127.0.0.1,
// so a run never reaches outside the machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const lighthouse = join(here, 'node_modules', '.bin', 'lighthouse');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeFlags = "--headless --no-sandbox --disable-gpu --disable-dev-shm-usage"
  + " --host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'";
const categories = ['performance', 'accessibility', 'best-practices'];

const { runs, budgets, cookie, urls } = parse(process.argv.slice(2));
if (urls.length === 0) {
  console.error('usage: node measure.mjs [--runs N] [--budget category=score]... URL...');
  process.exit(2);
}

const version = JSON.parse(readFileSync(join(here, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
const browser = execFileSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
console.log(`Lighthouse ${version}, ${browser}, Node ${process.version}, ${cpus().length} × ${cpus()[0].model},`
  + ` ${Math.round(totalmem() / 2 ** 30)} GiB; mobile settings (simulated slow 4G, 4× CPU slowdown);`
  + ` median of ${runs} run(s) by performance`);
console.log('| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS | Speed Index |');
console.log('|---|---|---|---|---|---|---|---|---|');

const misses = [];
const spreads = [];
const work = mkdtempSync(join(tmpdir(), 'samskap-lighthouse-'));
try {
  for (const url of urls) {
    const reports = [];
    for (let run = 0; run < runs; run++) {
      reports.push(measure(url, join(work, `report-${run}.json`)));
    }
    reports.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const median = reports[Math.floor(reports.length / 2)];
    spreads.push(`${url}: performance ${reports.map((r) => score(r, 'performance')).join(', ')}`);
    const audit = (id) => median.audits[id].displayValue.replace(/\u00a0/g, ' ');
    console.log(`| ${url} | ${categories.map((c) => score(median, c)).join(' | ')} | ${audit('first-contentful-paint')}`
      + ` | ${audit('largest-contentful-paint')} | ${audit('total-blocking-time')} | ${audit('cumulative-layout-shift')}`
      + ` | ${audit('speed-index')} |`);
    for (const [category, budget] of Object.entries(budgets)) {
      if (score(median, category) < budget) {
        misses.push(`${url}: ${category} ${score(median, category)} < ${budget}`
          + failingAudits(median, category).map((a) => `\n    ${a}`).join(''));
      }
    }
  }
} catch (e) {
  rmSync(work, { recursive: true, force: true });
  console.error(e.message);
  process.exit(2);
}
rmSync(work, { recursive: true, force: true });
console.log(`\nEvery run, lowest first:\n  ${spreads.join('\n  ')}`);

if (misses.length > 0) {
  console.error(`\nBelow budget:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nAll within budget (${Object.entries(budgets).map(([c, b]) => `${c} ≥ ${b}`).join(', ')}).`);

function measure(url, output) {
  execFileSync(lighthouse, [url, '--quiet', '--output=json', `--output-path=${output}`,
    `--only-categories=${categories.join(',')}`, `--chrome-flags=${chromeFlags}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : [])],
  { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] });
  const report = JSON.parse(readFileSync(output, 'utf8'));
  if (report.runtimeError) {
    throw new Error(`${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  }
  // A page behind sign-in whose cookie has expired redirects to the sign-in page, which would be measured instead.
  const measured = new URL(report.mainDocumentUrl);
  if (measured.origin !== new URL(url).origin || measured.pathname !== new URL(url).pathname) {
    throw new Error(`${url}: the browser was redirected to ${report.mainDocumentUrl}; is the --cookie still valid?`);
  }
  return report;
}

function score(report, category) {
  return Math.round(report.categories[category].score * 100);
}

function failingAudits(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}

function parse(args) {
  const parsed = { runs: 3, budgets: { performance: 95, accessibility: 100 }, cookie: null, urls: [] };
  let budgetsGiven = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') {
      parsed.runs = Number(args[++i]);
    } else if (args[i] === '--cookie') {
      parsed.cookie = args[++i];
    } else if (args[i] === '--budget') {
      if (!budgetsGiven) {
        parsed.budgets = {};
        budgetsGiven = true;
      }
      const [category, value] = args[++i].split('=');
      parsed.budgets[category] = Number(value);
    } else {
      parsed.urls.push(args[i]);
    }
  }
  return parsed;
}
