// Opens the code-server workbench in Debian's Chromium (playwright-core, headless, no outbound network).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';

// No sync, updates, field trials or QUIC: the browser must not try to reach anything but 127.0.0.1.
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
  '--disable-background-networking', '--disable-component-update', '--disable-default-apps',
];

/** The workbench's address for a file or folder on the server: vscode-remote://<page host><absolute path>. */
export function remoteUri(baseUrl, file) {
  return `vscode-remote://${new URL(baseUrl).host}${path.resolve(file)}`;
}

/** The workbench URL for a folder, with start-up options passed the way code-server reads them (?payload=). */
export function workbenchUrl(baseUrl, folder, payload = []) {
  let url = `${baseUrl}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  if (payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/**
 * Launches Chromium with a throwaway profile. The page console (which also carries the extension host's
 * console.log, styled as '%c INFO') goes to `consoleFile`, unstyled; E2E_VERBOSE=1 echoes it.
 */
export async function launchBrowser({ executablePath, consoleFile }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sysd-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: FLAGS,
  });
  const page = context.pages()[0] || (await context.newPage());
  const log = fs.createWriteStream(consoleFile);
  page.on('console', async (message) => {
    let text = message.text();
    try {
      const args = await Promise.all(message.args().map((arg) => arg.jsonValue()));
      if (typeof args[0] === 'string' && args[0].startsWith('%c')) text = util.format(...args.slice(2));
    } catch {
      // the page navigated or closed while we read the arguments; keep the plain text
    }
    if (log.writable) log.write(`[${message.type()}] ${text}\n`);
    if (process.env.E2E_VERBOSE) console.log(`  | ${text}`);
  });
  page.on('pageerror', (error) => log.writable && log.write(`[pageerror] ${error.message}\n`));
  const close = async () => {
    await context.close().catch(() => {});
    log.end();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}
