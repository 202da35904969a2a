// Opens GraphiQL in headless Chromium (Debian's chromium) as a person would and checks what they see:
// the schema loads (GraphiQL's own introspection query is answered without errors), the documentation
// explorer lists Query, and a query sent with the Authorization header shows data.
//
//   node graphiql.mjs --url http://127.0.0.1:5080/graphql --token TOKEN --query '{ … }' --expect TEXT [--screenshot FILE]
//
// Prints one JSON line with what it saw; exit 0 when every check passed, 1 otherwise, 2 on misuse.
import { launchChromium, option } from './browser.mjs';

const url = option('url');
const token = option('token');
const query = option('query');
const expect = option('expect');
const screenshot = option('screenshot');
if (!url || !token || !query || !expect) {
  console.error('usage: node graphiql.mjs --url URL --token TOKEN --query QUERY --expect TEXT [--screenshot FILE]');
  process.exit(2);
}

const seen = { introspection: null, docExplorer: null, headers: null, result: null };
// headers: whether the user's query was sent with the Authorization header from the Headers editor.
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(15000);
  // What a person pastes into the Headers and query editors, GraphiQL keeps in localStorage: put it there
  // before the page's scripts run, so the page opens with the header and the query in its editors.
  await page.evaluateOnNewDocument((headers, text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('graphiql:headers', headers);
      localStorage.setItem('graphiql:query', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2), query);

  await page.setViewport({ width: 1280, height: 900 });
  // The user's query leaves the page with the header from the Headers editor.
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (request.method() === 'POST' && body.length > 0 && !body.includes('__schema'))
      seen.headers = request.headers().authorization ? 'Authorization: Bearer …' : 'no Authorization header';
  });
  page.on('response', async (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || !(request.postData() ?? '').includes('__schema')) return;
    try {
      const body = await response.json();
      seen.introspection = {
        status: response.status(),
        errors: body.errors ?? null,
        types: body.data?.__schema?.types?.length ?? 0,
        hasQuery: (body.data?.__schema?.types ?? []).some((t) => t.name === 'Query'),
      };
    } catch (error) {
      seen.introspection = { status: response.status(), errors: [String(error)] };
    }
  });

  await page.goto(url, { waitUntil: 'networkidle0' });

  // The documentation explorer: its button, then the root types it lists.
  await page.click('[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer');
  await page.waitForFunction(() => document.querySelector('.graphiql-doc-explorer')?.innerText.includes('Query'));
  seen.docExplorer = await page.$eval('.graphiql-doc-explorer', (e) => e.innerText.replace(/\s+/g, ' ').slice(0, 300));

  await page.click('.graphiql-execute-button');
  // Until the response pane shows the expected data or an error (then there is nothing more to wait for).
  await page.waitForFunction(
    (text) => {
      const shown = document.querySelector('.graphiql-response')?.innerText ?? '';
      return shown.includes(text) || shown.includes('"errors"');
    },
    {},
    expect,
  ).catch(() => undefined);
  seen.result = await page.$eval('.graphiql-response', (e) => e.innerText.replace(/\s+/g, ' ').slice(0, 1000));
  if (screenshot) await page.screenshot({ path: screenshot });
} catch (error) {
  seen.error = String(error);
} finally {
  await browser.close();
}

const passed =
  !seen.error &&
  seen.introspection?.status === 200 &&
  seen.introspection.errors === null &&
  seen.introspection.hasQuery &&
  (seen.docExplorer ?? '').includes('Query') &&
  seen.headers === 'Authorization: Bearer …' &&
  (seen.result ?? '').includes(expect) &&
  !(seen.result ?? '').includes('"errors"');
console.log(JSON.stringify({ passed, ...seen }));
process.exit(passed ? 0 : 1);
