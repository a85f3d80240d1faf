-- wrk script: cycles through a mix of realistic queries in all languages (url-encoded), one per request.
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
local i = 0
local uncached = false
init = function(args)
  uncached = args[1] == "uncached"
  -- each of wrk's threads starts at another place of the mix
  i = math.random(1, 100000)
end
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  -- uncached: paging values from a counter make every request a different cache key (50 000 combinations
  -- for each query) with the same search work; cached: the same 28 requests again and again
  local paging = ""
  if uncached then
    paging = "&limit=" .. tostring(i % 50 + 1) .. "&offset=" .. tostring(math.floor(i / 50) % 1000)
  end
  return wrk.format("GET", "/api/v1/search?q=" .. q .. paging)
end
