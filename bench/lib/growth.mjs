// How cost grows with the ledger: the same measurements from several bench results, side by side.
//   node bench/lib/growth.mjs bench/results/<small>.json bench/results/<medium>.json [bench/results/<large>.json]
import { readFileSync } from "node:fs";
import { during } from "./during.mjs";

const runs = process.argv.slice(2).map((file) => ({ file, ...JSON.parse(readFileSync(file, "utf8")) }));
const ms = (x) => (x == null ? "—" : `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`);
const rate = (x, unit) => (x == null ? "—" : `${Math.round(x).toLocaleString("en-US")} ${unit}`);
const lat = (r) => (r ? `${rate(r.rps, "req/s")}, p50 ${ms(r.p50Ms)}, p99 ${ms(r.p99Ms)}` : "—");
const written = (w, unit) => (w ? `${rate(w.stepsPerSecond, unit)}, p50 ${ms(w.p50Ms)}, p99 ${ms(w.p99Ms)}` : "—");
const rows = [
  ["Ledger", (r) => `${r.seed.events.toLocaleString("en-US")} events, ${r.seed.cadres.toLocaleString("en-US")} cadres, ${r.seed.cases.toLocaleString("en-US")} cases`],
  ["Load average at start", (r) => r.meta.loadAtStart],
  ["Seed", (r) => `${rate(r.seed.eventsPerSecond, "events/s")} (${r.seed.seconds} s)`],
  ["Writes via /graphql", (r) => written(r.writes.graphql, "steps/s")],
  ["Writes in-process", (r) => written(r.writes.direct, "steps/s")],
  ["Raw Marten appends", (r) => written(r.writes.raw, "appends/s")],
  ["Writes via /graphql, few clients", (r) => written(r.writes.fewClients?.graphql, "steps/s")],
  ["Raw Marten appends, few clients", (r) => written(r.writes.fewClients?.raw, "appends/s")],
  ["Read cadre posting via /graphql", (r) => lat(r.reads.cadreGraphQL)],
  ["Read cadre posting, plain endpoint", (r) => lat(r.reads.cadrePlain)],
  ["Read case history via /graphql", (r) => lat(r.reads.caseHistory)],
  // One connection: p50 under a millisecond, so a few slow requests make the p99; with what ran meanwhile.
  ...[["via /graphql", "oneConnectionGraphQL"], ["plain endpoint", "oneConnectionPlain"]].map(([how, name]) => [
    `Read cadre posting at 1 connection, ${how}`, (r) => `${lat(r.reads[name])}${r.reads[name]?.during ? `; ${during(r.reads[name].during)}` : ""}`]),
  ["asRecordedAt, 1,000-event stream", (r) => lat(r.timeTravel["1000"].caseAsRecordedAt)],
  ["Full audit", (r) => (r.audits ? `${r.audits.full.seconds} s (${rate(r.audits.full.eventsPerSecond, "events/s")})` : "—")],
  ["Append → finding", (r) => (r.audits ? `p50 ${ms(r.audits.appendToFinding.p50Ms)}, p99 ${ms(r.audits.appendToFinding.p99Ms)}` : "—")],
  ["Projection rebuild", (r) => (r.rebuild ? `${rate(r.rebuild.eventsPerSecond, "events/s")} (${r.rebuild.seconds} s)` : "—")],
  ["API peak working set", (r) => `${(r.memory.vmHwmKb / 1024).toFixed(0)} MiB`],
];
console.log(`| Measurement | ${runs.map((r) => `${r.meta.size} (${r.file.split("/").pop()})`).join(" | ")} |`);
console.log(`|---|${runs.map(() => "---").join("|")}|`);
for (const [name, cell] of rows) console.log(`| ${name} | ${runs.map(cell).join(" | ")} |`);
