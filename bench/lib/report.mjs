// Assembles one benchmark run's measurements into bench/results/<timestamp>.json and prints the table.
//   node bench/lib/report.mjs WORKDIR RESULT_FILE
import { readFileSync, writeFileSync, existsSync } from "node:fs";

const [dir, resultFile] = process.argv.slice(2);
const read = (name) => (existsSync(`${dir}/${name}.json`) ? JSON.parse(readFileSync(`${dir}/${name}.json`, "utf8")) : null);
// A timed wrk run with what happened in the API and PostgreSQL while it ran (the counters' differences, tools/bench wrk_run).
const timed = (name) => {
  const result = read(name);
  const [before, after] = [read(`${name}.runtime-before`), read(`${name}.runtime-after`)];
  if (result && before && after) result.during = Object.fromEntries(Object.keys(after).map((k) => [k, round(after[k] - before[k], 1)]));
  return result;
};
const meta = read("meta");
const seed = read("manifest");
for (const list of ["cadreIds", "caseIds", "writePoolGraphQL", "writePoolDirect"]) delete seed[list];

// The same GraphQL steps and raw appends again with few clients (meta.fewWriteClients), where the rate is bound by latency.
const writes = { graphql: read("writes-graphql"), direct: read("writes-direct"), raw: read("writes-raw"), fewClients: { graphql: read("writes-graphql-few"), raw: read("writes-raw-few") } };
const reads = {
  cadreGraphQL: timed("read-cadre-graphql"), cadrePlain: timed("read-cadre-plain"), caseHistory: timed("read-case-history"),
  countyGraphQL: timed("read-cadre-graphql-county"), countyPlain: timed("read-cadre-plain-county"),
  cityGraphQL: timed("read-cadre-graphql-city"), cityPlain: timed("read-cadre-plain-city"),
  oneConnectionGraphQL: timed("read-cadre-graphql-1"), oneConnectionPlain: timed("read-cadre-plain-1"),
  // How far behind the evaluator was when each write mode ended (each mode's own JSON has settledAfterWarmup: it had judged
  // the warm-up before the timed steps began), and how long the next mode, then the reads, waited for it to catch up.
  settledAfterWrites: { graphql: read("writes-settled-graphql"), direct: read("writes-settled-direct"), graphqlFewClients: read("writes-settled-graphql-few") },
};
const timeTravel = {};
for (const length of ["10", "100", "1000"]) {
  timeTravel[length] = { caseAsRecordedAt: timed(`tt-case-${length}`), cadrePostingAsOf: timed(`tt-cadre-${length}`) };
}
// When the long streams' checkpoints existed (the bench waits for them before timing time travel).
timeTravel.checkpoints = read("tt-checkpoints");
const memory = read("memory");
// The full audit with what ran meanwhile, and where the cores' time went (CPU-seconds over all cores; tools/bench host_cpu).
const cpuDuring = (name) => {
  const [before, after] = [read(`${name}.host-before`), read(`${name}.host-after`)];
  if (!before || !after) return undefined;
  const seconds = (k) => round((after[k] - before[k]) / after.hz, 1);
  return { apiSeconds: seconds("api"), busySeconds: seconds("busy"), idleSeconds: seconds("idle"), iowaitSeconds: seconds("iowait"), stealSeconds: seconds("steal") };
};
const audits = { full: { ...timed("audit-full"), cpu: cpuDuring("audit-full") }, appendToFinding: read("audit-latency") };
const rebuild = read("rebuild");

const writeRatio = writes.graphql.stepsPerSecond / writes.direct.stepsPerSecond;
const rawRatio = writes.graphql.stepsPerSecond / writes.raw.stepsPerSecond;
const readRatio = reads.cadreGraphQL.rps / reads.cadrePlain.rps;
// Issue #14's ratios, all from this run.
const ratios = {
  graphqlWritesVsRawMarten: round(rawRatio, 3),
  graphqlWritesVsRawMartenFewClients: round(writes.fewClients.graphql.stepsPerSecond / writes.fewClients.raw.stepsPerSecond, 3),
  graphqlWritesVsInProcess: round(writeRatio, 3),
  readsGraphQLVsPlain: { admin: round(readRatio, 3), county: round(reads.countyGraphQL.rps / reads.countyPlain.rps, 3), city: round(reads.cityGraphQL.rps / reads.cityPlain.rps, 3) },
  scopedVsAdminThroughput: { county: round(reads.countyGraphQL.rps / reads.cadreGraphQL.rps, 3), city: round(reads.cityGraphQL.rps / reads.cadreGraphQL.rps, 3) },
  scopedVsAdminP99: { county: round(reads.countyGraphQL.p99Ms / reads.cadreGraphQL.p99Ms, 3), city: round(reads.cityGraphQL.p99Ms / reads.cadreGraphQL.p99Ms, 3) },
  graphqlP99VsPlainP99At32Connections: round(reads.cadreGraphQL.p99Ms / reads.cadrePlain.p99Ms, 3),
  graphqlP99VsPlainP99At1Connection: round(reads.oneConnectionGraphQL.p99Ms / reads.oneConnectionPlain.p99Ms, 3),
  asRecordedAtP99_1000vs10: round(timeTravel["1000"].caseAsRecordedAt.p99Ms / timeTravel["10"].caseAsRecordedAt.p99Ms, 3),
};
const targets = {
  writesVsRawMartenAtLeast50pc: rawRatio >= 0.5,
  readsVsPlainAtLeast60pcEveryScope: Object.values(ratios.readsGraphQLVsPlain).every((r) => r >= 0.6),
  scopedReadsAtLeast70pcOfAdminAndP99AtMost1_5x: Object.values(ratios.scopedVsAdminThroughput).every((r) => r >= 0.7) && Object.values(ratios.scopedVsAdminP99).every((r) => r <= 1.5),
  graphqlP99AtMost1_5xPlainAt32Connections: ratios.graphqlP99VsPlainP99At32Connections <= 1.5,
  asRecordedAtP99_1000vs10AtMost1_5x: ratios.asRecordedAtP99_1000vs10 <= 1.5,
  writesRatioAtLeast50pc: writeRatio >= 0.5,
  readsRatioAtLeast60pc: readRatio >= 0.6,
  readsP99AtMost20msAt32Connections: reads.cadreGraphQL.p99Ms <= 20,
  rebuildAtLeast20000EventsPerSecond: rebuild.eventsPerSecond >= 20000,
  // A million events in 120 s is 8,334 events/s; a smaller ledger is judged by the same rate.
  fullAuditAtMost120sPerMillionEvents: audits.full.eventsPerSecond >= 1e6 / 120,
  appendToFindingP99AtMost2s: audits.appendToFinding.p99Ms <= 2000,
  apiPeakWorkingSetAtMost1GiB: memory.vmHwmKb <= 1024 * 1024,
};
const result = { meta, seed, writes: { ...writes, ratio: round(writeRatio, 3) }, reads: { ...reads, ratio: round(readRatio, 3) }, timeTravel, audits, rebuild, memory, ratios, targets };
writeFileSync(resultFile, JSON.stringify(result, null, 2) + "\n");

const ms = (x) => `${x.toFixed(1)} ms`;
const lat = (r) => `p50 ${ms(r.p50Ms)} · p95 ${ms(r.p95Ms)} · p99 ${ms(r.p99Ms)}`;
const errs = (r) => Object.values(r.errors ?? {}).reduce((a, b) => a + b, 0);
const rows = [
  ["Seed (" + seed.size + ", seed " + seed.seed + ")", `${seed.events} events, ${seed.cadres} cadres, ${seed.cases} cases, ${seed.units} units`, `${seed.eventsPerSecond} events/s (${meta.seedWriters} writers)`, ""],
  ["Writes: extendSecondment via POST /graphql", `${writes.graphql.clients} clients, ${writes.graphql.requests} steps, ${writes.graphql.failures} failed`, `${writes.graphql.stepsPerSecond} steps/s`, `p50 ${ms(writes.graphql.p50Ms)} · p99 ${ms(writes.graphql.p99Ms)}`],
  ["Writes: same steps in-process (Mediator → LedgerAppender → Marten)", `${writes.direct.clients} clients, ${writes.direct.requests} steps, ${writes.direct.failures} failed`, `${writes.direct.stepsPerSecond} steps/s`, `p50 ${ms(writes.direct.p50Ms)} · p99 ${ms(writes.direct.p99Ms)}`],
  ["Writes: raw Marten, one event per transaction with expected version, no projections", `${writes.raw.clients} clients, ${writes.raw.requests} appends, ${writes.raw.failures} failed`, `${writes.raw.stepsPerSecond} appends/s`, `p50 ${ms(writes.raw.p50Ms)} · p99 ${ms(writes.raw.p99Ms)}`],
  ["Writes: GraphQL / raw Marten", "target ≥ 50% (moonshot ≥ 70%)", `${(rawRatio * 100).toFixed(0)}%`, targets.writesVsRawMartenAtLeast50pc ? "MET" : "MISSED"],
  ["Writes: GraphQL / direct", "(in-process path)", `${(writeRatio * 100).toFixed(0)}%`, ""],
  ...[["GraphQL", writes.fewClients.graphql, "steps"], ["raw Marten", writes.fewClients.raw, "appends"]].map(([what, w, unit]) => [
    `Writes at few clients: ${what}`, `${w.clients} clients, ${w.requests} ${unit}, ${w.failures} failed`, `${w.stepsPerSecond} ${unit}/s`, `p50 ${ms(w.p50Ms)} · p99 ${ms(w.p99Ms)}`]),
  ["Writes at few clients: GraphQL / raw Marten", "(bound by latency)", `${(ratios.graphqlWritesVsRawMartenFewClients * 100).toFixed(0)}%`, ""],
  ...Object.entries(reads.settledAfterWrites).map(([mode, s]) => [`The next measurement waits for the evaluator to judge the ${mode} writes`,
    s ? `${s.eventsBehind} events behind` : "—", s ? `waited ${s.seconds} s` : "—", s?.caughtUp === false ? "gave up after 600 s" : ""]),
  ["Read: cadre(id) { currentPosting … } via /graphql", `wrk ${meta.connections} conns, ${meta.readSeconds} s, ${errs(reads.cadreGraphQL)} errors`, `${reads.cadreGraphQL.rps.toFixed(0)} req/s`, lat(reads.cadreGraphQL)],
  ["Read: same read model, plain GET /bench/cadre-posting/{id}", `wrk ${meta.connections} conns, ${meta.readSeconds} s, ${errs(reads.cadrePlain)} errors`, `${reads.cadrePlain.rps.toFixed(0)} req/s`, lat(reads.cadrePlain)],
  ["Read: GraphQL / plain", "target ≥ 60%", `${(readRatio * 100).toFixed(0)}%`, targets.readsRatioAtLeast60pc ? "MET" : "MISSED"],
  ["Read: GraphQL p99 / plain p99 at " + meta.connections + " connections", "target ≤ 1.5×", `${ratios.graphqlP99VsPlainP99At32Connections}×`, targets.graphqlP99AtMost1_5xPlainAt32Connections ? "MET" : "MISSED"],
  ["Read: GraphQL p99 / plain p99 at 1 connection", "(for comparison)", `${ratios.graphqlP99VsPlainP99At1Connection}×`, `GraphQL ${lat(reads.oneConnectionGraphQL)}; plain ${lat(reads.oneConnectionPlain)}`],
  ["Read: case(id) { steps history } via /graphql", `wrk ${meta.connections} conns, ${meta.readSeconds} s, ${errs(reads.caseHistory)} errors`, `${reads.caseHistory.rps.toFixed(0)} req/s`, lat(reads.caseHistory)],
];
for (const [scope, who] of [["county", "county registrar (原州区)"], ["city", "city inspector (固原市)"]]) {
  const g = reads[`${scope}GraphQL`], p = reads[`${scope}Plain`];
  rows.push([`Read as a ${who}: cadre(id) { currentPosting … } via /graphql`, `wrk ${meta.connections} conns, ${errs(g)} errors`, `${g.rps.toFixed(0)} req/s`, lat(g)]);
  rows.push([`Read as a ${who}: plain endpoint, same token and remit`, `wrk ${meta.connections} conns, ${errs(p)} errors`, `${p.rps.toFixed(0)} req/s`, lat(p)]);
  rows.push([`Read as a ${who}: GraphQL / plain; vs admin GraphQL`, "targets ≥ 60%; ≥ 70% of admin, p99 ≤ 1.5× admin",
    `${(ratios.readsGraphQLVsPlain[scope] * 100).toFixed(0)}%; ${(ratios.scopedVsAdminThroughput[scope] * 100).toFixed(0)}% of admin, p99 ${ratios.scopedVsAdminP99[scope]}×`,
    `${ratios.readsGraphQLVsPlain[scope] >= 0.6 ? "MET" : "MISSED"}; ${ratios.scopedVsAdminThroughput[scope] >= 0.7 && ratios.scopedVsAdminP99[scope] <= 1.5 ? "MET" : "MISSED"}`]);
}
for (const length of ["10", "100", "1000"]) {
  const t = timeTravel[length];
  rows.push([`Time travel: case { asRecordedAt } on a ${length}-event stream`, `wrk ${meta.timeTravelConnections} conns, ${meta.timeTravelSeconds} s`, `${t.caseAsRecordedAt.rps.toFixed(0)} req/s`, lat(t.caseAsRecordedAt)]);
  rows.push([`Time travel: cadre { posting(asOf) } (career from that stream)`, `wrk ${meta.timeTravelConnections} conns, ${meta.timeTravelSeconds} s`, `${t.cadrePostingAsOf.rps.toFixed(0)} req/s`, lat(t.cadrePostingAsOf)]);
}
const verdict = (met) => (met ? "MET" : "MISSED");
rows.push(["Time travel: asRecordedAt p99, 1,000-event / 10-event stream", "target ≤ 1.5×", `${ratios.asRecordedAtP99_1000vs10}×`, verdict(targets.asRecordedAtP99_1000vs10AtMost1_5x)]);
const n = (x) => Math.round(x).toLocaleString("en-US");
rows.push(["Audits: full evaluation of every rule over the seeded ledger (the API's evaluator from sequence 0)",
  `${n(audits.full.events)} events, ${n(audits.full.findings)} findings; target 1M events ≤ 120 s (≥ 8,334 events/s)`,
  `${audits.full.seconds} s (${n(audits.full.eventsPerSecond)} events/s)`, verdict(targets.fullAuditAtMost120sPerMillionEvents)]);
rows.push(["Audits: append a violating step (TL-DECISION-QUORUM) → its finding in case { findings }",
  `${audits.appendToFinding.samples} samples, one at a time; target p99 ≤ 2 s`,
  `p50 ${ms(audits.appendToFinding.p50Ms)} · p99 ${ms(audits.appendToFinding.p99Ms)}`, verdict(targets.appendToFindingP99AtMost2s)]);
rows.push(["Projection rebuild: every read model from the events (caseledger rebuild)",
  `${n(rebuild.events)} events × ${rebuild.projections.length} projections in ${rebuild.seconds} s; target ≥ 20,000 events/s`,
  `${n(rebuild.eventsPerSecond)} events/s`, `${verdict(targets.rebuildAtLeast20000EventsPerSecond)}; per projection ${rebuild.projections.map((p) => `${p.projection} ${n(p.eventsPerSecond)}`).join(", ")}`]);
rows.push(["Memory: API peak working set (VmHWM)", "whole run; target ≤ 1 GiB", `${(memory.vmHwmKb / 1024).toFixed(0)} MiB`, `${verdict(targets.apiPeakWorkingSetAtMost1GiB)}; VmRSS at end ${(memory.vmRssKb / 1024).toFixed(0)} MiB`]);

console.log(`\nCaseLedger benchmark — ${meta.date} — commit ${meta.commit} — ${meta.cpus} CPUs (${meta.cpuModel}), load average at start ${meta.loadAtStart}\n`);
console.log("| Measurement | Setup | Result | Latency / verdict |");
console.log("|---|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log(`\nJSON: ${resultFile}`);

function round(x, digits) { return Math.round(x * 10 ** digits) / 10 ** digits; }
