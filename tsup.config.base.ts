import { defineConfig, type Options } from "tsup"

/**
 * The JavaScript build every package shares: each `src/*.ts` module its own entry (ESM + CJS), so
 * that `@mastodon-effect/<pkg>/<Module>` subpath imports and tree-shaking work. Code shared by
 * several entries goes to hashed chunks, which only the package's own files import (the `exports`
 * map lists the modules, not the chunks).
 *
 * Declarations are not made here: `tsc` writes one `.d.ts` per source file and
 * `scripts/declarations.mjs` derives the `.d.cts` twins (see the packages' `build` script). Bundled
 * declarations split into hashed chunks that another package's declarations then imported, which
 * only worked when both packages came from the same build.
 */
export const options: Options = {
  entry: ["src/*.ts"],
  format: ["esm", "cjs"],
  dts: false,
  tsconfig: "tsconfig.build.json",
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "es2022"
}

export default defineConfig(options)
