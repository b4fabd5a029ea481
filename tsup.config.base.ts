import { defineConfig, type Options } from "tsup"

/**
 * The JavaScript build every package shares, in two halves:
 *
 * - ESM: every source file transpiled on its own (`bundle: false`), so `dist/` mirrors `src/`
 *   and each module imports the others as the sources do. A bundler building a user's program
 *   then sees the real module graph and drops what the program does not use. (A bundled ESM
 *   build with shared chunks defeated that: a module that `index.ts` re-exports as a namespace
 *   got a namespace object filled by a call at the top of its chunk, which bundlers must keep, and
 *   with it every declaration and schema of that module.)
 * - CommonJS: each `src/*.ts` module its own entry, bundled, with code shared by several entries in
 *   hashed chunks that only the package's own files require (the `exports` map lists the modules,
 *   not the chunks).
 *
 * Declarations are not made here: `tsc` writes one `.d.ts` per source file and
 * `scripts/declarations.mjs` derives the `.d.cts` twins (see the packages' `build` script, which
 * also empties `dist/` first: the two halves build at once, so neither may clean it). Bundled
 * declarations split into hashed chunks that another package's declarations then imported, which
 * only worked when both packages came from the same build.
 */
const shared: Options = {
  dts: false,
  tsconfig: "tsconfig.build.json",
  sourcemap: true,
  clean: false,
  target: "es2022"
}

/** The two halves for a package whose public modules (and any other CommonJS entries) are `entry`. */
export const build = (entry: ReadonlyArray<string> = ["src/*.ts"]): Array<Options> => [
  { ...shared, entry: ["src/**/*.ts"], format: ["esm"], bundle: false, splitting: false, treeshake: false },
  { ...shared, entry: [...entry], format: ["cjs"], splitting: true, treeshake: true }
]

export default defineConfig(build())
