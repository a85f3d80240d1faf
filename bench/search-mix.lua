-- wrk script: cycles through a mix of realistic queries in all languages (url-encoded), one per request: searches,
-- or with the second argument "answer" the same queries asked at /api/v1/answer (uncached: the request's number
-- follows the query as a word of its own, a word no text has, so every question is new and asks the same work).
local queries = {
  "Sprachkurs", "Hebamme", "Ausl%C3%A4nderbeh%C3%B6rde%20Termin", "Arbeit", "Kita", "Ehrenamt",
  "Dolmetscher", "Trauma", "Gewalt", "Integrationskurs", "Beratung%20Frauen", "Jugendmigrationsdienst",
  "language%20course", "doctor", "volunteer", "pregnant",
  "%D8%AF%D9%88%D8%B1%D8%A9%20%D9%84%D8%BA%D8%A9",            -- دورة لغة
  "%D8%AD%D8%A7%D9%85%D9%84",                                  -- حامل
  "%DA%A9%D9%84%D8%A7%D8%B3%20%D8%B2%D8%A8%D8%A7%D9%86",       -- کلاس زبان
  "%D0%BB%D1%96%D0%BA%D0%B0%D1%80",                            -- лікар
  "%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D0%B0",                      -- работа
  "dil%20kursu", "hamile", "ziman", "Hebame", "Sprahkurs", "Arzt%20Wesermarsch", "Schule",
}
-- uncached: every request a key no thread of this run asked before. The i-th request of the run asks query
-- i % 28 with limit (i / 28) % 50 + 1 and offset (i / 1400) % 1001: 1 401 400 different requests with the same
-- search work, of which each thread walks its own stretch from a random start. Cached: the same 28 requests
-- again and again.
local period = #queries * 50 * 1001
local threads = 0
local uncached = false
local answer = false
local i = 0
setup = function(thread)
  thread:set("id", threads)
  threads = threads + 1
end
init = function(args)
  uncached = args[1] == "uncached"
  answer = args[2] == "answer"
  math.randomseed(os.time() * 7919 + id)
  i = math.random(0, period - 1) + id * math.floor(period / 4)
end
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  if answer then
    return wrk.format("GET", "/api/v1/answer?q=" .. q .. (uncached and ("%20" .. tostring(i % period)) or ""))
  end
  local paging = ""
  if uncached then
    local n = i % period
    paging = "&limit=" .. tostring(math.floor(n / #queries) % 50 + 1) .. "&offset=" .. tostring(math.floor(n / (#queries * 50)) % 1001)
  end
  return wrk.format("GET", "/api/v1/search?q=" .. q .. paging)
end
