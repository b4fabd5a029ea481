// The floor: fetch + JSON.parse following Link headers, no validation at all.
import { report } from "./report.mjs"

const [base, id] = process.argv.slice(2)
const start = report.start()
let url = `${base}/api/v1/accounts/${id}/followers?limit=80`
let count = 0
while (url) {
  const response = await fetch(url, { headers: { authorization: "Bearer bench", accept: "application/json" } })
  const items = JSON.parse(await response.text())
  count += items.length
  const link = response.headers.get("link") ?? ""
  url = /<([^>]+)>;\s*rel="next"/.exec(link)?.[1]
}
report.done(start, count)
