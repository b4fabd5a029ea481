import { defineConfig } from "tsup"

/**
 * The build every package shares: each `src/*.ts` module its own entry (ESM + CJS + .d.ts), so that
 * `@mastodon-effect/<pkg>/<Module>` subpath imports and tree-shaking work.
 */
export default defineConfig({
  entry: ["src/*.ts"],
  format: ["esm", "cjs"],
  dts: { compilerOptions: { composite: false } },
  tsconfig: "tsconfig.build.json",
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "es2022"
})
