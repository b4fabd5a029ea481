// Empties a package's dist/ before its build: tsup's ESM and CommonJS halves build at once, so
// neither may clean it, and a module removed from src/ must not live on in dist/.
//   node ../../scripts/clean.mjs   (from a package directory)
import { rmSync } from "node:fs"

rmSync("dist", { recursive: true, force: true })
