-- wrk script: cycles through pre-built requests, one per line of $BENCH_REQUESTS.
--   BENCH_METHOD=POST (default): each line is a JSON body POSTed to $BENCH_PATH (default /graphql)
--   BENCH_METHOD=GET: each line is a path
-- done() prints one JSON line: requests/s, latency percentiles (ms) and error counts.
local method = os.getenv("BENCH_METHOD") or "POST"
local path = os.getenv("BENCH_PATH") or "/graphql"
local lines = {}
local i = 0

function init(args)
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    if #line > 0 then lines[#lines + 1] = line end
  end
  -- threads start at different places in the list
  i = math.random(#lines) - 1
end

function request()
  i = (i % #lines) + 1
  if method == "GET" then
    return wrk.format("GET", lines[i], {
      ["Accept"] = "application/json",
      ["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or ""),
    })
  end
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/graphql-response+json",
    ["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or ""),
  }, lines[i])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50Ms":%.2f,"p95Ms":%.2f,"p99Ms":%.2f,"maxMs":%.2f,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
