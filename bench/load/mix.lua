-- wrk script: each connection walks the query mix in queries.txt from its own starting point.
local paths = {}
for line in io.lines(os.getenv("PODSEARCH_QUERIES") or "bench/load/queries.txt") do
  if line:match("^/") then paths[#paths + 1] = line end
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7)
end

local i = 0
function request()
  i = i + 1
  local path = paths[((i + (offset or 0)) % #paths) + 1]
  return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip" })
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("requests %d  errors(socket) %d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
