// The audit half of tools/bench, over the API's own GraphQL (token in $BENCH_TOKEN):
//   node bench/lib/audits.mjs catch-up URL STARTED_AT_MS OUT   time until the evaluator has judged every event in the ledger
//   node bench/lib/audits.mjs latency URL SAMPLES OUT          delay from a violating step's append to its finding being queryable
//   node bench/lib/audits.mjs settle URL OUT                   wait until the evaluator has judged the steps just written
import { writeFileSync } from "node:fs";

const [mode, url, arg, out] = process.argv.slice(2);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function gql(query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.BENCH_TOKEN ?? ""}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function mutate(name, input, selection) {
  const type = name[0].toUpperCase() + name.slice(1) + "Input";
  const data = await gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} errors { code message } } }`, { input });
  if (data[name].errors.length > 0) throw new Error(`${name}: ${JSON.stringify(data[name].errors)}`);
  return data[name];
}

// The daemon starts with the API on a freshly seeded ledger, so its first pass is a full evaluation of every rule.
async function catchUp(startedAtMs) {
  for (;;) {
    // On a busy box a poll may time out while the evaluator works: that is no answer yet, not a failure.
    // Only the progress while it runs: counting the findings reads every one of them, and doing that four times a second
    // loaded the database the evaluator works on (a large ledger has 150k findings). They are counted once, at the end.
    const s = await gql("{ auditSummary { caughtUp evaluatedThroughSequence latestSequence } }").then((d) => d.auditSummary, () => null);
    if (s?.caughtUp) {
      const seconds = (Date.now() - startedAtMs) / 1000;
      const { counts } = (await gql("{ auditSummary { counts { count } } }")).auditSummary;
      const findings = counts.reduce((sum, c) => sum + c.count, 0);
      return { seconds: round(seconds), events: s.latestSequence, eventsPerSecond: round(s.latestSequence / seconds), findings };
    }
    await sleep(250);
  }
}

// The write phase leaves the evaluator hundreds of steps behind, and a large ledger's evaluator works through them more
// slowly, so reads timed at once shared the 2 cores with its backlog for longer at large (measured, 32 connections, county
// plain endpoint, 1,000 steps then reads: large p99 334 ms, still 367 events behind after 10 s, vs 112 ms once caught up;
// small 169 vs 98 ms, caught up within the read): large vs small was 1.97x with the backlog, 1.15x without. Reads wait
// for it here, as they would find an API that is not catching up on a burst of writes; the wait is in the result JSON.
async function settle() {
  const started = performance.now();
  let first = null;
  for (;;) {
    const s = await gql("{ auditSummary { caughtUp evaluatedThroughSequence latestSequence } }").then((d) => d.auditSummary, () => null);
    if (s && first == null) first = s.latestSequence - s.evaluatedThroughSequence;
    if (s?.caughtUp) return { eventsBehind: first, seconds: round((performance.now() - started) / 1000) };
    if (performance.now() - started > 600_000) return { eventsBehind: first, seconds: round((performance.now() - started) / 1000), caughtUp: false };
    await sleep(250);
  }
}

// Each sample: a fresh cadre and secondment case with a motion (not timed), then a collective decision with
// 5 of 11 members present (TL-DECISION-QUORUM); timed from the mutation's answer (committed) to the finding in case { findings }.
async function latency(samples) {
  const delays = [];
  for (let i = 0; i < samples; i++) {
    const { cadre } = await mutate("registerCadre", { name: `基准审计${i}`, gender: "MALE", birthDate: "1980-04-12", ethnicity: "汉族",
      education: "大学本科", workStartDate: "2002-08-01", category: "CIVIL_SERVANT", reason: "bench" }, "cadre { id }");
    const opened = await mutate("openCase", { channel: "OUTBOUND_SECONDMENT", cadreId: cadre.id, effectiveOn: "2025-03-03" }, "case { id }");
    const caseId = opened.case.id;
    await mutate("raiseMotion", { caseId, proposedBy: "组织部", summary: "选派挂职", effectiveOn: "2025-03-05" }, "case { id }");
    await mutate("takeCollectiveDecision", { caseId, body: "STANDING_COMMITTEE", membersEntitled: 11, attendees: 5, votesFor: 5, votesAgainst: 0,
      abstentions: 0, principalSpokeLast: true, effectiveOn: "2025-03-10" }, "case { id }");
    const appended = performance.now();
    for (;;) {
      const { case: c } = await gql("query($id: ID!) { case(id: $id) { findings { ruleId } } }", { id: caseId });
      if (c.findings.some((f) => f.ruleId === "TL-DECISION-QUORUM")) break;
      if (performance.now() - appended > 30_000) throw new Error(`no TL-DECISION-QUORUM finding on ${caseId} after 30 s`);
      await sleep(10);
    }
    delays.push(performance.now() - appended);
  }
  delays.sort((a, b) => a - b);
  const at = (p) => round(delays[Math.min(delays.length - 1, Math.ceil((p / 100) * delays.length) - 1)]);
  return { samples, p50Ms: at(50), p99Ms: at(99), maxMs: round(delays[delays.length - 1]), meanMs: round(delays.reduce((a, b) => a + b, 0) / samples) };
}

function round(x) { return Math.round(x * 10) / 10; }

const result = mode === "catch-up" ? await catchUp(Number(arg)) : mode === "settle" ? await settle() : await latency(Number(arg));
writeFileSync(mode === "settle" ? arg : out, JSON.stringify(result) + "\n");
console.log(JSON.stringify(result));
