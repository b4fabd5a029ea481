/**
 * The admin routes for federation and sign-up blocks: domain blocks and allows, e-mail domain
 * blocks, IP blocks and canonical e-mail blocks. A domain block applies to every account of the
 * domain (and its subdomains): `suspend` renders them suspended and hides their statuses,
 * `silence` marks them limited. E-mail domain and canonical e-mail blocks refuse sign-ups.
 *
 * @internal
 */
import { adminRoute, idPage } from "../admin/route.js"
import * as AdminRender from "../admin/render.js"
import { canonicalEmail, type DomainBlockRow, type DomainRow, type IpBlockRow, storeOf } from "../admin/store.js"
import * as P from "../params.js"
import { error, json, notFound, type Reply, type RouteDef, type UserCtx } from "../route.js"

const scopes = (kind: string) => ({ read: [`admin:read:${kind}`], write: [`admin:write:${kind}`] })
const db = scopes("domain_blocks")
const da = scopes("domain_allows")
const edb = scopes("email_domain_blocks")
const ipb = scopes("ip_blocks")
const ceb = scopes("canonical_email_blocks")

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === ""

const withRow = <R>(get: (ctx: UserCtx) => Map<string, R>, handler: (ctx: UserCtx, row: R, id: string) => Reply) => (ctx: UserCtx): Reply => {
  const id = ctx.path["id"] ?? ""
  const row = get(ctx).get(id)
  return row === undefined ? notFound() : handler(ctx, row, id)
}

// -------------------------------------------------------------------------------------------------
// Domain blocks

const severities = new Set(["silence", "suspend", "noop"])

const applyBlockOptions = (ctx: UserCtx, row: DomainBlockRow): Reply | undefined => {
  const b = ctx.body
  const severity = P.str(b, "severity")
  if (severity !== undefined && !severities.has(severity)) return error(422, "Validation failed: Severity is not included in the list")
  if (severity !== undefined) row.severity = severity as DomainBlockRow["severity"]
  const flag = (k: "reject_media" | "reject_reports" | "obfuscate") => {
    const v = P.bool(b, k)
    if (v !== undefined) row[k] = v
  }
  flag("reject_media")
  flag("reject_reports")
  flag("obfuscate")
  const text = (k: "private_comment" | "public_comment") => {
    const v = P.str(b, k)
    if (v !== undefined) row[k] = v
  }
  text("private_comment")
  text("public_comment")
  return undefined
}

const createDomainBlock = (ctx: UserCtx): Reply => {
  const domain = P.str(ctx.body, "domain")?.trim().toLowerCase()
  if (domain === undefined || domain === "") return error(422, "Validation failed: Domain can't be blank")
  const store = storeOf(ctx.state)
  const row: DomainBlockRow = {
    id: store.nextId(),
    domain,
    created_at: ctx.now,
    severity: "silence",
    reject_media: false,
    reject_reports: false,
    private_comment: null,
    public_comment: null,
    obfuscate: false
  }
  const refused = applyBlockOptions(ctx, row)
  if (refused !== undefined) return refused
  // Any block of the domain or a parent domain refuses a new one (change it with an update).
  const existing = store.domainBlockOf(domain)
  if (existing !== undefined) {
    return error(422, `You have already imposed stricter limits on ${existing.domain}.`, {
      existing_domain_block: AdminRender.domainBlock(existing)
    })
  }
  store.domainBlocks.set(row.id, row)
  return json(AdminRender.domainBlock(row))
}

const updateDomainBlock = (ctx: UserCtx, row: DomainBlockRow): Reply => {
  const copy = { ...row }
  const refused = applyBlockOptions(ctx, copy)
  if (refused !== undefined) return refused
  Object.assign(row, copy)
  return json(AdminRender.domainBlock(row))
}

// -------------------------------------------------------------------------------------------------
// Domain allows, e-mail domain blocks

const createDomainAllow = (ctx: UserCtx): Reply => {
  const domain = P.str(ctx.body, "domain")?.trim().toLowerCase()
  if (blank(domain)) return error(422, "Validation failed: Domain can't be blank")
  const store = storeOf(ctx.state)
  const existing = [...store.domainAllows.values()].find((d) => d.domain === domain)
  if (existing !== undefined) return json(AdminRender.domainAllow(existing))
  const row: DomainRow = { id: store.nextId(), domain: domain ?? "", created_at: ctx.now }
  store.domainAllows.set(row.id, row)
  return json(AdminRender.domainAllow(row))
}

const createEmailDomainBlock = (ctx: UserCtx): Reply => {
  const domain = P.str(ctx.body, "domain")?.trim().toLowerCase()
  if (blank(domain)) return error(422, "Validation failed: Domain can't be blank")
  const store = storeOf(ctx.state)
  if ([...store.emailDomainBlocks.values()].some((d) => d.domain === domain)) {
    return error(422, "Validation failed: Domain has already been taken")
  }
  const row: DomainRow = { id: store.nextId(), domain: domain ?? "", created_at: ctx.now }
  store.emailDomainBlocks.set(row.id, row)
  return json(AdminRender.emailDomainBlock(row, ctx.now))
}

// -------------------------------------------------------------------------------------------------
// IP blocks

const ipSeverities = new Set(["sign_up_requires_approval", "sign_up_block", "no_access"])
const cidr = /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$|^[0-9a-f:]+(\/\d{1,3})?$/i

const applyIpOptions = (ctx: UserCtx, row: IpBlockRow, creating: boolean): Reply | undefined => {
  const b = ctx.body
  const ip = P.str(b, "ip")
  if (ip !== undefined && !cidr.test(ip.trim())) return error(422, "Validation failed: Ip is invalid")
  if (ip !== undefined) row.ip = ip.includes("/") ? ip.trim() : `${ip.trim()}/${ip.includes(":") ? 128 : 32}`
  const severity = P.str(b, "severity")
  if ((creating && severity === undefined) || (severity !== undefined && !ipSeverities.has(severity))) {
    return error(422, "Validation failed: Severity can't be blank")
  }
  if (severity !== undefined) row.severity = severity as IpBlockRow["severity"]
  const comment = P.str(b, "comment")
  if (comment !== undefined) row.comment = comment
  const expiresIn = P.int(b, "expires_in")
  if (expiresIn !== undefined) row.expiresAt = expiresIn > 0 ? ctx.now + expiresIn * 1000 : null
  return undefined
}

const createIpBlock = (ctx: UserCtx): Reply => {
  const store = storeOf(ctx.state)
  const row: IpBlockRow = { id: store.nextId(), ip: "0.0.0.0/32", severity: "sign_up_block", comment: "", created_at: ctx.now, expiresAt: null }
  const refused = applyIpOptions(ctx, row, true)
  if (refused !== undefined) return refused
  if ([...store.ipBlocks.values()].some((b) => b.ip === row.ip)) return error(422, "Validation failed: Ip has already been taken")
  store.ipBlocks.set(row.id, row)
  return json(AdminRender.ipBlock(row))
}

const updateIpBlock = (ctx: UserCtx, row: IpBlockRow): Reply => {
  const copy = { ...row }
  const refused = applyIpOptions(ctx, copy, false)
  if (refused !== undefined) return refused
  Object.assign(row, copy)
  return json(AdminRender.ipBlock(row))
}

/** IP blocks that expired are gone, as the server's scheduled cleanup removes them. */
const liveIpBlocks = (ctx: UserCtx): Map<string, IpBlockRow> => {
  const blocks = storeOf(ctx.state).ipBlocks
  for (const [id, b] of blocks) if (b.expiresAt !== null && b.expiresAt <= ctx.now) blocks.delete(id)
  return blocks
}

// -------------------------------------------------------------------------------------------------
// Canonical e-mail blocks

const hashOf = (email: string): string => AdminRender.sha256Hex(canonicalEmail(email))

const testCanonical = (ctx: UserCtx): Reply => {
  const email = P.str(ctx.body, "email")
  if (blank(email)) return error(400, "Missing parameter: email")
  const hash = hashOf(email ?? "")
  return json([...storeOf(ctx.state).canonicalEmailBlocks.values()].filter((b) => b.hash === hash).map(AdminRender.canonicalEmailBlock))
}

const createCanonical = (ctx: UserCtx): Reply => {
  const email = P.str(ctx.body, "email")
  const given = P.str(ctx.body, "canonical_email_hash")
  const hash = !blank(email) ? hashOf(email ?? "") : given?.trim().toLowerCase()
  if (hash === undefined || hash === "") return error(422, "Validation failed: Canonical email hash can't be blank")
  const store = storeOf(ctx.state)
  if ([...store.canonicalEmailBlocks.values()].some((b) => b.hash === hash)) {
    return error(422, "Validation failed: Canonical email hash has already been taken")
  }
  const row = { id: store.nextId(), hash }
  store.canonicalEmailBlocks.set(row.id, row)
  return json(AdminRender.canonicalEmailBlock(row))
}

const deleteFrom = <R>(get: (ctx: UserCtx) => Map<string, R>) =>
  withRow(get, (ctx, _row, id) => {
    get(ctx).delete(id)
    return json({})
  })

const domainBlocks = (ctx: UserCtx) => storeOf(ctx.state).domainBlocks
const domainAllows = (ctx: UserCtx) => storeOf(ctx.state).domainAllows
const emailDomainBlocks = (ctx: UserCtx) => storeOf(ctx.state).emailDomainBlocks
const canonicalBlocks = (ctx: UserCtx) => storeOf(ctx.state).canonicalEmailBlocks

/** The routes. */
export const routes: ReadonlyArray<RouteDef> = [
  adminRoute("GET", "/api/v1/admin/domain_blocks", db.read, "manage_federation", (ctx) =>
    idPage(ctx, domainBlocks(ctx).values(), 100, 200, AdminRender.domainBlock), "4.0.0"),
  adminRoute("GET", "/api/v1/admin/domain_blocks/:id", db.read, "manage_federation", withRow(domainBlocks, (_, r) => json(AdminRender.domainBlock(r))), "4.0.0"),
  adminRoute("POST", "/api/v1/admin/domain_blocks", db.write, "manage_federation", createDomainBlock, "4.0.0"),
  adminRoute("PUT", "/api/v1/admin/domain_blocks/:id", db.write, "manage_federation", withRow(domainBlocks, updateDomainBlock), "4.0.0"),
  adminRoute("DELETE", "/api/v1/admin/domain_blocks/:id", db.write, "manage_federation", deleteFrom(domainBlocks), "4.0.0"),

  adminRoute("GET", "/api/v1/admin/domain_allows", da.read, "manage_federation", (ctx) =>
    idPage(ctx, domainAllows(ctx).values(), 100, 200, AdminRender.domainAllow), "4.0.0"),
  adminRoute("GET", "/api/v1/admin/domain_allows/:id", da.read, "manage_federation", withRow(domainAllows, (_, r) => json(AdminRender.domainAllow(r))), "4.0.0"),
  adminRoute("POST", "/api/v1/admin/domain_allows", da.write, "manage_federation", createDomainAllow, "4.0.0"),
  adminRoute("DELETE", "/api/v1/admin/domain_allows/:id", da.write, "manage_federation", deleteFrom(domainAllows), "4.0.0"),

  adminRoute("GET", "/api/v1/admin/email_domain_blocks", edb.read, "manage_blocks", (ctx) =>
    idPage(ctx, emailDomainBlocks(ctx).values(), 100, 200, (r) => AdminRender.emailDomainBlock(r, ctx.now)), "4.0.0"),
  adminRoute(
    "GET",
    "/api/v1/admin/email_domain_blocks/:id",
    edb.read,
    "manage_blocks",
    withRow(emailDomainBlocks, (ctx, r) => json(AdminRender.emailDomainBlock(r, ctx.now))),
    "4.1.0"
  ),
  adminRoute("POST", "/api/v1/admin/email_domain_blocks", edb.write, "manage_blocks", createEmailDomainBlock, "4.0.0"),
  adminRoute("DELETE", "/api/v1/admin/email_domain_blocks/:id", edb.write, "manage_blocks", deleteFrom(emailDomainBlocks), "4.0.0"),

  adminRoute("GET", "/api/v1/admin/ip_blocks", ipb.read, "manage_blocks", (ctx) =>
    idPage(ctx, liveIpBlocks(ctx).values(), 100, 200, AdminRender.ipBlock), "4.0.0"),
  adminRoute("GET", "/api/v1/admin/ip_blocks/:id", ipb.read, "manage_blocks", withRow(liveIpBlocks, (_, r) => json(AdminRender.ipBlock(r))), "4.0.0"),
  adminRoute("POST", "/api/v1/admin/ip_blocks", ipb.write, "manage_blocks", createIpBlock, "4.0.0"),
  adminRoute("PUT", "/api/v1/admin/ip_blocks/:id", ipb.write, "manage_blocks", withRow(liveIpBlocks, updateIpBlock), "4.0.0"),
  adminRoute("DELETE", "/api/v1/admin/ip_blocks/:id", ipb.write, "manage_blocks", deleteFrom(liveIpBlocks), "4.0.0"),

  adminRoute("GET", "/api/v1/admin/canonical_email_blocks", ceb.read, "manage_blocks", (ctx) =>
    idPage(ctx, canonicalBlocks(ctx).values(), 100, 200, AdminRender.canonicalEmailBlock), "4.0.0"),
  // Declared before `/:id`, as Rails' routes are, so `test` is never read as an id.
  adminRoute("POST", "/api/v1/admin/canonical_email_blocks/test", ceb.read, "manage_blocks", testCanonical, "4.0.0"),
  adminRoute(
    "GET",
    "/api/v1/admin/canonical_email_blocks/:id",
    ceb.read,
    "manage_blocks",
    withRow(canonicalBlocks, (_, r) => json(AdminRender.canonicalEmailBlock(r))),
    "4.0.0"
  ),
  adminRoute("POST", "/api/v1/admin/canonical_email_blocks", ceb.write, "manage_blocks", createCanonical, "4.0.0"),
  adminRoute("DELETE", "/api/v1/admin/canonical_email_blocks/:id", ceb.write, "manage_blocks", deleteFrom(canonicalBlocks), "4.0.0")
]
