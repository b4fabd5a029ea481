// A stateless Mastodon-like followers endpoint for benchmarks, run in its own process so that the
// client's CPU time and memory are measured alone. Account i of N is generated on demand; pages
// follow Mastodon's rules (limit default 40, max 80, a `next` Link while pages come back full).
import { createServer } from "node:http"
import { accountJson } from "./account.mjs"

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")))
const total = Number(args.get("count") ?? 10_000)
const port = Number(args.get("port") ?? 0)

const server = createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`)
  const match = /^\/api\/v1\/accounts\/([^/]+)\/followers$/.exec(url.pathname)
  if (!match) {
    res.writeHead(404, { "content-type": "application/json" })
    res.end('{"error":"Record not found"}')
    return
  }
  const limit = Math.min(80, Math.max(1, Number(url.searchParams.get("limit") ?? 40)))
  const maxId = url.searchParams.has("max_id") ? Number(url.searchParams.get("max_id")) : total + 1
  const first = Math.min(total, maxId - 1)
  const last = Math.max(1, first - limit + 1)
  const ids = []
  for (let i = first; i >= last && i >= 1; i--) ids.push(i)
  const headers = {
    "content-type": "application/json; charset=utf-8",
    "x-ratelimit-limit": "1000000",
    "x-ratelimit-remaining": "999999",
    "x-ratelimit-reset": new Date(Date.now() + 300_000).toISOString()
  }
  if (ids.length === limit) {
    const base = `http://${req.headers.host}${url.pathname}?limit=${limit}`
    headers.link = `<${base}&max_id=${ids[ids.length - 1]}>; rel="next", <${base}&min_id=${ids[0]}>; rel="prev"`
  }
  res.writeHead(200, headers)
  res.end(`[${ids.map(accountJson).join(",")}]`)
})

server.listen(port, "127.0.0.1", () => {
  process.stdout.write(`${server.address().port}\n`)
})
