// Builds the request files wrk cycles through, from the seed manifest.
//   node bench/lib/requests.mjs MANIFEST OUTDIR
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
const [manifestFile, out] = process.argv.slice(2);
const m = JSON.parse(readFileSync(manifestFile, "utf8"));
mkdirSync(out, { recursive: true });
const body = (query, variables) => JSON.stringify({ query, variables });
const write = (name, lines) => writeFileSync(`${out}/${name}`, lines.join("\n") + "\n");

import { queries } from "./queries.mjs";

write("cadre-posting.graphql", m.cadreIds.map((id) => body(queries.cadrePosting, { id })));
write("cadre-posting.plain", m.cadreIds.map((id) => `/bench/cadre-posting/${encodeURIComponent(id)}`));
write("case-history.graphql", m.caseIds.map((id) => body(queries.caseHistory, { id })));
const now = new Date().toISOString();
for (const [length, s] of Object.entries(m.longStreams)) {
  write(`case-as-recorded-at-${length}.graphql`, [body(queries.caseAsRecordedAt, { id: s.caseId, at: now })]);
  write(`cadre-posting-as-of-${length}.graphql`, [body(queries.cadrePostingAsOf, { id: s.cadreId, asOf: "2025-12-31" })]);
}
