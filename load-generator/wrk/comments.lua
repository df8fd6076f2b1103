-- wrk script: posts comments to the ingest API flat out, for the ingest ceiling with a client that costs little CPU.
-- Used by flat-out.sh, which registers the articles and seeds the comments replies answer; see docs/benchmarks.md.
--
-- The mix: top-level comments from a few thousand readers on several articles (most of them ordinary, some spam and
-- self-promotion) and replies to comments seeded on the same article. Every text is new (a counter and random words),
-- so the duplicate rule sees what it would see on a busy site, not one text repeated.

local api_key = os.getenv("COMMENTMOD_API_KEY") or "local-site-key"
local seeds_file = os.getenv("COMMENTMOD_WRK_SEEDS") or "target/wrk-seeds.txt"

local articles = {}   -- article ids, in the order of the seeds file
local parents = {}    -- article id -> list of comment ids on it

local function load_seeds()
  local file = assert(io.open(seeds_file, "r"), "no seeds file " .. seeds_file .. " (run flat-out.sh)")
  for line in file:lines() do
    local article, comment = line:match("^(%S+)%s+(%S+)$")
    if article then
      if not parents[article] then
        parents[article] = {}
        articles[#articles + 1] = article
      end
      table.insert(parents[article], comment)
    end
  end
  file:close()
  assert(#articles > 0, "the seeds file " .. seeds_file .. " names no article")
end

local words = { "session", "therapist", "anxious", "helpful", "weeks", "listening", "honest", "trust", "feelings",
  "progress", "boundaries", "grief", "sleep", "panic", "journal", "family", "worried", "relieved", "understood",
  "question", "months", "awkward", "laughed", "comfortable", "change", "breathing", "exercise", "appointment" }
local openings = { "Thank you for writing this.", "This happened to me too.", "I have a question about this.",
  "My therapist said something similar.", "I was nervous reading the title.", "Reading this helped a lot." }
local spam = { "Earn $%d a day from home, no experience needed, click here now", "Cheap meds without prescription, "
  .. "order today and get %d%% off", "WIN a free iPhone!!! Visit our site, only %d winners left" }
local promotion = { "Check out my channel for more videos like this one, subscribe please %d",
  "I wrote about the same on my blog, follow me for part %d", "DM me for coaching sessions, first %d are free" }

local counter = 0
-- thread_id and thread_tag are globals set per thread by setup(), so that texts of different threads never coincide

-- Most authors are new and some come back (a fifth of readers, a third of spammers and promoters), as in the load
-- generator's mix: a fixed pool of a few thousand readers posting hundreds of comments a second would be a flood, and
-- the flood rule would hold nearly all of them, which is not the traffic of a busy site.
local returning = { legitimate = {}, spam = {}, promotion = {} }
local POOL = 5000

-- Digits as letters (0 -> a ... 9 -> j): a text's unique tag in digits ("1795802869.2-1105") reads as a phone number
-- to the privacy rule, which held most comments of earlier runs for it.
local function letters(n)
  return (tostring(n):gsub("%d", function(d) return string.char(97 + tonumber(d)) end))
end

local function author_for(kind, come_back)
  local pool = returning[kind]
  if #pool > 0 and math.random() < come_back then
    return pool[math.random(#pool)]
  end
  local id = thread_tag .. "-" .. letters(counter)
  if #pool < POOL then pool[#pool + 1] = id else pool[math.random(POOL)] = id end
  return id
end

local function words_from(n)
  local out = {}
  for i = 1, n do out[i] = words[math.random(#words)] end
  return table.concat(out, " ")
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
  thread:set("thread_tag", letters(os.time()) .. "-" .. letters(threads))
end

init = function(args)
  math.randomseed(os.time() * 100 + thread_id)
  load_seeds()
end

request = function()
  counter = counter + 1
  local article = articles[math.random(#articles)]
  local roll = math.random(100)
  local parent = nil
  local text
  local reader
  if roll <= 12 then
    text = string.format(spam[math.random(#spam)], counter)
    reader = author_for("spam", 0.35)
  elseif roll <= 20 then
    text = string.format(promotion[math.random(#promotion)], counter)
    reader = author_for("promotion", 0.35)
  else
    reader = author_for("legitimate", 0.2)
    text = openings[math.random(#openings)] .. " " .. words_from(12 + math.random(30)) .. " (" .. thread_tag
      .. "-" .. letters(counter) .. ")"
    if roll > 80 then
      local candidates = parents[article]
      parent = candidates[math.random(#candidates)]
    end
  end
  local body = "{\"articleId\":" .. json_string(article)
    .. (parent and (",\"parentId\":" .. json_string(parent)) or "")
    .. ",\"author\":{\"name\":" .. json_string("Reader " .. reader)
    .. ",\"email\":" .. json_string("reader" .. reader .. ".wrk@example.org") .. "}"
    .. ",\"body\":" .. json_string(text)
    .. ",\"notifyOnReply\":" .. (math.random(4) == 1 and "true" or "false") .. "}"
  return wrk.format("POST", "/api/v1/comments",
    { ["Content-Type"] = "application/json", ["X-Api-Key"] = api_key }, body)
end
