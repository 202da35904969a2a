// Concurrent GraphQL writers for tools/fault: each owns one cadre and writes until told to stop, retrying every
// unanswered write with the same idempotency key (as a client that wants exactly-once must). Every acknowledged
// write (the mutation answered without error) is appended to the ack file as one JSON line:
//   {"tag", "kind", "stream", "version", "writer", "step", "attempts", "at"}
// Each write carries its tag (in its reason, or as the title of the case's post: case_opened keeps no reason), so the
// checker finds it among the stored events.
//
//   node tools/fault-writers.mjs URL TOKEN WRITERS ACKS STOPFILE SETUPFILE
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const [url, token, writersText, acksFile, stopFile, setupFile] = process.argv.slice(2);
const writers = Number(writersText);
const stats = { acknowledged: 0, retries: 0, refused: 0, maxGapMs: 0, lastAckAt: 0, errors: {} };

async function gql(query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15000),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) };
}

const uuid = (globalId) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? globalId;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const note = (what) => { stats.errors[what] = (stats.errors[what] ?? 0) + 1; };

// Sends one mutation until it is acknowledged (or the deadline passes after the stop signal); returns its entity.
async function exactlyOnce(mutation, inputType, input, entity) {
  const query = `mutation($input: ${inputType}!) { ${mutation}(input: $input) { errors { code message } ${entity} { id version } } }`;
  let stopSeenAt = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      const { status, body } = await gql(query, { input });
      const payload = body.data?.[mutation];
      if (!body.errors && payload && payload.errors.length === 0 && payload[entity]) return { ...payload[entity], attempts: attempt };
      if (payload && payload.errors.length > 0) {
        // A refusal by the ledger is final: the command was not recorded (and is not retried).
        note(`refused ${payload.errors[0].code}`);
        stats.refused++;
        return null;
      }
      note(`HTTP ${status} ${body.errors?.[0]?.extensions?.code ?? 'no code'}`);
    } catch (error) {
      note(error.name === 'TimeoutError' ? 'timeout' : (error.cause?.code ?? error.name));
    }
    stats.retries++;
    if (existsSync(stopFile)) {
      stopSeenAt ||= Date.now();
      if (Date.now() - stopSeenAt > 60000) return null; // unanswered for a minute after the end: given up, not acknowledged
    }
    await sleep(200);
  }
}

function acknowledge(writer, step, kind, tag, entity) {
  const now = Date.now();
  if (stats.lastAckAt) stats.maxGapMs = Math.max(stats.maxGapMs, now - stats.lastAckAt);
  stats.lastAckAt = now;
  stats.acknowledged++;
  appendFileSync(acksFile, JSON.stringify({ tag, kind, stream: uuid(entity.id), version: entity.version, writer, step, attempts: entity.attempts, at: now }) + '\n');
}

async function writer(index, setup) {
  const cadreId = setup.cadres[index];
  for (let step = 1; !existsSync(stopFile); step++) {
    const tag = `fault-${setup.run}-w${index}-s${step}`;
    const key = tag;
    if (step % 5 === 0) {
      // A transfer into a township post at 47: the evaluator raises a finding for it.
      const input = {
        channel: 'INBOUND_TRANSFER', cadreId, exchangeReason: 'WORK_NEEDS', effectiveOn: '2017-02-10', reason: tag, idempotencyKey: key,
        toPost: { unitId: setup.county, title: tag, level: 'TOWNSHIP', grade: 'DEPUTY', isLeadership: true },
      };
      const entity = await exactlyOnce('openCase', 'OpenCaseInput', input, 'case');
      if (entity) acknowledge(index, step, 'case', tag, entity);
    } else {
      const input = { cadreId, education: `学历-${index}-${step}`, effectiveOn: '2020-01-01', reason: tag, idempotencyKey: key };
      const entity = await exactlyOnce('correctCadreDetails', 'CorrectCadreDetailsInput', input, 'cadre');
      if (entity) acknowledge(index, step, 'cadre', tag, entity);
    }
  }
}

async function setUp() {
  const run = Date.now().toString(36);
  const unit = await gql(`mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { errors { code } unit { id } } }`,
    { input: { code: `F${run}`.slice(0, 12), name: '原州区', kind: 'PARTY_GOV_ORGAN', level: 'COUNTY', area: 'MOUNTAIN', effectiveOn: '2016-01-01' } });
  const county = unit.body.data.registerUnit.unit.id;
  const cadres = [];
  for (let i = 0; i < writers; i++) {
    const cadre = await gql(`mutation($input: RegisterCadreInput!) { registerCadre(input: $input) { errors { code } cadre { id } } }`, {
      input: {
        name: `写入者${i}`, gender: 'MALE', birthDate: '1969-11-20', ethnicity: '汉族', education: '大学本科', workStartDate: '1990-08-01',
        category: 'CIVIL_SERVANT', growthPlaces: ['原州区'],
      },
    });
    cadres.push(cadre.body.data.registerCadre.cadre.id);
  }
  return { run, county, cadres };
}

const setup = await setUp();
writeFileSync(setupFile, JSON.stringify(setup));
const started = Date.now();
const progress = setInterval(() => process.stderr.write(`[writers] ${stats.acknowledged} acknowledged, ${stats.retries} retries\n`), 5000);
await Promise.all(Array.from({ length: writers }, (_, i) => writer(i, setup)));
clearInterval(progress);
stats.seconds = (Date.now() - started) / 1000;
console.log(JSON.stringify(stats));
