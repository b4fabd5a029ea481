// Reads vitest's JSON report and prints the one line CI reads: "N passed, M failed".
// Exits non-zero when a test failed, when vitest reported an error outside the tests, or when
// no test ran at all (a green run that tested nothing is not green).
import { readFileSync } from "node:fs"

const file = process.argv[2] ?? "test-results/vitest.json"
let report
try {
  report = JSON.parse(readFileSync(file, "utf8"))
} catch (cause) {
  console.log("0 passed, 1 failed")
  console.error(`No readable vitest report at ${file}: ${cause}`)
  process.exit(1)
}
const passed = report.numPassedTests ?? 0
const failed = (report.numFailedTests ?? 0) + (report.numTotalTests === 0 ? 1 : 0)
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`)
if (failed > 0 || report.success === false) process.exit(1)
