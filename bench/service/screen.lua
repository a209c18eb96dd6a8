-- wrk script: POST /api/v1/screen with listings that rotate over clean, trademark and counterfeit
-- cases. RATE (requests per second, all connections together) paces the load: each connection
-- waits connections/RATE seconds between requests. Without RATE the load is unthrottled.
-- Environment: TOKEN (API token), RATE (optional), CONNECTIONS (must match wrk -c).

local token = os.getenv("TOKEN")
local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")

local bodies = {
  [[{"sku":"B-1","title":"Braided USB C to USB C cable, 2 m, 100 W fast charging","brand":"Northwind","bulletPoints":["Nylon jacket rated for 20,000 bends","Supports 100 W charging and 480 Mbps data"],"description":"A braided charging cable for laptops, tablets and phones.","searchTerms":"usb c cable braided fast charging","price":12.99,"currency":"USD","category":"Electronics"}]],
  [[{"sku":"B-2","title":"Nike Air running shoes for men, breathable mesh","brand":"Generic","bulletPoints":["Breathable mesh upper","Rubber outsole"],"description":"Light running shoes for the gym and the road.","searchTerms":"running shoes men","price":39.99,"currency":"USD","category":"Clothing, Shoes & Jewelry"}]],
  [[{"sku":"B-3","title":"Replica designer watch, 1:1 mirror quality, stainless steel","brand":"Generic","bulletPoints":["Automatic movement","Sapphire-style glass"],"description":"A replica of a famous diver watch.","searchTerms":"rolex submariner replica","price":89.00,"currency":"USD","category":"Clothing, Shoes & Jewelry"}]],
  [[{"sku":"B-4","title":"Case for iPhone 15 Pro, shockproof, clear","brand":"Harbor Lane","bulletPoints":["Compatible with iPhone 15 Pro","Raised edges protect the camera"],"description":"A clear case with shock-absorbing corners.","searchTerms":"iphone 15 pro case clear","price":9.99,"currency":"USD","category":"Cell Phones & Accessories"}]],
  [[{"sku":"B-5","title":"Wireless earbuds, noise cancelling, 30 hour battery, quiet as B0SE","brand":"Zorvix","bulletPoints":["Active noise cancelling","Charging case"],"description":"Compact wireless earbuds with a charging case.","searchTerms":"wireless earbuds noise cancelling","price":49.99,"currency":"USD","category":"Electronics"}]],
  [[{"sku":"B-6","title":"Stainless steel insulated water bottle, 32 oz","brand":"Northwind","bulletPoints":["Keeps drinks cold for 24 hours","Leakproof lid"],"description":"A double-wall vacuum bottle for the gym and the trail.","searchTerms":"insulated water bottle 32 oz","price":24.95,"currency":"USD","category":"Sports & Outdoors"}]],
}

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  errors = 0
  statuses = ""
end

-- wrk waits this long after each response before the next request on the connection; the ~2 ms
-- the server takes to answer is subtracted so the achieved rate lands on RATE (wrk reports it).
function delay()
  if rate > 0 then
    return math.max(0, connections * 1000 / rate - 2)
  end
  return 0
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", "/api/v1/screen",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if #statuses < 200 then
      statuses = statuses .. status .. " "
    end
  end
end

function done(summary, latency, requests)
  local failed = 0
  local seen = ""
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("errors")
    seen = seen .. thread:get("statuses")
  end
  io.write(string.format("non-200 responses: %d %s\n", failed, seen))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("requests: %d in %.1f s = %.1f per second\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
