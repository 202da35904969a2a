// Issue #14's target table for README "Performance": every target row, small | medium | large, each cell from its
// own run's ratios, with the verdict. Further runs (repeats of any size) become further columns; "vs small" is
// always against the first file.
//   node bench/lib/targets.mjs bench/results/<small>.json bench/results/<medium>.json bench/results/<large>.json [MORE.json …]
import { readFileSync } from "node:fs";
import { cpu, during } from "./during.mjs";

const runs = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, "utf8")));
const [small] = runs;
if (runs.length < 3) {
  console.error("usage: node bench/lib/targets.mjs SMALL.json MEDIUM.json LARGE.json [MORE.json …]");
  process.exit(2);
}
const pc = (x) => `${Math.round(x * 100)} %`;
const x = (r) => `${r.toFixed(2)}×`;
const n = (v) => Math.round(v).toLocaleString("en-US");
const verdict = (met) => (met ? "**met**" : "**missed**");

// Every read the bench times, by name, so a run can be compared with small's (the growth target).
function reads(run) {
  const all = {};
  for (const [name, r] of Object.entries(run.reads)) if (r && typeof r === "object" && r.p99Ms != null) all[name] = r;
  for (const length of ["10", "100", "1000"]) {
    const tt = run.timeTravel[length];
    if (tt?.caseAsRecordedAt) all[`asRecordedAt ${length}`] = tt.caseAsRecordedAt;
    if (tt?.cadrePostingAsOf) all[`posting(asOf) ${length}`] = tt.cadrePostingAsOf;
  }
  return all;
}
function worstGrowth(run) {
  const base = reads(small);
  let worst = null;
  for (const [name, r] of Object.entries(reads(run))) {
    if (!base[name]) continue;
    const ratio = r.p99Ms / base[name].p99Ms;
    if (!worst || ratio > worst.ratio) worst = { name, ratio, during: r.during };
  }
  return worst;
}

// GraphQL steps against raw appends at the same client count, from one run's { graphql, raw } write results.
function writesVsRaw({ graphql, raw }) {
  const ratio = graphql.stepsPerSecond / raw.stepsPerSecond;
  return `${pc(ratio)} (${n(graphql.stepsPerSecond)} vs ${n(raw.stepsPerSecond)}/s, ${graphql.clients} clients): ${verdict(ratio >= 0.5)}`;
}

const rows = [
  ["GraphQL case-step writes vs raw Marten single appends", "≥ 50 % (≥ 70 %)", (r) => writesVsRaw(r.writes)],
  // The same with few clients, where each step mostly waits for its group's round trips (runs before it had no such row).
  ["… with few clients", "≥ 50 % (≥ 70 %)", (r) => (r.writes.fewClients?.graphql && r.writes.fewClients?.raw ? writesVsRaw(r.writes.fewClients) : "—")],
  ...[["admin", "cadreGraphQL", "cadrePlain"], ["county", "countyGraphQL", "countyPlain"], ["city", "cityGraphQL", "cityPlain"]].map(([who, g, p]) => [
    `GraphQL reads vs plain endpoint, ${who}`, "≥ 60 % (≥ 80 %)", (r) => {
      const ratio = r.reads[g].rps / r.reads[p].rps;
      return `${pc(ratio)} (${n(r.reads[g].rps)} vs ${n(r.reads[p].rps)} req/s): ${verdict(ratio >= 0.6)}`;
    }]),
  ...[["county", "countyGraphQL"], ["city", "cityGraphQL"]].map(([who, g]) => [
    `${who} reads vs admin (throughput; p99)`, "≥ 70 %; p99 ≤ 1.5×", (r) => {
      const throughput = r.reads[g].rps / r.reads.cadreGraphQL.rps, p99 = r.reads[g].p99Ms / r.reads.cadreGraphQL.p99Ms;
      return `${pc(throughput)}; ${x(p99)}: ${verdict(throughput >= 0.7 && p99 <= 1.5)}`;
    }]),
  ["Any read's p99 vs small (worst read)", "≤ 1.5×", (r) => {
    if (r === small) return "(baseline)";
    const worst = worstGrowth(r);
    // What else ran meanwhile (runs before the counters existed have none).
    const meanwhile = worst.during ? `; while it ran: ${during(worst.during)}` : "";
    return `${x(worst.ratio)} (${worst.name}${meanwhile}): ${verdict(worst.ratio <= 1.5)}`;
  }],
  ["GraphQL p99 vs plain p99 at 32 connections (admin)", "≤ 1.5×", (r) => {
    const ratio = r.reads.cadreGraphQL.p99Ms / r.reads.cadrePlain.p99Ms;
    return `${x(ratio)} (${r.reads.cadreGraphQL.p99Ms.toFixed(0)} ms vs ${r.reads.cadrePlain.p99Ms.toFixed(0)} ms): ${verdict(ratio <= 1.5)}`;
  }],
  // A million events in 120 s is 8,334 events/s; small and medium are judged by that rate.
  ["Full audit from sequence 0", "≤ 120 s (≤ 60 s) at large; ≥ 8,334 events/s elsewhere", (r) => {
    const full = r.audits.full, met = r.meta.size === "large" ? full.seconds <= 120 : full.eventsPerSecond >= 1e6 / 120;
    // At large, what ran meanwhile (runs before these counters existed have none).
    const meanwhile = r.meta.size === "large" && full.during ? ` (while it ran: ${cpu(full.cpu)}; ${during(full.during)})` : "";
    return `${full.seconds} s, ${n(full.eventsPerSecond)} events/s${meanwhile}: ${verdict(met)}`;
  }],
  ["API peak working set (VmHWM)", "≤ 1 GiB (≤ 512 MiB)", (r) => {
    const mib = r.memory.vmHwmKb / 1024;
    return `${mib.toFixed(0)} MiB: ${verdict(mib <= 1024)}${mib <= 512 ? " (moonshot met)" : ""}`;
  }],
  ["Append → finding p99 while writes run", "≤ 2 s", (r) => `${r.audits.appendToFinding.p99Ms.toFixed(0)} ms: ${verdict(r.audits.appendToFinding.p99Ms <= 2000)}`],
  ["Projection rebuild", "≥ 20,000 events/s (≥ 40,000)", (r) => `${n(r.rebuild.eventsPerSecond)} events/s (${r.rebuild.seconds} s): ${verdict(r.rebuild.eventsPerSecond >= 20000)}`],
  ["asRecordedAt p99, 1,000- vs 10-event stream", "≤ 1.5×", (r) => {
    const long = r.timeTravel["1000"].caseAsRecordedAt.p99Ms, short = r.timeTravel["10"].caseAsRecordedAt.p99Ms;
    return `${x(long / short)} (${long.toFixed(0)} ms vs ${short.toFixed(0)} ms): ${verdict(long / short <= 1.5)}`;
  }],
];
// With repeats, each column names its run's size and the time in its file name (UTC, stamped after its reads).
const heads = runs.length === 3 ? ["small", "medium", "large"] : runs.map((r) => `${r.meta.size} ${r.meta.date.slice(11, 16)}`);
console.log(`| Target (issue #14) | ${heads.join(" | ")} | target |`);
console.log(`|${"---|".repeat(runs.length + 2)}`);
for (const [name, target, cell] of rows) console.log(`| ${name} | ${runs.map(cell).join(" | ")} | ${target} |`);
