// npm run test:browser: GraphiQL in a real browser, with no network. A fresh local D1 (its own persist
// directory) with the migrations and the demo data, `wrangler dev` on a free port, Debian's Chromium through
// playwright-core: open /graphql, run the welcome document's first (public) operation, wait for the seed's cell
// in the result pane, save a screenshot to test-artifacts/graphiql.png, and fail if the page asked anything of a
// host other than 127.0.0.1.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { chromium } from "playwright-core";
import { OFFLINE_ENV, startDevServer } from "./dev-server.mjs";
import { developmentSecret, importTypeScript, root } from "./lib.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const WRANGLER = join(root, "node_modules", ".bin", "wrangler");
const PERSIST = join(root, ".wrangler", "browser-test");
const ARTIFACTS = join(root, "test-artifacts");
const SCREENSHOT = join(ARTIFACTS, "graphiql.png");
const EXPECTED = "Chi bộ Trung tâm Hành chính công tỉnh";
const FIRST_OPERATION = "ChiBoPAA";
const SERVER_TIMEOUT_MS = 60_000;
const PAGE_TIMEOUT_MS = 30_000;

const started = Date.now();
const step = (message) =>
  console.log(`[browser-test ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

class Failure extends Error {}
const fail = (message) => {
  throw new Failure(message);
};

let server;
let browser;

async function cleanUp() {
  if (browser) {
    await browser.close().catch(() => {});
    browser = undefined;
  }
  await server?.stop();
}

// A last guard on the whole run: whatever hangs, the server is stopped and the test fails.
const WATCHDOG_MS = 150_000;
setTimeout(() => {
  console.error(`\nbrowser-test FAILED: not done after ${WATCHDOG_MS / 1000} s`);
  process.exit(1);
}, WATCHDOG_MS).unref();

/** Runs a command to its end; its output is shown only when it fails. */
function sh(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    env: OFFLINE_ENV,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    // wrangler prints the whole migrations table once per migration: past 1 MiB (Node's default) spawnSync would kill it.
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    fail(
      `${relative(root, command) || command} ${args.join(" ")} failed (${result.status ?? result.signal ?? result.error?.message}):\n` +
        `${result.stdout ?? ""}${result.stderr ?? ""}`.slice(-4_000),
    );
  }
}

function prepareDatabase() {
  step(`fresh local D1 in ${relative(root, PERSIST)}/`);
  rmSync(PERSIST, { recursive: true, force: true });
  mkdirSync(PERSIST, { recursive: true });
  sh(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", PERSIST]);
  step("migrations applied");
}

async function loadDemoData() {
  const { demoDataStatements } = await importTypeScript("scripts/demo-data.ts");
  const statements = demoDataStatements();
  const demoFile = join(root, ".wrangler", "tmp", "browser-test-demo-data.sql");
  mkdirSync(join(root, ".wrangler", "tmp"), { recursive: true });
  writeFileSync(demoFile, `${statements.join("\n")}\n`);
  sh(WRANGLER, ["d1", "execute", "DB", "--local", "--file", demoFile, "--persist-to", PERSIST]);
  step(`demo data loaded (${statements.length} statements)`);
}

async function startServer() {
  step("starting wrangler dev on 127.0.0.1");
  server = await startDevServer(["--persist-to", PERSIST], {
    timeoutMs: SERVER_TIMEOUT_MS,
    answers: async (url) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      step(`GET /graphql answered ${response.status}`);
      return true;
    },
  });
  return server.url;
}

function checkChromium() {
  if (!existsSync(CHROMIUM)) {
    fail(
      `${CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
}

async function launchChromium() {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (error) {
    fail(`could not launch Chromium (${CHROMIUM}): ${String(error?.message ?? error).split("\n")[0]}`);
  }
}

async function runInBrowser(url) {
  browser = await launchChromium();
  step(`Chromium ${browser.version()} launched`);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "vi-VN" });
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);

  const { host } = new URL(url);
  const requests = [];
  const outside = [];
  const onRequest = (request) => {
    const requestUrl = request.url();
    requests.push(requestUrl);
    if (/^(data|blob|about):/.test(requestUrl)) return;
    let requestHost;
    try {
      requestHost = new URL(requestUrl).hostname;
    } catch {
      requestHost = "";
    }
    if (requestHost !== "127.0.0.1") outside.push(requestUrl);
  };
  context.on("request", onRequest);
  page.on("worker", (worker) => step(`web worker started: ${worker.url().replace(`http://${host}`, "")}`));
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );

  const response = await page.goto(url, { waitUntil: "load" });
  const contentType = response?.headers()["content-type"] ?? "";
  if (!response?.ok() || !contentType.includes("text/html")) {
    fail(`GET ${url} from the browser gave ${response?.status()} ${contentType}, not GraphiQL's HTML page`);
  }
  step(`opened ${url} (${response.status()} ${contentType})`);

  // The operation editor holds the welcome document once GraphiQL and Monaco are up.
  const editor = page.getByLabel("Operation Editor");
  await editor.waitFor({ state: "visible" });
  await page.waitForFunction(
    (name) => document.querySelector('[aria-label="Operation Editor"]')?.textContent?.includes(name),
    FIRST_OPERATION,
  );
  step("GraphiQL's editor shows the welcome operations");

  // GraphiQL 5's run button; the welcome document has several operations, so it opens a menu of their names.
  const execute = page.getByRole("button", { name: /^Execute query/ });
  await execute.click();
  const item = page.getByRole("menuitem", { name: FIRST_OPERATION, exact: true });
  try {
    await item.waitFor({ state: "visible", timeout: 5_000 });
  } catch {
    fail(`GraphiQL showed no menu item "${FIRST_OPERATION}" after a click on the run button`);
  }
  const names = await page.getByRole("menuitem").allInnerTexts();
  step(`GraphiQL asks which operation to run (${names.join(", ")}); picking ${FIRST_OPERATION}`);
  await item.click();

  // Monaco renders spaces as no-break spaces: compare with those folded.
  try {
    await page.waitForFunction((expected) => {
      const result = document.querySelector('[aria-label="Result Window"]');
      return result?.textContent?.replace(/\u00a0/g, " ").includes(expected);
    }, EXPECTED);
  } catch {
    const shown = await page
      .locator('[aria-label="Result Window"]')
      .textContent()
      .catch(() => "(no result pane)");
    await saveScreenshot(page);
    fail(
      `the result pane did not show "${EXPECTED}" within ${PAGE_TIMEOUT_MS / 1000} s; it shows:\n` +
        `${(shown ?? "").replace(/\u00a0/g, " ").slice(0, 1_500)}\n${problems.join("\n")}`,
    );
  }
  const result = (await page.locator('[aria-label="Result Window"]').textContent()) ?? "";
  if (/"errors"/.test(result.replace(/\u00a0/g, " "))) {
    fail(`the public operation ${FIRST_OPERATION} answered with errors:\n${result.slice(0, 1_500)}`);
  }
  step(`the result pane shows "${EXPECTED}"`);

  await saveScreenshot(page);

  const local = requests.length - outside.length;
  if (outside.length > 0) {
    fail(`the page loaded ${outside.length} resource(s) from outside 127.0.0.1:\n  ${outside.join("\n  ")}`);
  }
  step(`all ${local} requests of the page went to 127.0.0.1`);
  if (problems.length > 0) step(`noted (not failures):\n  ${problems.join("\n  ")}`);
}

async function saveScreenshot(page) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  step(`screenshot saved to ${relative(root, SCREENSHOT)}`);
}

try {
  checkChromium();
  developmentSecret();
  prepareDatabase();
  await loadDemoData();
  sh(process.execPath, ["scripts/copy-graphiql.mjs"]);
  if (!existsSync(join(root, "public", "graphiql", "yoga-graphiql.umd.js")))
    fail("GraphiQL's assets were not copied");
  step("GraphiQL assets copied to public/graphiql/");
  const url = await startServer();
  await runInBrowser(url);
  await cleanUp();
  step(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
} catch (error) {
  await cleanUp();
  console.error(
    `\nbrowser-test FAILED: ${error instanceof Failure ? error.message : (error?.stack ?? error)}`,
  );
  const log = server?.log();
  if (log) console.error(`\n(wrangler dev's last output:)\n${log.slice(-3_000)}`);
  process.exit(1);
}
