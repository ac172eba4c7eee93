// Signs a demo staff member in through a running gateway in headless Chromium and prints the sign-in cookies as one
// Cookie header value, for measure.mjs --cookie on pages behind sign-in such as the staff dashboard:
//
//   node staff-cookies.mjs [--user rana-staff] [--password demo-rana-staff] http://127.0.0.1:8080/stab/dashbord
//   → samskap_id=…; samskap_access=…
//
// It opens the page, lets the gateway send the browser to Keycloak, fills the login form and follows the redirect
// back. The ID token (and so samskap_id) lasts five minutes: measure right after. Chromium is the system one
// (CHROME_PATH, default /usr/bin/chromium), told to look up no host but 127.0.0.1, like measure.mjs.
import puppeteer from 'puppeteer-core';

const cookieNames = ['samskap_id', 'samskap_access'];
const { user, password, url } = parse(process.argv.slice(2));
if (!url) {
  console.error('usage: node staff-cookies.mjs [--user NAME] [--password PASSWORD] URL');
  process.exit(2);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#username', { timeout: 30_000 });
  await page.type('#username', user);
  await page.type('#password', password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 30_000 }),
    page.click('#kc-login'),
  ]);
  const signedIn = new URL(page.url());
  const wanted = new URL(url);
  if (signedIn.origin !== wanted.origin || signedIn.pathname !== wanted.pathname) {
    throw new Error(`after signing in as ${user} the browser is at ${page.url()}, not ${url}`
      + ' (wrong password, or a gateway port Keycloak does not send back to?)');
  }
  const cookies = await browser.cookies();
  const found = cookieNames.map((name) => cookies.find((c) => c.name === name && c.domain === wanted.hostname));
  const missing = cookieNames.filter((name, i) => !found[i]);
  if (missing.length > 0) {
    throw new Error(`signed in, but the gateway set no ${missing.join(', ')} cookie for ${wanted.hostname}`);
  }
  console.log(found.map((c) => `${c.name}=${c.value}`).join('; '));
} finally {
  await browser.close();
}

function parse(args) {
  const parsed = { user: 'rana-staff', password: 'demo-rana-staff', url: null };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--user') {
      parsed.user = args[++i];
    } else if (args[i] === '--password') {
      parsed.password = args[++i];
    } else {
      parsed.url = args[i];
    }
  }
  return parsed;
}
