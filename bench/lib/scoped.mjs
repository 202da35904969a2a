// Builds one scope's read requests: the cadres a token's remit holds (up to 2,000, paged through the API as
// that user), as cadre(id) { currentPosting } bodies and as plain-endpoint paths, so each scope is read
// through both endpoints on cadres it really sees.
//   node bench/lib/scoped.mjs URL TOKEN OUTDIR NAME
import { writeFileSync } from "node:fs";
import { queries } from "./queries.mjs";

const [url, token, out, name] = process.argv.slice(2);
const ids = [];
let after = null;
while (ids.length < 2000) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: "query($after: String) { cadres(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
      variables: { after },
    }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
  const page = body.data.cadres;
  ids.push(...page.edges.map((e) => e.node.id));
  if (!page.pageInfo.hasNextPage) break;
  after = page.pageInfo.endCursor;
}
if (ids.length === 0) throw new Error(`${name}: the token's remit holds no cadre`);
const body = (query, variables) => JSON.stringify({ query, variables });
writeFileSync(`${out}/cadre-posting-${name}.graphql`, ids.map((id) => body(queries.cadrePosting, { id })).join("\n") + "\n");
writeFileSync(`${out}/cadre-posting-${name}.plain`, ids.map((id) => `/bench/cadre-posting/${encodeURIComponent(id)}`).join("\n") + "\n");
console.error(`[bench] ${name}: ${ids.length} cadres in remit`);
