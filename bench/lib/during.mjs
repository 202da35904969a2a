// What ran in the API and PostgreSQL while one timed read ran (report.mjs's `during`), in a few words for the tables.
export function during(d) {
  if (!d) return "";
  return `GC ${d.gen0 + d.gen1 + d.gen2} (gen2 ${d.gen2}, pauses ${Math.round(d.gcPauseMs)} ms), JIT ${d.jitMethods} methods, `
    + `${d.pgCheckpoints} checkpoints, ${d.pgAutovacuums} autovacuum/analyze runs`;
}
