/**
 * `serve:fake`: its flags (parsed without starting anything), and the command itself run as a
 * child process: --help, refused flags and a busy port exit 1 with the reason, and a started
 * server behaves as its flags say.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Either from "effect/Either"
import { type ChildProcess, spawn } from "node:child_process"
import * as Net from "node:net"
import * as Path from "node:path"
import { parse, startFailure } from "../src/internal/cli.js"

const parsed = (args: ReadonlyArray<string>) => {
  const result = parse(args)
  if (Either.isLeft(result)) throw new Error(result.left)
  return result.right
}
const refusal = (args: ReadonlyArray<string>) => {
  const result = parse(args)
  return Either.isLeft(result) ? result.left : "accepted"
}

describe("serve:fake flags", () => {
  it("defaults to a 4.6.0 server on port 3000 with real sign-up rules, signed in as demo", () => {
    expect(parsed([])).toEqual({
      help: false,
      port: 3000,
      followers: 5000,
      version: "4.6.0",
      registrations: "open",
      emailConfirmation: true,
      rateLimit: { limit: 300, windowMillis: 300_000 },
      faults: [],
      user: "demo"
    })
  })

  it("reads every flag, in both --flag value and --flag=value forms", () => {
    const config = parsed([
      "--port=0", "--followers", "12", "--version", "4.3.0", "--registrations", "approval", "--email-confirmation=off",
      "--rate-limit", "10", "--rate-limit-window", "30 seconds", "--user", "popular",
      "--fault", "503,path=/api/v1/accounts/*,times=2", "--fault=latency:1500 millis,method=get", "--fault", "cross-origin-link"
    ])
    expect(config).toMatchObject({
      port: 0,
      followers: 12,
      version: "4.3.0",
      registrations: "approval",
      emailConfirmation: false,
      rateLimit: { limit: 10, windowMillis: 30_000 },
      user: "popular"
    })
    expect(config.faults).toEqual([
      { fault: { _tag: "ServerError", status: 503 }, match: { path: "/api/v1/accounts/*", times: 2 } },
      { fault: { _tag: "Latency", millis: 1500 }, match: { method: "GET" } },
      { fault: { _tag: "CrossOriginLink", origin: "https://evil.example" }, match: {} }
    ])
    expect(parsed(["--rate-limit", "0"]).rateLimit).toBe(false)
    expect(parsed(["--rate-limit-window", "60"]).rateLimit).toEqual({ limit: 300, windowMillis: 60_000 })
    expect(parsed(["--rate-limit-window", "90s"]).rateLimit).toEqual({ limit: 300, windowMillis: 90_000 })
    expect(parsed(["--fault", "latency:250ms"]).faults).toEqual([{ fault: { _tag: "Latency", millis: 250 }, match: {} }])
    expect(parsed(["--mastodon-version", "4.2.1"]).version).toBe("4.2.1")
    expect(parsed(["-h"]).help).toBe(true)
  })

  it("refuses bad values with the flag and the value in the message", () => {
    expect(refusal(["--port", "abc"])).toBe('--port must be a non-negative integer, got "abc"')
    expect(refusal(["--port", "70000"])).toBe("--port must be at most 65535, got 70000")
    expect(refusal(["--port"])).toBe("--port needs a value (see --help)")
    expect(refusal(["--registrations", "maybe"])).toContain("--registrations must be one of open, approval, closed")
    expect(refusal(["--email-confirmation", "yes"])).toContain("--email-confirmation must be one of on, off")
    expect(refusal(["--version", "latest"])).toContain("--version must look like 4.3.0")
    expect(refusal(["--rate-limit-window", "soon"])).toContain("--rate-limit-window must be a number of seconds")
    expect(refusal(["--fault", "explode"])).toBe('--fault: unknown kind "explode" (see --help)')
    expect(refusal(["--fault", "503,times=0"])).toContain('cannot read "times=0"')
    expect(refusal(["--fault", "latency"])).toContain("needs a duration")
    expect(refusal(["--user", "not a name"])).toContain("--user must be a username")
    expect(refusal(["--frobnicate"])).toBe('Unknown argument "--frobnicate" (see --help)')
  })

  it("says why the port could not be used", () => {
    expect(startFailure(3000, Object.assign(new Error("listen EADDRINUSE"), { code: "EADDRINUSE" })))
      .toBe("Could not listen on 127.0.0.1:3000: the port is already in use (pick another with --port, or --port 0 for a free one) [EADDRINUSE]")
  })
})

const bin = Path.resolve(__dirname, "../src/bin/serve.ts")
const tsx = Path.resolve(__dirname, "../../../node_modules/.bin/tsx")

const start = (args: ReadonlyArray<string>) => spawn(tsx, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] })

/** Run the command to its end. */
const run = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = start(args)
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()))
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()))
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

/** Start the server and wait for its banner. */
const serve = (args: ReadonlyArray<string>) =>
  new Promise<{ child: ChildProcess; banner: string }>((resolve, reject) => {
    const child = start(args)
    let stdout = ""
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString()
      if (stdout.includes("Try: curl")) resolve({ child, banner: stdout })
    })
    child.on("close", (code) => reject(new Error(`exited with ${code} before the banner: ${stdout}`)))
  })

describe("serve:fake, run", () => {
  it("prints the help and exits 0", async () => {
    const result = await run(["--help"])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain("--rate-limit-window")
    expect(result.stdout).toContain("--fault <spec>")
  }, 30_000)

  it("exits 1 with the reason on a bad flag", async () => {
    const result = await run(["--port", "abc"])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('--port must be a non-negative integer, got "abc"')
  }, 30_000)

  it("exits 1 with the reason when the port is in use", async () => {
    const blocker = Net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve))
    const address = blocker.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    try {
      const result = await run(["--port", String(port), "--followers", "1"])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`Could not listen on 127.0.0.1:${port}: the port is already in use`)
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()))
    }
  }, 30_000)

  it("serves as its flags say: the version, the faults, the user and its e-mail for the password grant", async () => {
    const { child, banner } = await serve([
      "--port", "0", "--followers", "3", "--version", "4.3.0", "--user", "tester", "--fault", "503,path=/api/v1/instance/rules,times=1"
    ])
    try {
      const origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1] ?? ""
      expect(banner).toContain("Mastodon 4.3.0 (in memory)")
      expect(banner).toContain("Signed in as @tester")
      expect(banner).toContain("The password grant works")
      const email = /E-mail: (\S+), password "([^"]+)"/.exec(banner)
      expect(email?.[1]).toBe("tester@127.0.0.1")
      const token = /Access token: (\S+)/.exec(banner)?.[1] ?? ""
      const me = await (await fetch(`${origin}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${token}` } })).json()
      expect(me.username).toBe("tester")
      expect((await (await fetch(`${origin}/api/v1/instance`)).json()).version).toBe("4.3.0")
      expect((await fetch(`${origin}/api/v1/instance/rules`)).status).toBe(503)
      expect((await (await fetch(`${origin}/api/v1/instance/rules`)).json()).length).toBe(2)
      // The printed e-mail and password work with the password grant of a 4.3 server.
      const app = await (await fetch(`${origin}/api/v1/apps`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ client_name: "cli", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read" })
      })).json()
      const grant = await fetch(`${origin}/oauth/token`, {
        method: "POST",
        body: new URLSearchParams({ grant_type: "password", username: email?.[1] ?? "", password: email?.[2] ?? "", client_id: app.client_id, client_secret: app.client_secret })
      })
      expect(grant.status).toBe(200)
    } finally {
      child.kill("SIGTERM")
    }
  }, 60_000)
})
