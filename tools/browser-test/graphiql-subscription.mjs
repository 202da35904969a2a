// Runs a subscription in GraphiQL in headless Chromium (Debian's chromium), as a person would: the subscription and the
// Authorization header are in the editors, the run button is clicked, and while it runs a writer commits a change; the
// change must appear in GraphiQL's result pane, streamed over the page's WebSocket to /graphql (graphql-transport-ws).
//
//   node graphiql-subscription.mjs --url http://127.0.0.1:5080/graphql --token TOKEN --query 'subscription { … }' \
//     --write '{"query":"mutation …","variables":{…}}' --writer-token TOKEN --expect TEXT
//
// The write is sent again every half second until the text appears (the subscription is live only once GraphiQL has
// opened its socket and subscribed; writing until seen needs no guess of when that is), at most 30 times; %NN% in it
// becomes the attempt's number, 01 to 30 (e.g. a later date each time).
// Prints one JSON line with what it saw; exit 0 when every check passed, 1 otherwise, 2 on misuse.
import { launchChromium, option } from './browser.mjs';

const url = option('url');
const token = option('token');
const query = option('query');
const write = option('write');
const writerToken = option('writer-token');
const expect = option('expect');
if (!url || !token || !query || !write || !writerToken || !expect) {
  console.error('usage: node graphiql-subscription.mjs --url URL --token TOKEN --query SUBSCRIPTION --write JSON --writer-token TOKEN --expect TEXT');
  process.exit(2);
}

// socket: the WebSocket the page opened; init: whether connection_init carried the header; subscribed: the document sent.
const seen = { socket: null, protocol: null, init: null, subscribed: null, writes: 0, result: null };
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(15000);
  await page.evaluateOnNewDocument((headers, text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('graphiql:headers', headers);
      localStorage.setItem('graphiql:query', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2), query);

  // The page's WebSocket traffic, from the DevTools protocol.
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.webSocketCreated', (e) => { seen.socket = e.url; });
  cdp.on('Network.webSocketWillSendHandshakeRequest', (e) => {
    seen.protocol = e.request.headers['Sec-WebSocket-Protocol'] ?? e.request.headers['sec-websocket-protocol'] ?? null;
  });
  cdp.on('Network.webSocketFrameSent', (e) => {
    try {
      const message = JSON.parse(e.response.payloadData);
      if (message.type === 'connection_init') seen.init = { authorization: String(message.payload?.Authorization ?? '').startsWith('Bearer ') };
      if (message.type === 'subscribe') seen.subscribed = message.payload?.query ?? null;
    } catch {
      // not JSON: not ours
    }
  });

  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.click('.graphiql-execute-button');

  const shown = () => page.$eval('.graphiql-response', (e) => e.innerText.replace(/\s+/g, ' ').slice(0, 1000)).catch(() => '');
  for (let i = 0; i < 30 && !(await shown()).includes(expect); i++) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${writerToken}` },
      body: write.replaceAll('%NN%', String(i + 1).padStart(2, '0')),
    });
    const body = await response.json();
    const refused = Object.values(body.data ?? {})[0]?.errors ?? [];
    if (body.errors || refused.length > 0) throw new Error(`the write failed: ${JSON.stringify(body.errors ?? refused)}`);
    seen.writes++;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  seen.result = await shown();
} catch (error) {
  seen.error = String(error);
} finally {
  await browser.close();
}

const passed =
  !seen.error &&
  (seen.socket ?? '').startsWith('ws') &&
  seen.protocol === 'graphql-transport-ws' &&
  seen.init?.authorization === true &&
  (seen.subscribed ?? '').includes('subscription') &&
  (seen.result ?? '').includes(expect) &&
  !(seen.result ?? '').includes('"errors"');
console.log(JSON.stringify({ passed, ...seen }));
process.exit(passed ? 0 : 1);
