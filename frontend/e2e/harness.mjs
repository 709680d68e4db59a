// Shared set-up for the end-to-end tests: a real `tiepdan serve` on a fresh
// data folder and Debian's headless Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The binary under test: $TIEPDAN_BIN or build/bin/tiepdan. */
export const binary = process.env.TIEPDAN_BIN ?? join(root, 'build', 'bin', 'tiepdan');

/** The test-clock build (make testclock): its clock starts at $TIEPDAN_NOW. */
export const clockBinary = process.env.TIEPDAN_CLOCK_BIN ?? join(root, 'build', 'bin', 'tiepdan-testclock');

/** Where screenshots go: $TIEPDAN_SHOTS or build/screenshots. */
export const shotsDir = process.env.TIEPDAN_SHOTS ?? join(root, 'build', 'screenshots');

/**
 * Starts `tiepdan serve` on a free loopback port with a new data folder and
 * resolves to { url, dataDir, stop }. With now (RFC 3339, e.g.
 * '2026-11-27T09:30:00+07:00') it runs the test-clock build, whose clock
 * starts at that moment.
 */
export async function startServer({ now } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-e2e-'));
  const proc = spawn(now ? clockBinary : binary, ['serve', '--addr', '127.0.0.1:0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: now ? { ...process.env, TIEPDAN_NOW: now } : process.env,
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start: ${stderr}`)), 15000);
    createInterface({ input: proc.stdout }).on('line', (line) => {
      const m = /http:\/\/[^/\s]+\//.exec(line);
      if (m) {
        clearTimeout(timer);
        ok(m[0]);
      }
    });
    proc.on('exit', (code) => fail(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    dataDir,
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((ok) => (proc.exitCode !== null ? ok() : proc.on('exit', ok)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium with the flags that work on these machines. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot as <name>.png in shotsDir. */
export async function screenshot(page, name) {
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
}

/** The first-run administrator's credentials in every test. */
export const admin = { username: 'quantri', password: 'Mật khẩu 2026' };

/**
 * Creates the administrator (logged in) and saves the unit's settings through
 * the bridge, to start a test past the first run.
 */
export async function setUpUnit(page, url) {
  await page.goto(url);
  await page.evaluate((a) =>
    window.go.app.Auth.SetupAdmin({ username: a.username, fullName: 'Quản Trị Viên', password: a.password, passwordConfirm: a.password }),
    admin,
  );
  await page.evaluate(() =>
    window.go.app.Settings.SaveUnit({
      name: 'Ủy ban nhân dân phường Hà Huy Tập',
      superiorAgency: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      docSymbol: 'UBND',
      placeName: 'Hà Tĩnh',
      chairmanName: 'Nguyễn Văn Dũng',
      chairmanTitle: 'Chủ tịch',
      receptionPlace: 'Trụ sở Ủy ban nhân dân phường Hà Huy Tập',
      periodicDays: [4],
      reportRecipient: 'Thanh tra tỉnh Hà Tĩnh',
      revision: 0,
    }),
  );
  await page.reload();
}

/** Types an ISO date (2026-12-01) into the Ant Design date picker labelled label. */
export async function pickDate(page, label, iso) {
  const [y, m, d] = iso.split('-');
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(`${d}/${m}/${y}`);
  await input.press('Enter');
}

/**
 * Registers the before/after hooks of a test file: a fresh `tiepdan serve`,
 * Chromium and a page that fails the test on any page error; with setUp, the
 * first run is already done (setUpUnit); with now, the server's clock starts
 * then (see startServer). ready receives { server, browser, page }.
 */
export function withApp({ setUp = true, viewport = { width: 1280, height: 900 }, now } = {}, ready) {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ now });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport, locale: 'vi-VN' });
    page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
    if (setUp) await setUpUnit(page, server.url);
    ready({ server, browser, page });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
}

/**
 * As the logged-in administrator, creates an account with role and logs the
 * page in as it, its first password already changed; returns its password.
 */
export async function switchToNewAccount(page, username, fullName, role) {
  const password = 'Mật khẩu 2026';
  await page.evaluate(
    async ({ username, fullName, role, password }) => {
      const first = 'Tạm thời 1234';
      await window.go.app.Accounts.Create({ username, fullName, role, password: first });
      await window.go.app.Auth.Logout();
      await window.go.app.Auth.Login(username, first);
      await window.go.app.Auth.ChangePassword({ current: first, password, passwordConfirm: password });
    },
    { username, fullName, role, password },
  );
  await page.reload();
  await page.getByRole('button', { name: new RegExp(fullName) }).waitFor();
  return password;
}
