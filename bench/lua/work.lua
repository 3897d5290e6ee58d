-- A Lua workload: strings, tables, sorting, patterns, closures,
-- coroutines and compiling chunks (the parser's allocations).
local t = {}
for i = 1, 20000 do t[i] = string.format("item%05d", (i * 7919) % 20000) end
table.sort(t)
local s = table.concat(t, ",", 1, 1000)
local count = 0
for w in s:gmatch("item(%d+)") do count = count + tonumber(w) % 7 end
local parts = {}
for i = 1, 5000 do parts[#parts + 1] = ("x"):rep(i % 50) .. i end
local acc = 0
for _, p in ipairs(parts) do acc = acc + #p:gsub("x", "yy") end
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(count, #s, acc, fib(22), t[1], t[#t])
local co = coroutine.wrap(function() for i = 1, 1000 do coroutine.yield(i) end end)
local sum = 0
for _ = 1, 1000 do sum = sum + co() end
for i = 1, 300 do local f = load("local a = {" .. i .. ", 2} return a[1] * a[2]"); sum = sum + f() end
print(sum)
