// Runs the followers-walk benchmark: a server process, then each client in its own process. Rounds
// are interleaved (every client once per round, the order rotating), so that a neighbour's load on
// this shared machine falls on all clients alike; medians are reported with the spread, and every
// ratio is taken within this one run. Ends with the targets, each met or not met.
//   node bench/run.mjs [--counts=10000,100000] [--rounds=5] [--clients=floor,platform,masto,effect]
//                      [--memory-check=1000000] [--heap-cap=64 (0: no capped run)]
// Build the packages first (`npm run build`): the effect client imports the built output.
import { execFileSync, spawn } from "node:child_process"
import { once } from "node:events"
import { cpus, loadavg, totalmem } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")))
const counts = (args.get("counts") ?? "10000,100000").split(",").map(Number)
const rounds = Number(args.get("rounds") ?? 5)
const clients = (args.get("clients") ?? "floor,platform,masto,effect").split(",")
// Constant memory: walk this many followers with the effect client, once uncapped (is peak RSS
// flat from the smallest count?) and once under a small V8 heap cap (does it finish at all?).
const memoryCheck = Number(args.get("memory-check") ?? 1_000_000)
const heapCapMb = Number(args.get("heap-cap") ?? 64)

const startServer = async (count) => {
  const server = spawn(process.execPath, [join(here, "server.mjs"), `--count=${count}`], { stdio: ["ignore", "pipe", "inherit"] })
  const [chunk] = await once(server.stdout, "data")
  return { server, url: `http://127.0.0.1:${String(chunk).trim()}` }
}

const runClient = (client, url, count, nodeArgs = []) => {
  const out = execFileSync(process.execPath, [...nodeArgs, join(here, "clients", `${client}.mjs`), url, "1"], {
    encoding: "utf8",
    maxBuffer: 1 << 20
  })
  const run = JSON.parse(out.trim().split("\n").pop())
  if (run.count !== count) throw new Error(`${client} walked ${run.count} of ${count} followers`)
  return run
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const spread = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`

const load = [loadavg()[0]]
const results = []
for (const count of counts) {
  const { server, url } = await startServer(count)
  const runs = new Map(clients.map((c) => [c, []]))
  // Warm the server's JIT once so that the first client measured does not pay for it.
  runClient("floor", url, count)
  for (let round = 0; round < rounds; round++) {
    const order = clients.map((_, k) => clients[(k + round) % clients.length])
    for (const client of order) runs.get(client).push(runClient(client, url, count))
    load.push(loadavg()[0])
  }
  for (const client of clients) {
    const rs = runs.get(client)
    // Ratios per round (each against the floor of the same round), then their median: a round on a
    // busy minute makes every client slower together.
    const floorRuns = runs.get("floor")
    const ratio = (key) => floorRuns ? median(rs.map((r, k) => r[key] / floorRuns[k][key])) : Number.NaN
    const mastoRuns = runs.get("masto")
    const vsMasto = (key) => mastoRuns ? median(rs.map((r, k) => r[key] / mastoRuns[k][key])) : Number.NaN
    results.push({
      count,
      client,
      cpuMs: median(rs.map((r) => r.cpuMs)),
      cpuSpread: spread(rs.map((r) => r.cpuMs)),
      processCpuMs: median(rs.map((r) => r.processCpuMs)),
      processCpuSpread: spread(rs.map((r) => r.processCpuMs)),
      wallMs: median(rs.map((r) => r.wallMs)),
      maxRssMb: median(rs.map((r) => r.maxRssMb)),
      rssSpread: spread(rs.map((r) => r.maxRssMb)),
      cpuRatio: ratio("cpuMs"),
      processCpuRatio: ratio("processCpuMs"),
      rssRatio: ratio("maxRssMb"),
      processCpuVsMasto: vsMasto("processCpuMs"),
      rssVsMasto: vsMasto("maxRssMb")
    })
  }
  server.kill()
}

let memory
let capped
if (memoryCheck > 0) {
  const { server, url } = await startServer(memoryCheck)
  memory = runClient("effect", url, memoryCheck)
  if (heapCapMb > 0) capped = runClient("effect", url, memoryCheck, [`--max-old-space-size=${heapCapMb}`])
  server.kill()
}

const f = (n, digits = 2) => Number.isNaN(n) ? "-" : n.toFixed(digits)
let commit = "unknown"
try {
  commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim()
  if (execFileSync("git", ["status", "--porcelain", "--", "packages", "bench"], { encoding: "utf8" }).trim() !== "") commit += " (with uncommitted changes)"
} catch {
  // not a git checkout
}
console.log(`${new Date().toISOString()}, node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB`)
console.log(`commit ${commit}; ${rounds} interleaved rounds (medians, ranges min–max); 1-min load average during the run ${f(Math.min(...load), 1)}–${f(Math.max(...load), 1)}`)
console.log("")
console.log("Whole process (Node start-up and module loading included) and walk only (from the first request):")
console.log("")
console.log("| followers | client | process CPU ms | range | CPU / floor | vs masto | walk CPU ms | range | walk CPU / floor | walk wall ms | peak RSS MB | range | RSS / floor | vs masto |")
console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for (const r of results) {
  console.log(
    `| ${r.count} | ${r.client} | ${f(r.processCpuMs, 0)} | ${r.processCpuSpread} | ${f(r.processCpuRatio)} | ${f(r.processCpuVsMasto)} | ` +
      `${f(r.cpuMs, 0)} | ${r.cpuSpread} | ${f(r.cpuRatio)} | ${f(r.wallMs, 0)} | ${f(r.maxRssMb, 0)} | ${r.rssSpread} | ${f(r.rssRatio)} | ${f(r.rssVsMasto)} |`
  )
}
if (memory) {
  console.log("")
  console.log(`${memoryCheck} followers, effect client: uncapped peak RSS ${f(memory.maxRssMb, 0)} MB (process CPU ${f(memory.processCpuMs, 0)} ms); ` +
    (capped ? `V8 heap capped at ${heapCapMb} MB: finished, peak RSS ${f(capped.maxRssMb, 0)} MB` : "no capped run (--heap-cap=0)"))
}

// The targets of issue 10, judged on the largest count of this run.
const top = Math.max(...counts)
const at = (client, count = top) => results.find((r) => r.client === client && r.count === count)
const verdict = (ok) => ok === undefined ? "not measured" : ok ? "met" : "NOT MET"
const effect = at("effect")
const smallest = at("effect", Math.min(...counts))
const targets = [
  [`CPU ≤ 1.5× the raw loop, ${top} followers, whole process`, effect && f(effect.processCpuRatio), effect && effect.processCpuRatio <= 1.5],
  [`CPU ≤ 1.5× the raw loop, ${top} followers, walk only`, effect && f(effect.cpuRatio), effect && effect.cpuRatio <= 1.5],
  [`peak RSS ≤ 1.2× the raw loop's, ${top} followers`, effect && f(effect.rssRatio), effect && effect.rssRatio <= 1.2],
  [
    `peak RSS flat from ${smallest?.count} to ${memoryCheck} (≤ 1.2×)`,
    memory && smallest && f(memory.maxRssMb / smallest.maxRssMb),
    memory && smallest && memory.maxRssMb / smallest.maxRssMb <= 1.2
  ],
  ["ahead of masto.js on CPU (whole process, same run)", effect && f(effect.processCpuVsMasto), effect && effect.processCpuVsMasto < 1],
  ["ahead of masto.js on peak RSS (same run)", effect && f(effect.rssVsMasto), effect && effect.rssVsMasto < 1]
]
console.log("")
console.log("| target | measured | |")
console.log("| --- | ---: | --- |")
for (const [name, value, ok] of targets) console.log(`| ${name} | ${value ?? "-"} | ${verdict(ok)} |`)
