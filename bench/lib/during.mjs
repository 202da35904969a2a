// What ran in the API and PostgreSQL while one timed read ran (report.mjs's `during`), in a few words for the tables.
export function during(d) {
  if (!d) return "";
  return `GC ${d.gen0 + d.gen1 + d.gen2} (gen2 ${d.gen2}, pauses ${Math.round(d.gcPauseMs)} ms), JIT ${d.jitMethods} methods, `
    + `${d.pgCheckpoints} checkpoints, ${d.pgAutovacuums} autovacuum/analyze runs`;
}

/** Where the cores' time went while the full audit ran (report.mjs's audits.full.cpu), in a few words. */
export function cpu(c) {
  if (!c) return "";
  return `API CPU ${c.apiSeconds} s, all processes ${c.busySeconds} CPU-s busy, ${c.idleSeconds} idle, ${c.iowaitSeconds} waiting for I/O, ${c.stealSeconds} stolen`;
}
