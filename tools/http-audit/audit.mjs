#!/usr/bin/env node
// Runs the GraphQL-over-HTTP reference audit suite (graphql-http) against a live server.
//
// Usage:   node audit.mjs http://127.0.0.1:PORT/graphql
// Env:     AUDIT_JSON=path        also write the results as JSON to this file
//          AUDIT_TIMEOUT_MS=15000 per-request timeout (a hung server fails the audit instead of hanging)
// Exit:    0 = every MUST audit passed, 1 = at least one MUST audit failed, 2 = usage error
import { writeFileSync } from 'node:fs';
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url || process.argv.length > 3) {
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}
try {
  new URL(url);
} catch {
  console.error(`error: not a valid URL: ${url}`);
  process.exit(2);
}

const timeoutMs = Number(process.env.AUDIT_TIMEOUT_MS) || 15000;
const fetchWithTimeout = (input, init = {}) =>
  fetch(input, { ...init, signal: init.signal ?? AbortSignal.timeout(timeoutMs) });

const LEVELS = ['MUST', 'SHOULD', 'MAY'];
const FAIL_STATUS = { MUST: 'error', SHOULD: 'warn', MAY: 'notice' }; // same mapping graphql-http uses

function requirementOf(name) {
  const level = name.split(' ', 1)[0];
  return LEVELS.includes(level) ? level : 'MAY';
}

async function describeResponse(res) {
  if (!res) return null;
  const headers = {};
  try {
    for (const [k, v] of res.headers.entries()) headers[k] = v;
  } catch {
    /* ignore */
  }
  let body = null;
  try {
    // Audits may already have consumed the body; graphql-http clones where it can.
    body = await res.text();
    if (body.length > 4096) body = body.slice(0, 4096) + '...<truncated>';
  } catch {
    body = '<body unavailable (already consumed)>';
  }
  return { status: res.status, statusText: res.statusText, headers, body };
}

const audits = serverAudits({ url, fetchFn: fetchWithTimeout });
const results = [];

for (const audit of audits) {
  const requirement = requirementOf(audit.name);
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    // graphql-http only throws for fatal problems (e.g. connection refused, timeout).
    const cause = err?.cause?.code || err?.cause?.message;
    result = {
      id: audit.id,
      name: audit.name,
      status: FAIL_STATUS[requirement],
      reason: `Fatal: ${err?.message ?? String(err)}${cause ? ` (${cause})` : ''}`,
      response: undefined,
    };
  }
  const passed = result.status === 'ok';
  results.push({
    id: result.id,
    name: result.name,
    requirement,
    status: result.status,
    passed,
    ...(passed ? {} : { reason: result.reason, response: await describeResponse(result.response) }),
  });
}

const summary = {};
for (const level of LEVELS) {
  const ofLevel = results.filter((r) => r.requirement === level);
  summary[level] = { passed: ofLevel.filter((r) => r.passed).length, total: ofLevel.length };
}

for (const r of results) {
  const shortName = r.name.startsWith(r.requirement + ' ') ? r.name.slice(r.requirement.length + 1) : r.name;
  console.log(`${r.passed ? 'PASS' : 'FAIL'}  ${r.requirement.padEnd(6)}  ${r.id} ${shortName}`);
  if (!r.passed) {
    const http = r.response ? ` [HTTP ${r.response.status}${r.response.statusText ? ' ' + r.response.statusText : ''}]` : '';
    console.log(`      reason: ${r.reason}${http}`);
  }
}

const summaryLine = LEVELS.map((l) => `${l}: ${summary[l].passed}/${summary[l].total} passed`).join(', ');
console.log(summaryLine);

if (process.env.AUDIT_JSON) {
  const out = {
    url,
    tool: 'graphql-http serverAudits',
    generatedAt: new Date().toISOString(),
    summary,
    results,
  };
  writeFileSync(process.env.AUDIT_JSON, JSON.stringify(out, null, 2) + '\n');
}

process.exit(summary.MUST.passed === summary.MUST.total ? 0 : 1);
