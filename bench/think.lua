-- The think time of bench/load.sh's clients (THINK_MS, passed to wrk as HSP_LOAD_THINK_MS): the
-- milliseconds a client waits before each of its requests, its first one included.
-- Drawn from an exponential distribution with mean THINK_MS, so that clients do not march in step and
-- their requests arrive as independent users' would; cut at 10 times the mean, so that one draw cannot
-- hold a client for most of a short phase. THINK_MS unset or 0: no wait, the next request goes as soon
-- as the last is answered (wrk's own model, and bench/load.sh's default).
local think = {}
local mean = tonumber(os.getenv("HSP_LOAD_THINK_MS") or "0") or 0

function think.enabled()
  return mean > 0
end

function think.seed(thread_index)
  -- Each wrk thread has its own Lua state: a seed of its own keeps their draws apart.
  math.randomseed(os.time() * 1000 + thread_index)
end

function think.next()
  local wait = -mean * math.log(1 - math.random())
  return math.floor(math.min(wait, 10 * mean))
end

return think
