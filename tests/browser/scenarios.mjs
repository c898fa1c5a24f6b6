// The browser scenarios of tests/browser/run, in the system Chromium (headless):
//  1. the docs page lists every operation of api.yaml; Authorize offers every security
//     scheme; Basic, then "Try it out" on GET /user/spaces/token, Execute: 200 with a token;
//     the page made no request outside the serving origin on 127.0.0.1;
//  2. a page on a --cors-origin origin calls the API with fetch() and credentials: mints,
//     joins as another user, and reads a 401's JSON and the exposed x-span-id;
//  3. a page on an origin not listed: the browser refuses the same calls.
// Usage: node scenarios.mjs SERVER_BINARY
import { chromium } from "playwright-core";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";

const binary = process.argv[2];
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const results = [];
const cleanups = [];

function check(name, condition, detail = "") {
  results.push({ name, ok: Boolean(condition) });
  console.log(`${condition ? "ok" : "FAILED"} - ${name}${condition || !detail ? "" : `: ${detail}`}`);
}

/** A page server on `host`: `/` is an empty HTML page to run fetch() from. */
function pageServer(host) {
  return new Promise((resolve) => {
    const server = createServer((request, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end("<!DOCTYPE html><title>web client</title><p>another origin</p>");
    });
    server.listen(0, host, () => {
      cleanups.push(() => server.close());
      resolve(`http://${host}:${server.address().port}`);
    });
  });
}

/** `onezone-tokens serve` on a fresh data directory; resolves to its API URL. */
function startServer(dataDir, password, corsOrigin) {
  const child = spawn(
    binary,
    ["serve", "--listen", "127.0.0.1:0", "--data-dir", dataDir, "--cors-origin", corsOrigin],
    {
      env: { ...process.env, ONEZONE_ADMIN_PASSWORD: password, RUST_LOG: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  cleanups.push(() => child.kill("SIGTERM"));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const match = line.match(/^onezone-tokens serving (\S+)$/);
      if (match) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

/** "METHOD /path" of every operation in api.yaml (`paths:`, methods at 4 spaces). */
function contractOperations(yaml) {
  const operations = [];
  let inPaths = false;
  let path = null;
  for (const line of yaml.split("\n")) {
    if (/^\S/.test(line)) inPaths = line === "paths:";
    if (!inPaths) continue;
    const pathMatch = line.match(/^  (\/\S*):\s*$/);
    if (pathMatch) path = pathMatch[1];
    const methodMatch = line.match(/^    (get|put|post|delete|patch|head|options|trace):\s*$/);
    if (methodMatch && path) operations.push(`${methodMatch[1].toUpperCase()} ${path}`);
  }
  return operations.sort();
}

async function docsPage(browser, api, password, accessToken) {
  const origin = new URL(api).origin;
  const context = await browser.newContext({
    ignoreHTTPSErrors: true, // the server's own self-signed certificate
    viewport: { width: 1280, height: 1000 },
  });
  const page = await context.newPage();
  const requested = [];
  const mints = [];
  page.on("request", (request) => {
    requested.push(request.url());
    if (request.url().endsWith("/user/spaces/token")) mints.push(request.headers());
  });
  const consoleErrors = [];
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));

  await page.goto(`${api}/docs`);
  await page.waitForSelector(".opblock", { timeout: 30000 });
  const yaml = await (await context.request.get(`${api}/openapi.yaml`)).text();
  const expected = contractOperations(yaml);
  const shown = (
    await page.$$eval(".opblock", (blocks) =>
      blocks.map((block) => {
        const method = block.querySelector(".opblock-summary-method").textContent.trim();
        const path = block.querySelector(".opblock-summary-path").getAttribute("data-path");
        return `${method} ${path}`;
      }),
    )
  ).sort();
  check(
    `the docs page lists every operation of api.yaml (${expected.length})`,
    expected.length > 0 && JSON.stringify(shown) === JSON.stringify(expected),
    `shown ${JSON.stringify(shown)}, api.yaml ${JSON.stringify(expected)}`,
  );
  const servers = await page.$$eval(".servers select option", (options) => options.map((o) => o.value));
  check("the server list shows the serving origin", JSON.stringify(servers) === JSON.stringify([api]), JSON.stringify(servers));

  // Authorize: every security scheme of api.yaml is offered; log in with Basic.
  await page.click(".auth-wrapper .authorize");
  await page.waitForSelector(".modal-ux .auth-container");
  const schemes = await page.$$eval(".modal-ux .auth-container h4", (titles) =>
    titles.map((t) => t.textContent.trim()),
  );
  const wanted = ["basic", "api_key", "api_key_macaroon", "bearer"];
  check(
    "Authorize offers every security scheme",
    JSON.stringify(schemes.map((title) => title.split(/\s+/)[0]).sort()) === JSON.stringify([...wanted].sort()),
    JSON.stringify(schemes),
  );
  const basic = page.locator(".modal-ux .auth-container", { hasText: "basic (http, Basic)" });
  await basic.locator("input[type=text]").fill("admin");
  await basic.locator("input[type=password]").fill(password);
  await basic.locator("button.authorize").click();
  await page.click(".modal-ux button.btn-done");

  // Try it out on GET /user/spaces/token, Execute.
  const operation = page.locator("#operations-User-get_user_space_token");
  await operation.locator(".opblock-summary").click();
  await operation.locator(".try-out__btn").click();
  await operation.locator("button.execute").click();
  const status = operation.locator(".live-responses-table .response .response-col_status");
  await status.first().waitFor({ timeout: 20000 });
  const code = (await status.first().textContent()).trim();
  const body = await operation.locator(".live-responses-table .response-col_description pre").first().textContent();
  let token = null;
  try {
    token = JSON.parse(body).token;
  } catch {
    token = null;
  }
  check("Try it out on GET /user/spaces/token answers 200 with a token", code === "200" && /^MDAx/.test(token ?? ""), `${code} ${body}`);
  const mintRequest = requested.find((url) => url.endsWith("/user/spaces/token"));
  check("the token request went to the serving origin", mintRequest === `${api}/user/spaces/token`, String(mintRequest));
  check("it carried the Basic credentials", /^Basic /.test(mints[0]?.authorization ?? ""), JSON.stringify(mints[0]));

  // Log out of Basic, authorize with an access token in X-Auth-Token, Execute again.
  await page.click(".auth-wrapper .authorize");
  await page.waitForSelector(".modal-ux .auth-container");
  await basic.locator("button", { hasText: "Logout" }).click();
  const apiKey = page.locator(".modal-ux .auth-container", { hasText: "api_key (apiKey)" }).first();
  await apiKey.locator("input").fill(accessToken);
  await apiKey.locator("button.authorize").click();
  await page.click(".modal-ux button.btn-done");
  await operation.locator("button.execute").click();
  // Wait for the second request, then for its answer to be shown.
  for (let i = 0; i < 100 && mints.length < 2; i++) await page.waitForTimeout(100);
  await page.waitForLoadState("networkidle");
  const secondCode = (await status.first().textContent()).trim();
  check(
    "with X-Auth-Token from Authorize, Execute answers 200 again",
    mints.length === 2 && mints[1]["x-auth-token"] === accessToken && !mints[1].authorization && secondCode === "200",
    `${secondCode} ${JSON.stringify(mints[1])}`,
  );

  const outside = requested.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
  check(`the page made no request outside ${origin} (${requested.length} requests)`, outside.length === 0, JSON.stringify(outside));
  check("the page logged no error", consoleErrors.length === 0, JSON.stringify(consoleErrors));

  if (process.env.UPDATE_SCREENSHOT === "1") {
    mkdirSync(join(root, "docs", "images"), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(root, "docs", "images", "docs-page.png") });
    console.log("wrote docs/images/docs-page.png");
  }
  await context.close();
}

/** Runs the web client's calls from a page on `pageOrigin`. */
async function fromOrigin(browser, pageOrigin, api, admin, joiner) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${pageOrigin}/`);
  const outcome = await page.evaluate(
    async ({ api, admin, joiner }) => {
      const basic = (user, password) => "Basic " + btoa(`${user}:${password}`);
      const call = async (path, init) => {
        try {
          const response = await fetch(`${api}${path}`, { credentials: "include", ...init });
          return {
            status: response.status,
            json: await response.json().catch(() => null),
            spanId: response.headers.get("x-span-id"),
            location: response.headers.get("location"),
          };
        } catch (error) {
          return { refused: String(error) };
        }
      };
      const mint = await call("/user/spaces/token", {
        headers: { Authorization: basic(admin.user, admin.password) },
      });
      const join = await call("/user/spaces/join", {
        method: "POST",
        headers: {
          Authorization: basic(joiner.user, joiner.password),
          "Content-Type": "application/json",
        },
        body: JSON.stringify({ token: mint.json?.token ?? "none" }),
      });
      const unauthorized = await call("/user/spaces/token", {});
      return { mint, join, unauthorized };
    },
    { api, admin, joiner },
  );
  await context.close();
  return outcome;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "onezone-browser-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const password = randomBytes(12).toString("hex");
  const listed = await pageServer("127.0.0.2");
  const unlisted = await pageServer("127.0.0.3");
  const api = await startServer(dataDir, password, listed);
  const joiner = { user: "webjoiner", password: randomBytes(12).toString("hex") };
  execFileSync(binary, ["user", "add", joiner.user, "--password-stdin", "--data-dir", dataDir], {
    input: `${joiner.password}\n`,
    env: { ...process.env, RUST_LOG: "warn" },
  });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    headless: true,
    // Chromium's sandbox needs an unprivileged user; these tests run as root in CI.
    args: process.getuid?.() === 0 ? ["--no-sandbox"] : [],
  });
  cleanups.unshift(() => browser.close());
  const admin = { user: "admin", password };

  const accessToken = execFileSync(binary, ["token", "issue", "admin", "--data-dir", dataDir], {
    env: { ...process.env, RUST_LOG: "warn" },
  })
    .toString()
    .trim();
  await docsPage(browser, api, password, accessToken);

  const allowed = await fromOrigin(browser, listed, api, admin, joiner);
  check(`a page on ${listed} (--cors-origin) mints a token`, allowed.mint.status === 200 && /^MDAx/.test(allowed.mint.json?.token ?? ""), JSON.stringify(allowed.mint));
  check("and reads the exposed x-span-id", /^[0-9a-f-]{36}$/.test(allowed.mint.spanId ?? ""), JSON.stringify(allowed.mint));
  check("another user joins with it from that page (201, Location readable)", allowed.join.status === 201 && /\/user\/spaces\//.test(allowed.join.location ?? ""), JSON.stringify(allowed.join));
  check("the page reads a 401's JSON", allowed.unauthorized.status === 401 && allowed.unauthorized.json?.error === "unauthorized", JSON.stringify(allowed.unauthorized));

  const refused = await fromOrigin(browser, unlisted, api, admin, joiner);
  check(
    `a page on ${unlisted} (not listed) is refused by the browser`,
    refused.mint.refused && refused.join.refused && refused.unauthorized.refused,
    JSON.stringify(refused),
  );
}

let failed = false;
try {
  await main();
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch {
      // already gone
    }
  }
}
const passed = results.filter((r) => r.ok).length;
const failures = results.length - passed;
console.log(`browser: ${passed} passed, ${failures} failed`);
process.exit(failed || failures > 0 || results.length === 0 ? 1 : 0);
