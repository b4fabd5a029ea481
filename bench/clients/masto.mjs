// masto.js: its paginator over the same followers list.
import { createRestAPIClient } from "masto"
import { report } from "./report.mjs"

const [base, id] = process.argv.slice(2)
const masto = createRestAPIClient({ url: base, accessToken: "bench" })
const start = report.start()
let count = 0
for await (const page of masto.v1.accounts.$select(id).followers.list({ limit: 80 })) {
  count += page.length
}
report.done(start, count)
