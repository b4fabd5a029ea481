// Runs the followers-walk benchmark: a server process, then each client in its own process,
// several rounds, medians reported with ratios to the floor measured in the same run.
//   node bench/run.mjs [--counts=10000,100000] [--rounds=3] [--clients=floor,masto,effect]
// Build the packages first (`npm run build`): the effect client imports the built output.
import { spawn, execFileSync } from "node:child_process"
import { once } from "node:events"
import { cpus, totalmem } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")))
const counts = (args.get("counts") ?? "10000,100000").split(",").map(Number)
const rounds = Number(args.get("rounds") ?? 3)
const clients = (args.get("clients") ?? "floor,platform,masto,effect").split(",")
// Constant-memory check: walk this many followers with the effect client under a small V8 heap cap.
const memoryCheck = Number(args.get("memory-check") ?? 1_000_000)
const heapCapMb = Number(args.get("heap-cap") ?? 64)

const startServer = async (count) => {
  const server = spawn(process.execPath, [join(here, "server.mjs"), `--count=${count}`], { stdio: ["ignore", "pipe", "inherit"] })
  const [chunk] = await once(server.stdout, "data")
  return { server, url: `http://127.0.0.1:${String(chunk).trim()}` }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const results = []
for (const count of counts) {
  const { server, url } = await startServer(count)
  for (const client of clients) {
    const runs = []
    for (let round = 0; round < rounds; round++) {
      const out = execFileSync(process.execPath, [join(here, "clients", `${client}.mjs`), url, "1"], {
        encoding: "utf8",
        maxBuffer: 1 << 20
      })
      const run = JSON.parse(out.trim().split("\n").pop())
      if (run.count !== count) throw new Error(`${client} walked ${run.count} of ${count} followers`)
      runs.push(run)
    }
    results.push({
      count,
      client,
      cpuMs: median(runs.map((r) => r.cpuMs)),
      wallMs: median(runs.map((r) => r.wallMs)),
      maxRssMb: median(runs.map((r) => r.maxRssMb))
    })
  }
  server.kill()
}

let memory
if (memoryCheck > 0) {
  const { server, url } = await startServer(memoryCheck)
  const out = execFileSync(process.execPath, [`--max-old-space-size=${heapCapMb}`, join(here, "clients", "effect.mjs"), url, "1"], {
    encoding: "utf8"
  })
  memory = JSON.parse(out.trim().split("\n").pop())
  server.kill()
  if (memory.count !== memoryCheck) throw new Error(`the memory check walked ${memory.count} of ${memoryCheck}`)
}

const floorOf = (count) => results.find((r) => r.count === count && r.client === "floor")
console.log(`node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${new Date().toISOString()}`)
console.log(`commit ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim()}, rounds ${rounds} (medians)`)
console.log("")
console.log("| followers | client | CPU ms | CPU / floor | wall ms | peak RSS MB |")
console.log("| ---: | --- | ---: | ---: | ---: | ---: |")
for (const r of results) {
  const floor = floorOf(r.count)
  const ratio = floor ? (r.cpuMs / floor.cpuMs).toFixed(2) : "-"
  console.log(`| ${r.count} | ${r.client} | ${r.cpuMs.toFixed(0)} | ${ratio} | ${r.wallMs.toFixed(0)} | ${r.maxRssMb.toFixed(0)} |`)
}
if (memory) {
  console.log("")
  console.log(
    `constant memory: the effect client streamed ${memory.count} followers with the V8 heap capped at ${heapCapMb} MB ` +
      `(peak RSS ${memory.maxRssMb.toFixed(0)} MB, CPU ${memory.cpuMs.toFixed(0)} ms)`
  )
}
