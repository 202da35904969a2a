// Subscribes to CaseLedger over graphql-transport-ws with the npm graphql-ws client (and, for a client that stops reading,
// a raw ws socket), records what each subscription receives and how its socket closes, until stdin ends; prints JSON.
// A scenario may name its own url (another node); with "progress": true each event it receives is also announced on
// stderr as a line {"name":…,"event":…}, so a test can wait for what it expects while the subscription runs.
//
//   node probe.mjs '{"url":"ws://127.0.0.1:5160/graphql","scenarios":[{"name":"a","token":"…","query":"subscription …","variables":{}}]}'
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { url, scenarios } = JSON.parse(process.argv[2]);
const results = Object.fromEntries(scenarios.map(s => [s.name, { events: [], errors: [], closeCode: null, closeReason: null }]));

for (const s of scenarios) {
  const result = results[s.name];
  if (s.slow) {
    // A client that subscribes and then stops reading its socket.
    const socket = new WebSocket(s.url ?? url, 'graphql-transport-ws');
    socket.on('message', data => {
      const message = JSON.parse(data.toString());
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: s.query, variables: s.variables } }));
        socket.pause();
      } else if (message.type === 'next') result.events.push({}); // big messages: only their number matters
    });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${s.token}` } })));
    socket.on('close', (code, reason) => { result.closeCode = code; result.closeReason = reason.toString(); });
    s.resume = () => socket.resume();
    continue;
  }
  const client = createClient({
    url: s.url ?? url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: s.token ? { Authorization: `Bearer ${s.token}` } : {},
    on: { closed: event => { result.closeCode ??= event.code; result.closeReason ??= event.reason; } },
    onNonLazyError: () => {},
  });
  client.subscribe({ query: s.query, variables: s.variables ?? {} }, {
    next: value => {
      result.events.push(value);
      if (s.progress) process.stderr.write(JSON.stringify({ name: s.name, event: value }) + '\n');
    },
    // A refused subscription errs with its GraphQL errors: their codes are kept.
    error: error => result.errors.push(...(Array.isArray(error) ? error.map(e => e?.extensions?.code ?? e?.message) : [error?.code ?? String(error?.message ?? error)])),
    complete: () => {},
  });
  s.dispose = () => client.dispose();
}

process.stdin.resume();
process.stdin.on('end', async () => {
  for (const s of scenarios) s.resume?.();
  await new Promise(resolve => setTimeout(resolve, 3000)); // the slow client reads what was queued, then its close frame
  for (const s of scenarios) await s.dispose?.();
  process.stdout.write(JSON.stringify(results), () => process.exit(0));
});
