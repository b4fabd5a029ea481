/**
 * CI smoke test: every runnable example, as its own process, against the embedded instance
 * (MASTODON_URL / MASTODON_ACCESS_TOKEN removed from the environment), checked for exit code 0
 * and the lines that show it did its job.
 */
import { describe, expect, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Run `examples/src/<name>.ts` with tsx from the repository root, as `npm start` does. */
const run = (name: string, args: ReadonlyArray<string> = [], extraEnv: Record<string, string> = {}): Promise<Run> => {
  const env = { ...process.env }
  delete env["MASTODON_URL"]
  delete env["MASTODON_ACCESS_TOKEN"]
  Object.assign(env, extraEnv)
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join("examples", "src", `${name}.ts`), ...args],
      { cwd: root, env, maxBuffer: 64 * 1024 * 1024, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1
        resolve({ code, stdout, stderr })
      }
    )
  })
}

/** Fail with the example's output, so a CI log shows why. */
const expectSuccess = (result: Run) => {
  expect(result.code, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(0)
}

describe("examples (smoke)", () => {
  it("quick-start logs in, follows, notes and streams every follower", async () => {
    const result = await run("quick-start")
    expectSuccess(result)
    expect(result.stdout).toContain("Signed in as @you")
    expect(result.stdout).toContain("NotFound")
    expect(result.stdout).toContain("following true, note \"Met in the quick-start\"")
    // 20,000 fans, the demo user, the remote account, and "you" after the follow.
    expect(result.stdout).toMatch(/followers\s+20003 of @popular/)
  }, 60_000)

  it("export-followers writes every follower once, across an interrupted run and its resume", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-followers-"))
    const out = path.join(dir, "followers.ndjson")
    // The documented resume: the same command again. The embedded instance comes back on another
    // random port with the same data; the saved cursor is relative to the server, so it still works.
    try {
      const first = await run("export-followers", ["--acct", "popular", "--out", out, "--max-pages", "20"])
      expectSuccess(first)
      expect(first.stderr).toContain("Stopped after 20 pages (1600 followers so far)")
      const cursor = await fs.readFile(`${out}.cursor`, "utf8")
      expect(cursor).toContain("max_id=")
      expect(cursor).not.toContain("127.0.0.1")

      const second = await run("export-followers", ["--acct", "popular", "--out", out])
      expectSuccess(second)
      expect(second.stderr).toContain("Resuming after 1600 followers")
      expect(second.stderr).toContain("Done: 5002 followers")
      const ids = (await fs.readFile(out, "utf8")).trimEnd().split("\n").map((line) => (JSON.parse(line) as { id: string }).id)
      expect(ids).toHaveLength(5002)
      expect(new Set(ids).size).toBe(5002)
      await expect(fs.access(`${out}.cursor`)).rejects.toThrow()
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it("export-followers writes NDJSON to stdout without --out", async () => {
    const result = await run("export-followers")
    expectSuccess(result)
    const lines = result.stdout.trimEnd().split("\n")
    expect(lines).toHaveLength(1) // the demo user's one follower
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ acct: "friend" })
  }, 60_000)

  it("whats-new catches up on home and notifications from the markers, twice, retrying a colliding save", async () => {
    const result = await run("whats-new")
    expectSuccess(result)
    const [first, later] = result.stdout.split("== later")
    expect(first).toContain("home: no marker yet")
    expect(first).toMatch(/notifications: 6 new/)
    expect(first).toMatch(/@fan1_3, @fan1_2 and 1 other: favourite "Round 1/)
    expect(first).toContain("markers: saved home v0 notifications v0")
    // The second look starts at the saved markers: only round 2 is new.
    expect(later).toMatch(/home: since \d+ \(marker v0\)/)
    expect(later).toContain("home: 3 new posts")
    expect(later).toContain("notifications: 5 new")
    expect(later).not.toContain("Round 1")
    expect(later).toContain("markers: saved home v1 notifications v1")
  }, 60_000)

  it("update-profile refuses bad input with typed errors, then sets fields and an avatar", async () => {
    const result = await run("update-profile")
    expectSuccess(result)
    expect(result.stdout).toContain("1. InvalidArgument (avatar): notes.txt is not a PNG")
    expect(result.stdout).toContain("2. 5 fields, checked here: InvalidArgument")
    expect(result.stdout).toContain("3. 5 fields, checked by the server: UnprocessableEntity")
    expect(result.stdout).toMatch(/4\. Updated @demo: avatar http:\/\/127\.0\.0\.1:\d+\/system\/accounts\/avatars\/.+\.png/)
    expect(result.stdout).toContain("Made with: mastodon-effect")
  }, 60_000)

  it("post refuses bad media and a bad vote, then posts media, a poll, a reply, a thread and a scheduled post", async () => {
    const result = await run("post")
    expectSuccess(result)
    expect(result.stdout).toContain("1. InvalidArgument (file): clip.mp4 is not an image")
    expect(result.stdout).toMatch(/2\. Posted http:\/\/127\.0\.0\.1:\d+\/@demo\/\d+ with image: "A single transparent pixel"/)
    expect(result.stdout).toContain("vote [2]: InvalidArgument (choices[0])")
    expect(result.stdout).toContain("4. Replied to @popular, mentioning @popular")
    expect(result.stdout).toContain("the middle post has 1 ancestor, 1 descendant")
    expect(result.stdout).toContain("; 1 scheduled")
    expect(result.stdout).toContain("cancelled; 0 scheduled")
    expect(result.stdout).toContain("the poll's text for a redraft: \"Tea or coffee?\"")
    expect(result.stdout).toContain("deleted 6 posts")
  }, 60_000)

  it("post changes nothing on a real server without --really", async () => {
    const result = await run("post", [], { MASTODON_URL: "http://127.0.0.1:9", MASTODON_ACCESS_TOKEN: "unused" })
    expectSuccess(result)
    expect(result.stdout).toContain("Skipped the posts on http://127.0.0.1:9")
  }, 60_000)

  it("sign-up explains each refused field by its ERR_ code, then signs up", async () => {
    const result = await run("sign-up")
    expectSuccess(result)
    expect(result.stdout).toContain("username: ERR_TAKEN")
    expect(result.stdout).toContain("agreement: ERR_ACCEPTED")
    expect(result.stdout).toContain("password: ERR_TOO_SHORT")
    // Like a real server, the embedded one wants the e-mail confirmed before the token works.
    expect(result.stdout).toContain('signed up @newcomer, token scopes "read write"; confirm newcomer@example.org to use it')
  }, 60_000)

  it("sign-up refuses a real server without --really", async () => {
    const result = await run("sign-up", [], { MASTODON_URL: "http://127.0.0.1:9" })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain("Refused: not creating an account on http://127.0.0.1:9 without --really")
  }, 60_000)

  it("rate-limits shows each policy, retries, and a POST that is not retried", async () => {
    const result = await run("rate-limits")
    expectSuccess(result)
    expect(result.stdout).toMatch(/throw: 10 ok in \d+ ms .*5 RateLimited .*the server received 15, budget left 0\/10/)
    expect(result.stdout).toMatch(/wait: +15 ok in \d+ ms .*0 RateLimited; the server received 15/)
    expect(result.stdout).toMatch(/pace: +15 ok in \d+ ms .*0 RateLimited; the server received 15/)
    expect(result.stdout).toContain("retry on:  two 503s, then @demo")
    expect(result.stdout).toContain("(3 requests)")
    expect(result.stdout).toContain("retry off: ServerError 503, handled (1 request)")
    expect(result.stdout).toContain("POST follow: ServerError 503, not retried (1 request)")
  }, 60_000)

  it("moderate reviews the pending sign-ups and the open reports, and nothing is left after", async () => {
    const result = await run("moderate")
    expectSuccess(result)
    expect(result.stdout).toContain("sign-ups waiting: 3")
    expect(result.stdout).toContain("approve @ada (\"I write about compilers\")")
    expect(result.stdout).toContain("reject  @spambot (throwaway e-mail domain mailinator.com)")
    expect(result.stdout).toContain("reject  @quiet (no reason given)")
    expect(result.stdout).toContain("silence @spammer: 2 reports")
    expect(result.stdout).toContain("resolve the report on @rude without action")
    expect(result.stdout).toMatch(/this week: new_users \d+, opened_reports 3, resolved_reports 3/)
    const after = result.stdout.split("== after review")[1] ?? ""
    expect(after).toContain("sign-ups waiting: 0")
    expect(after).toContain("open reports: 0")
  }, 60_000)

  it("push-notifications receives three encrypted pushes and decrypts each", async () => {
    const result = await run("push-notifications")
    expectSuccess(result)
    expect(result.stdout).toMatch(/Subscribed http:\/\/127\.0\.0\.1:\d+ pushes to http:\/\/127\.0\.0\.1:\d+\/push/)
    expect(result.stdout).toContain("[follow] A Popular Account is now following you")
    expect(result.stdout).toContain("[mention] You were mentioned by A Popular Account: @demo did you get my push?")
    expect(result.stdout).toContain("[favourite] A Popular Account favorited your post")
  }, 60_000)

  it("watch-notifications survives the server going away: what it missed comes once, then live events", async () => {
    const result = await run("watch-notifications")
    expectSuccess(result)
    const lines = result.stdout.split("\n")
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle))
    expect(at("@demo are you there?")).toBeGreaterThanOrEqual(0)
    expect(at("posted while you were away (1)  (missed while away)")).toBeGreaterThan(at("the server is back"))
    expect(at("posted while you were away (2)  (missed while away)")).toBeGreaterThan(at("posted while you were away (1)"))
    expect(at("@demo welcome back")).toBeGreaterThan(at("posted while you were away (2)"))
    expect(lines.filter((l) => l.includes("posted while you were away")).length).toBe(2)
    expect(result.stdout).toContain("Every notification arrived once.")
  }, 60_000)
})
