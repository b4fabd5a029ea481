import { defineConfig } from "tsup"
import { options } from "../../tsup.config.base.js"

/**
 * The shared build, plus the command-line server (`bin`): `dist/bin/serve.js` shares the chunks of
 * the library entries, and keeps its `#!/usr/bin/env node` line.
 */
export default defineConfig({ ...options, entry: ["src/*.ts", "src/bin/serve.ts"] })
