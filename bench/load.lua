-- The logged-in mix of bench/load.sh for wrk: an API token, and applicants made beforehand.
--   wrk ... -s bench/load.lua URL -- MIX TOKEN FIXTURES PROFILE
-- MIX: all (the five requests in turn), reads (list applicants, read one, read its assessments) or
-- writes (add a snapshot, tick a checklist document). FIXTURES: one "applicantId applicationId" a line.
-- PROFILE: the profile JSON a snapshot adds, each time with a new referenceDate: a day after the
-- thread's previous one for that applicant, within the 360 days of window HSP_LOAD_WINDOW (0 to 7,
-- one for each run of wrk on the same applicants) from 2020-01-01 on; the fixtures' own snapshot is
-- dated 2019.
-- Each wrk thread takes its own share of the applicants, so that the snapshots of one applicant are
-- added by one thread with increasing dates (a case holds one snapshot a date).
-- Answers are counted by HTTP status; done() prints the counts.
-- HSP_LOAD_THINK_MS (bench/load.sh's THINK_MS): each connection, a client, waits a think time before each
-- request, drawn from bench/think.lua; unset or 0, it sends its next request as soon as the last is answered.

dofile("bench/think.lua")
local threads = {}
local counter = 1

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local kinds_of = {
  all = {"list", "read", "snapshot", "assessments", "tick"},
  reads = {"list", "read", "assessments"},
  writes = {"snapshot", "tick"},
}

local function read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(lines, line) end
  end
  return lines
end

function init(args)
  mix, token, fixtures, profile_path = args[1], args[2], args[3], args[4]
  kinds = kinds_of[mix]
  if kinds == nil then error("MIX must be all, reads or writes, not " .. tostring(mix)) end
  local file = io.open(profile_path, "rb")
  profile = file:read("*a")
  file:close()
  local mine = {}
  local all = read_lines(fixtures)
  -- A thread's own state knows its index (setup) but not how many threads there are: bench/load.sh
  -- passes the count in the environment.
  local total = tonumber(os.getenv("HSP_LOAD_THREADS") or "1")
  -- With several servers (SERVERS=N), N wrk processes run at once: share S of N takes its own threads'
  -- slots after those of the shares before it, so that no two threads anywhere add snapshots to the
  -- same applicant.
  local share = tonumber(os.getenv("HSP_LOAD_SHARE") or "0")
  local shares = tonumber(os.getenv("HSP_LOAD_SHARES") or "1")
  window = tonumber(os.getenv("HSP_LOAD_WINDOW") or "0")
  for i, line in ipairs(all) do
    if (i - 1) % (total * shares) == share * total + index - 1 then
      local applicant, application = line:match("^(%S+)%s+(%S+)$")
      table.insert(mine, {applicant = applicant, application = application, snapshots = 0})
    end
  end
  if #mine == 0 then error("no applicants for thread " .. tostring(index)) end
  applicants = mine
  headers = {["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json"}
  json_headers = {["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json",
                  ["Content-Type"] = "application/json"}
  step = 0
  answers = {}
end

-- 2020-01-01 plus DAYS, as YYYY-MM-DD (a proleptic Gregorian calendar; civil_from_days). Points are
-- computed up to a year after today only: 8 windows of 360 days end in 2027.
local function date_after(days)
  local z = 18262 + days + 719468   -- 18262 days from 1970-01-01 to 2020-01-01; 719468 the algorithm's epoch
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return string.format("%04d-%02d-%02d", y, m, d)
end

function request()
  step = step + 1
  local kind = kinds[(step - 1) % #kinds + 1]
  local a = applicants[math.floor((step - 1) / #kinds) % #applicants + 1]
  if kind == "list" then
    return wrk.format("GET", "/api/v1/applicants", headers)
  elseif kind == "read" then
    return wrk.format("GET", "/api/v1/applicants/" .. a.applicant, headers)
  elseif kind == "assessments" then
    return wrk.format("GET", "/api/v1/applicants/" .. a.applicant .. "/assessments", headers)
  elseif kind == "snapshot" then
    a.snapshots = a.snapshots + 1
    local body = profile:gsub('"referenceDate"%s*:%s*"[^"]*"', '"referenceDate": "' .. date_after(window * 360 + a.snapshots) .. '"', 1)
    return wrk.format("POST", "/api/v1/applicants/" .. a.applicant .. "/snapshots", json_headers, body)
  else
    local collected = (step % 2 == 0) and "true" or "false"
    return wrk.format("PUT", "/api/v1/applications/" .. a.application .. "/checklist/document:applicationForm",
      json_headers, '{"collected": ' .. collected .. '}')
  end
end

function response(status, headers, body)
  answers[status] = (answers[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local answers = thread:get("answers")
    for key, n in pairs(answers) do totals[key] = (totals[key] or 0) + n end
  end
  local keys = {}
  for key in pairs(totals) do table.insert(keys, key) end
  table.sort(keys)
  for _, key in ipairs(keys) do io.write(string.format("answers status %s: %d\n", key, totals[key])) end
end
