import { defineConfig } from "tsup"
import { build } from "../../tsup.config.base.js"

/**
 * The shared build, plus the command-line server (`bin`): `dist/bin/serve.js` imports the library
 * modules as its source does, and keeps its `#!/usr/bin/env node` line.
 */
export default defineConfig(build(["src/*.ts", "src/bin/serve.ts"]))
