-- The think time of bench/load.sh's clients (THINK_MS, passed to wrk as HSP_LOAD_THINK_MS): the
-- milliseconds a client waits before each of its requests, its first one included.
-- Drawn from an exponential distribution with mean THINK_MS, so that clients do not march in step and
-- their requests arrive as independent users' would; cut at 10 times the mean, so that one draw cannot
-- hold a client for most of a short phase. THINK_MS unset or 0: no wait, the next request goes as soon
-- as the last is answered (wrk's own model, and bench/load.sh's default).
-- A wrk script loads this file with dofile("bench/think.lua"); it then has delay() when a think time is set.
local mean = tonumber(os.getenv("HSP_LOAD_THINK_MS") or "0") or 0

if mean > 0 then
  -- Each wrk thread runs its scripts in a Lua state of its own: the address of a new table differs
  -- between them, and so keeps their draws apart.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000003)

  -- wrk waits before every request once a script has delay(), even one that answers 0: defined only
  -- with a think time, so that the default runs stay wrk's own back-to-back model.
  function delay()
    local wait = -mean * math.log(1 - math.random())
    return math.floor(math.min(wait, 10 * mean))
  end
end
