// The UI checks: what a user sees in the real workbench with the packaged extension installed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  cursorPosition, dismiss, focusFirstEditor, goToLine, hoverUntil, openFile, revertFile, runCommand, saveAs, webviewFrame, QUICK_INPUT,
} from './workbench.mjs';

const require = createRequire(import.meta.url);
const { checkWellFormedSvg } = require('../suite/svg.js');

// What checkout.sysd declares (see tests/e2e/workspace/checkout.sysd). The preview draws components as g.node and
// groups as g.group, both with data-id.
const CHECKOUT_COMPONENTS = ['api', 'order-cache', 'orders', 'orders-db', 'web'];
const CHECKOUT_GROUPS = ['data'];
const CHECKOUT_NODES = sortedIds([...CHECKOUT_COMPONENTS, ...CHECKOUT_GROUPS]);
const CHECKOUT_EDGES = ['api->orders', 'orders->order-cache', 'orders->orders-db', 'web->api'];
function sortedIds(list) {
  return [...list].sort();
}
const sorted = sortedIds;

/** "sysd: Open Preview to the Side" for a command id, from the installed extension's manifest. */
export function commandTitle(manifest, id) {
  const command = (manifest.contributes?.commands ?? []).find((c) => c.command === id);
  assert.ok(command, `the installed extension contributes no command ${id} (package.json contributes.commands)`);
  return command.category ? `${command.category}: ${command.title}` : command.title;
}

/** 1-based number of the first line of a workspace file that contains `text`. */
function lineOf(workspace, file, text) {
  const lines = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  assert.ok(index >= 0, `"${text}" is not in ${file}`);
  return index + 1;
}

/** Waits for a locator to reach `state`, failing with what the user should have seen instead of a raw timeout. */
export async function expect(locator, what, { timeout = 15_000, state = 'visible' } = {}) {
  try {
    await locator.waitFor({ state, timeout });
  } catch {
    throw new assert.AssertionError({ message: `${what} (waited ${timeout / 1000}s)` });
  }
}

async function problemsRows(page) {
  return page.locator('.markers-panel .monaco-list-row');
}

/** The g.node and g.group ids and g.edge "from->to" pairs drawn in the preview webview. */
async function drawnDiagram(page) {
  const frame = webviewFrame(page);
  const ids = (selector) => frame.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  const nodes = await ids('svg g.node');
  const groups = await ids('svg g.group');
  const edges = await frame.locator('svg g.edge').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-from')}->${e.getAttribute('data-to')}`));
  return { nodes, groups, edges };
}

/**
 * Waits until the webview's drawing satisfies `accept`. Gives up 30 s after the start, or 8 s after something
 * was first drawn (a wrong drawing rarely fixes itself), and says what was drawn.
 */
async function waitForDiagram(page, what, accept, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let settleBy = Infinity;
  let last = { nodes: [], groups: [], edges: [] };
  while (Date.now() < Math.min(deadline, settleBy)) {
    last = await drawnDiagram(page).catch(() => last);
    if (accept(last)) return last;
    if (last.nodes.length > 0 && settleBy === Infinity) settleBy = Date.now() + 8_000;
    await page.waitForTimeout(250);
  }
  throw new assert.AssertionError({
    message: `timed out waiting for ${what}; the webview drew nodes [${last.nodes}] groups [${last.groups}] edges [${last.edges}]`,
  });
}

/** Waits up to 10 s for the editor's cursor (the status bar's `Ln x`) to be on `line`; fails saying where it is. */
async function waitForCursorLine(page, line, after) {
  const deadline = Date.now() + 10_000;
  let position;
  while (Date.now() < deadline) {
    position = await cursorPosition(page);
    if (position && position.line === line) return;
    await page.waitForTimeout(200);
  }
  assert.fail(`${after} the status bar shows ${position ? `Ln ${position.line}, Col ${position.column}` : 'no cursor position'}, expected Ln ${line}`);
}

/** Opens `file` and types `text` at the start of the line after the one containing `lineText`. */
async function typeOnLineAfter(page, workspace, file, lineText, text) {
  await openFile(page, file);
  await focusFirstEditor(page);
  await goToLine(page, lineOf(workspace, file, lineText) + 1, 1);
  await page.keyboard.type(text);
}

/** Waits for a suggest-widget row whose text matches `pattern`; returns the rows' labels, or fails with them. */
async function suggestion(page, pattern, failure) {
  const rows = page.locator('.suggest-widget .monaco-list-row');
  const labels = async () => (await rows.allInnerTexts().catch(() => [])).map((row) => row.split('\n')[0]);
  await rows.filter({ hasText: pattern }).first().waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
    throw new assert.AssertionError({ message: `${failure}; offered: [${(await labels()).join(', ')}]` });
  });
  return labels();
}

/** Undoes a check's typing: closes widgets, then File: Revert File on the active editor. */
async function revertEdits(page) {
  await dismiss(page);
  await revertFile(page);
}

/** Undoes typing in the text while the preview has the focus: back to the first editor group, then revert. */
async function revertTextBesidePreview(page) {
  await dismiss(page);
  await focusFirstEditor(page).catch(() => {});
  await revertFile(page);
}

/** Types `text` on a new line after the last line of `file` (open in the first editor group), as a user would. */
async function typeNewLastLine(page, workspace, file, text) {
  const lines = fs.readFileSync(path.join(workspace, file), 'utf8').trimEnd().split('\n').length;
  await focusFirstEditor(page);
  await goToLine(page, lines, 200);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/**
 * The checks run in order in one workbench; each leaves no unsaved edits behind. A failing check does not stop
 * the others, except that the preview checks need the preview the first of them opens.
 */
/** Opens `file` in the first editor group and brings the preview's tab to the front of its group (to be clicked). */
async function showBesidePreview(page, file) {
  await focusFirstEditor(page);
  await openFile(page, file);
  const tab = page.locator(`.tab[aria-label^="Preview ${file}"]`).first();
  await expect(tab, `no tab "Preview ${file}"`);
  await tab.click();
}

export function uiChecks({ workspace, manifest }) {
  const state = { previewOpen: false };
  return [
    {
      name: 'language mode is detected for .sysd files',
      async run(page) {
        await openFile(page, 'checkout.sysd');
        const mode = page.locator('[id="status.editor.mode"]');
        await expect(mode, 'no language indicator in the status bar');
        const text = (await mode.innerText()).trim();
        assert.match(text, /^(sysd|System Design)$/, `the status bar shows language "${text}"`);
      },
    },
    {
      name: 'syntax is coloured',
      async run(page) {
        const editor = await openFile(page, 'checkout.sysd');
        const line = editor.locator('.view-line').filter({ hasText: 'order-cache "Redis"' }).first();
        await line.waitFor();
        // wait for the grammar's tokens: the line splits into several spans once it is tokenized
        await page.waitForFunction((el) => el.querySelectorAll('span[class^="mtk"], span[class*=" mtk"]').length > 2,
          await line.elementHandle(), { timeout: 15_000 });
        // Semantic tokens arriving re-render the line: a span read while it is replaced has no computed colour, so
        // read again until every span has one.
        const read = () => line.evaluate((el) => [...el.querySelectorAll('span[class*="mtk"]')]
          .map((span) => ({ text: span.textContent.replace(/\u00a0/g, ' '), className: span.className, color: getComputedStyle(span).color })));
        let tokens = await read();
        for (let i = 0; i < 20 && tokens.some((t) => !t.color); i++) {
          await page.waitForTimeout(250);
          tokens = await read();
        }
        const keyword = tokens.find((t) => t.text.trim() === 'cache');
        const label = tokens.find((t) => t.text.includes('"Redis"'));
        const plain = tokens.find((t) => t.text.includes('order-cache'));
        assert.ok(keyword && label && plain, `unexpected tokens: ${JSON.stringify(tokens)}`);
        // mtk1 is the theme's default foreground: an uncoloured token. (Whether the kind and the id share a colour
        // depends on the theme and on when semantic tokens arrive, so that is not asserted.)
        assert.ok(!keyword.className.split(' ').includes('mtk1'), `the keyword \`cache\` is not coloured (${keyword.className})`);
        assert.notEqual(label.color, plain.color, `string "Redis" and id \`order-cache\` have the same colour ${label.color}`);
        const colours = new Set(tokens.filter((t) => t.text.trim()).map((t) => t.color));
        assert.ok(colours.size >= 3, `only ${colours.size} colour(s) on \`${tokens.map((t) => t.text).join('')}\``);
      },
    },
    {
      name: 'errors of a broken design appear as squiggles and in the Problems panel',
      async run(page) {
        const editor = await openFile(page, 'broken.sysd');
        await expect(editor.locator('.squiggly-error').first(), 'no error squiggle in broken.sysd', { timeout: 30_000 });
        await page.keyboard.press('Control+Shift+M');
        const rows = await problemsRows(page);
        const unknown = rows.filter({ hasText: 'colour' }).first();
        await expect(unknown, 'no Problems row about the unknown property `colour`');
        const unknownText = (await unknown.innerText()).replace(/\s+/g, ' ');
        assert.match(unknownText, /unknown-property/, `the Problems row should show the code: ${unknownText}`);
        // the dangling `api ->` is the last line; the parser may report it there or at the end of the file
        const lastArrowLine = fs.readFileSync(path.join(workspace, 'broken.sysd'), 'utf8').trimEnd().split('\n').length;
        const syntax = rows.filter({ hasText: new RegExp(`\\[Ln (${lastArrowLine}|${lastArrowLine + 1}),`) }).first();
        await expect(syntax, `no Problems row for the syntax error at the dangling arrow (Ln ${lastArrowLine})`, { timeout: 10_000 });
        await runCommand(page, 'View: Hide Panel');
      },
    },
    {
      name: 'hover on a component kind shows guide text',
      async run(page) {
        const editor = await openFile(page, 'sessions.sysd');
        await hoverUntil(page, editor, 'cache sessions', 'cache', /cache-aside/i);
        await page.mouse.move(5, 5);
        await dismiss(page);
      },
    },
    {
      name: 'Ctrl+Space in a cache block suggests ttl',
      async run(page) {
        await typeOnLineAfter(page, workspace, 'completion.sysd', 'eviction: lru', '  t');
        await page.keyboard.press('Control+Space');
        await suggestion(page, /^ttl/, 'suggestions do not include ttl');
      },
      cleanup: revertEdits,
    },
    {
      name: 'typing `timeout: 5` in one go offers the units for a duration',
      async run(page) {
        // no Ctrl+Space: ':' and ' ' open the list, and it must follow the number as it is typed
        await typeOnLineAfter(page, workspace, 'noise.sysd', 'autoscale: 10..80', '  timeout: 5');
        const offered = await suggestion(page, /^5s\b/, 'after typing `timeout: 5` the list does not offer 5s');
        assert.ok(offered.some((r) => r.startsWith('5ms')), `5ms is offered too: [${offered.join(', ')}]`);
      },
      cleanup: revertEdits,
    },
    {
      name: 'Ctrl+. quick fix removes the cache-without-expiry warning',
      async run(page) {
        const editor = await openFile(page, 'sessions.sysd');
        await expect(editor.locator('.squiggly-warning').first(), 'no warning squiggle (cache-without-expiry) in sessions.sysd', { timeout: 30_000 });
        // put the cursor on the cache's id with Go to Line: late code lenses can move lines under a mouse click
        const line = lineOf(workspace, 'sessions.sysd', 'cache sessions');
        const column = fs.readFileSync(path.join(workspace, 'sessions.sysd'), 'utf8').split('\n')[line - 1].indexOf('sessions') + 2;
        await focusFirstEditor(page);
        await goToLine(page, line, column);
        await page.keyboard.press('Control+.');
        const fix = page.locator('.action-widget .monaco-list-row.action').filter({ hasText: /ttl|expir/i }).first();
        await fix.waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
          const offered = await page.locator('.action-widget .monaco-list-row').allInnerTexts().catch(() => []);
          throw new assert.AssertionError({ message: `no quick fix about ttl/expiry under Ctrl+.; offered: [${offered.join(', ')}]` });
        });
        // pick it with the keyboard, as a user would: the widget's rows re-render under a pointer click
        for (let step = 0; step < 10; step++) {
          const focused = (await page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label').catch(() => '')) ?? '';
          if (/ttl|expir/i.test(focused)) break;
          await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
        await expect(editor.locator('.view-line').filter({ hasText: /ttl:\s*1h/ }).first(), 'the quick fix did not add `ttl: 1h`', { timeout: 10_000 });
        // the warning was the only finding in this file: its squiggle must go
        await expect(editor.locator('.squiggly-warning').first(), 'a warning squiggle is still shown after the quick fix', { state: 'detached' });
      },
      cleanup: revertEdits,
    },
    {
      name: 'Ctrl+K V opens the preview to the side with the diagram',
      async run(page) {
        await openFile(page, 'checkout.sysd');
        await focusFirstEditor(page);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('v');
        const opened = await page.locator('iframe.webview.ready').last().waitFor({ timeout: 15_000 }).then(() => true, () => false);
        if (!opened) {
          // open it from the palette so the following preview checks still run, but fail this one
          await runCommand(page, commandTitle(manifest, 'sysd.openPreviewToSide')).catch(() => {});
          state.previewOpen = await page.locator('iframe.webview.ready').last().waitFor({ timeout: 15_000 }).then(() => true, () => false);
          assert.fail(`Ctrl+K V opened no webview${state.previewOpen ? ' (the palette command did)' : ', nor did the palette command'}`);
        }
        state.previewOpen = true;
        assert.equal(await page.locator('.editor-group-container').count(), 2, 'the preview should open in a second editor group beside the text');
        const drawn = await waitForDiagram(page, 'the diagram of checkout.sysd',
          (d) => d.nodes.length >= CHECKOUT_COMPONENTS.length && d.edges.length >= CHECKOUT_EDGES.length);
        assert.deepEqual(sorted(drawn.nodes), CHECKOUT_COMPONENTS, 'g.node data-id values (components) in the webview');
        assert.deepEqual(sorted(drawn.groups), CHECKOUT_GROUPS, 'g.group data-id values in the webview');
        assert.deepEqual(sorted(drawn.edges), CHECKOUT_EDGES, 'g.edge data-from->data-to pairs in the webview');
      },
    },
    {
      name: 'the preview draws its text in the bundled font, inside the boxes measured for it',
      async run(page) {
        assert.ok(state.previewOpen, 'the preview is not open (see the previous check)');
        const frame = webviewFrame(page);
        await expect(frame.locator('svg g.node text.label').first(), 'no node label in the preview');
        const drawn = await frame.locator('body').evaluate(async () => {
          await document.fonts.ready;
          const faces = [...document.fonts].map((face) => `${face.family.replace(/"/g, '')} ${face.weight} ${face.status}`);
          const overflows = [...document.querySelectorAll('svg g.node')].flatMap((node) => {
            const shape = node.querySelector('.shape').getBBox();
            return [...node.querySelectorAll('text.label, text.badge-text')]
              .filter((text) => text.getBBox().x + text.getBBox().width > shape.x + shape.width)
              .map((text) => `${node.getAttribute('data-id')}: "${text.textContent}"`);
          });
          return { faces, family: getComputedStyle(document.querySelector('svg text.label')).fontFamily, overflows };
        });
        for (const face of ['Arimo 400 loaded', 'Arimo 700 loaded']) {
          assert.ok(drawn.faces.includes(face), `the webview has not loaded ${face}; its fonts: [${drawn.faces.join(', ')}]`);
        }
        assert.match(drawn.family, /^"?Arimo"?,/, 'the diagram names the bundled font first');
        assert.deepEqual(drawn.overflows, [], 'text running past its node');
      },
    },
    {
      name: 'clicking a node in the preview moves the cursor to its definition',
      async run(page) {
        assert.ok(state.previewOpen, 'the preview is not open (see the previous check)');
        const target = lineOf(workspace, 'checkout.sysd', 'database orders-db');
        await focusFirstEditor(page);
        await goToLine(page, 1, 1);
        const node = webviewFrame(page).locator('svg g.node[data-id="orders-db"]').first();
        await expect(node, 'no g.node[data-id="orders-db"] in the preview');
        await node.click();
        await waitForCursorLine(page, target, 'after clicking node orders-db');
      },
    },
    {
      name: 'typing a new connection updates the preview',
      async run(page) {
        assert.ok(state.previewOpen, 'the preview is not open (see the previous checks)');
        await typeNewLastLine(page, workspace, 'checkout.sysd', 'api -> orders-db');
        await waitForDiagram(page, 'an edge api->orders-db in the preview', (d) => d.edges.includes('api->orders-db'));
      },
      cleanup: revertTextBesidePreview,
    },
    {
      name: 'a syntax error\'s banner wraps in a narrow preview instead of being cut off',
      async run(page) {
        assert.ok(state.previewOpen, 'the preview is not open (see the previous checks)');
        await typeNewLastLine(page, workspace, 'checkout.sysd', 'api ->');
        const banner = webviewFrame(page).locator('#banner');
        await expect(banner.filter({ hasText: 'showing the last good diagram' }), 'no banner "… showing the last good diagram" for the syntax error', { timeout: 20_000 });
        // a narrow window: each editor group, and so the preview, gets a few hundred pixels
        state.viewport = page.viewportSize();
        await page.setViewportSize({ width: 820, height: state.viewport?.height ?? 900 });
        let fit;
        const deadline = Date.now() + 10_000;
        do {
          await page.waitForTimeout(300);
          fit = await banner.evaluate((el) => ({
            text: el.textContent, clientWidth: el.clientWidth, scrollWidth: el.scrollWidth, right: el.getBoundingClientRect().right,
            viewport: window.innerWidth, height: el.getBoundingClientRect().height,
          }));
        } while (fit.viewport > 500 && Date.now() < deadline);
        assert.ok(fit.viewport <= 500, `the preview did not get narrow (${fit.viewport}px wide)`);
        assert.ok(fit.scrollWidth <= fit.clientWidth + 1, `the banner is cut off: ${fit.scrollWidth}px of text in ${fit.clientWidth}px ("${fit.text}")`);
        assert.ok(fit.right <= fit.viewport, `the banner runs past the preview's edge (${fit.right} > ${fit.viewport})`);
        assert.ok(fit.height > 30, `the banner should wrap onto several lines in ${fit.viewport}px (it is ${fit.height}px high)`);
      },
      async cleanup(page) {
        if (state.viewport) await page.setViewportSize(state.viewport);
        await revertTextBesidePreview(page);
      },
    },
    {
      name: 'clicking a group title in the preview collapses it into one box, clicking the box expands it',
      async run(page) {
        assert.ok(state.previewOpen, 'the preview is not open (see the previous checks)');
        await openFile(page, 'checkout.sysd');
        await waitForDiagram(page, 'the diagram of checkout.sysd', (d) => d.nodes.includes('orders-db'));
        const frame = webviewFrame(page);
        await frame.locator('svg g.group[data-id="data"] > text.group-title').first().click();
        const collapsed = await waitForDiagram(page, 'group data collapsed into one box',
          (d) => !d.nodes.includes('orders-db') && d.edges.includes('orders->data'));
        assert.deepEqual(sorted(collapsed.nodes), ['api', 'orders', 'web'], 'the members of data are not drawn');
        const box = frame.locator('svg g.group.collapsed[data-id="data"]');
        await expect(box, 'no collapsed box for group data');
        assert.equal(await box.getAttribute('data-members'), '2', 'the box counts the two members of data');
        assert.equal(await frame.locator('svg g.edge[data-id="orders->data"]').getAttribute('data-merged'), '2', 'orders -> order-cache and orders -> orders-db are one merged edge');
        await expect(frame.locator('#expand-all'), 'the toolbar offers Expand all');
        await box.click();
        const expanded = await waitForDiagram(page, 'group data expanded again', (d) => d.nodes.includes('orders-db'));
        assert.deepEqual(sorted(expanded.nodes), CHECKOUT_COMPONENTS);
        assert.deepEqual(sorted(expanded.edges), CHECKOUT_EDGES);
      },
    },
    {
      name: 'the preview\'s picker switches to a view and to a flow, whose numbered steps select their text when clicked',
      async run(page) {
        assert.ok(state.previewOpen, 'the preview is not open (see the previous checks)');
        // Opened from the first group, so the preview beside it stays in view.
        await focusFirstEditor(page);
        await openFile(page, 'flows.sysd');
        await waitForDiagram(page, 'the diagram of flows.sysd', (d) => d.nodes.includes('admin'));
        const frame = webviewFrame(page);
        const picker = frame.locator('#picker');
        await expect(picker, 'the toolbar has no view/flow picker for flows.sysd');
        const options = await picker.locator('option').evaluateAll((els) => els.map((e) => [e.getAttribute('value'), e.textContent]));
        assert.deepEqual(options, [['', 'Whole design'], ['view:back-end', 'View: Back end'], ['flow:place-order', 'Flow: Place an order']]);
        await picker.selectOption('view:back-end');
        const view = await waitForDiagram(page, 'the view back-end', (d) => !d.nodes.includes('admin') && d.nodes.includes('orders'));
        assert.deepEqual(sorted(view.nodes), ['orders', 'orders-db']);
        assert.deepEqual(view.edges, ['orders->orders-db']);
        await picker.selectOption('flow:place-order');
        await waitForDiagram(page, 'the flow place-order, the whole design again', (d) => d.nodes.includes('admin'));
        const badges = frame.locator('svg g.step-badge');
        await expect(badges.nth(2), 'the flow draws no third numbered step');
        assert.deepEqual(await badges.evaluateAll((els) => els.map((e) => [e.getAttribute('data-step'), e.textContent.trim().slice(-1)])),
          [['place-order#1', '1'], ['place-order#2', '2'], ['place-order#3', '3']]);
        assert.equal(await frame.locator('svg g.node.dimmed[data-id="admin"]').count(), 1, 'admin is not on the flow: dimmed');
        const target = lineOf(workspace, 'flows.sysd', 'orders -> orders-db : "INSERT order"');
        await focusFirstEditor(page);
        await goToLine(page, 1, 1);
        await frame.locator('svg g.step-badge[data-step="place-order#3"]').click();
        await waitForCursorLine(page, target, 'after clicking step 3 of the flow');
        // Leave flows.sysd on the whole design for a later run in the same workspace state.
        await webviewFrame(page).locator('#picker').selectOption('');
        await waitForDiagram(page, 'the whole design again', (d) => d.nodes.includes('admin'));
      },
    },
    {
      name: 'the side preview of an example opens at a readable zoom (whole, or as an overview that says so)',
      async run(page) {
        assert.ok(state.previewOpen, 'the preview is not open (see the previous checks)');
        await openFile(page, 'url-shortener.sysd');
        const drawn = await waitForDiagram(page, 'the diagram of url-shortener.sysd', (d) => d.nodes.includes('web') && d.nodes.includes('mobile'));
        const frame = webviewFrame(page);
        const zoom = Number((await frame.locator('#zoom-level').textContent())?.replace('%', ''));
        const view = await frame.locator('#view-state').evaluate((el) => (el.hidden ? '' : el.textContent ?? ''));
        // The webview fits with a 4% margin: a picture readable at 60% shows at 57% or more.
        assert.ok(zoom >= 57, `the preview opened at ${zoom}% (${view || 'whole design'})`);
        if (view) {
          assert.match(view, /^Overview: \d+ groups? collapsed to fit$/, 'an overview says so in the toolbar');
          assert.ok(drawn.groups.length > 0, 'the overview draws the outermost groups');
        } else {
          assert.ok(drawn.nodes.includes('redirector'), 'the whole design is drawn');
        }
        const direction = await frame.locator('svg').first().evaluate((svg) => Number(svg.getAttribute('height')) > Number(svg.getAttribute('width')));
        assert.ok(direction, 'in a side panel, taller than wide, the picture flows down');
      },
    },
    {
      name: 'right-clicking the load balancer in the preview offers "What If This Fails?": it greys what is behind it, Escape restores the picture',
      async run(page) {
        assert.ok(state.previewOpen, 'the preview is not open (see the previous checks)');
        await showBesidePreview(page, 'url-shortener.sysd');
        await waitForDiagram(page, 'the diagram of url-shortener.sysd', (d) => d.nodes.includes('lb'));
        const frame = webviewFrame(page);
        await frame.locator('svg g.node[data-id="lb"]').first().click({ button: 'right' });
        const title = manifest.contributes.commands.find((c) => c.command === 'sysd.whatIfFails').title;
        const menu = page.locator('.monaco-menu').last();
        await expect(menu.locator('.action-label').filter({ hasText: title }).first(), `the preview's context menu on a node has no "${title}"`);
        const offered = (await menu.locator('.action-label').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
        assert.ok(!offered.some((t) => /^(Cut|Copy|Paste)$/.test(t)), `the menu keeps the default entries: [${offered.join(', ')}]`);
        // A webview's context menu does not take the keyboard focus: pick the entry with the mouse, once the menu has
        // settled (a menu ignores a click that comes right after it opens).
        const entry = menu.locator('.action-label').filter({ hasText: title }).first();
        await entry.hover();
        await page.waitForTimeout(500);
        await entry.click();
        await expect(frame.locator('svg g.node.impact-failed[data-id="lb"]'), 'lb is not drawn failed', { timeout: 30_000 });
        const greyed = await frame.locator('svg .impact-unreachable').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
        assert.ok(greyed.includes('redirector') || greyed.includes('backend'), `nothing behind lb is greyed: [${greyed.join(', ')}]`);
        assert.ok(!greyed.includes('edge'), 'the CDN still answers the browser but is greyed');
        const banner = frame.locator('#failure');
        await expect(banner, 'no failure banner');
        assert.match(await banner.innerText(), /If lb fails[\s\S]*web loses 9 components/);
        await frame.locator('#canvas').focus();
        await page.keyboard.press('Escape');
        await expect(frame.locator('svg .impact-failed').first(), 'Escape leaves the failure drawn', { state: 'detached' });
        await expect(banner, 'Escape leaves the banner up', { state: 'hidden' });
      },
    },
    {
      name: 'the preview\'s "Single points of failure" toggle badges the CDN and lists it; off again restores the picture',
      async run(page) {
        assert.ok(state.previewOpen, 'the preview is not open (see the previous checks)');
        await showBesidePreview(page, 'url-shortener.sysd');
        await waitForDiagram(page, 'the diagram of url-shortener.sysd', (d) => d.nodes.includes('edge'));
        const frame = webviewFrame(page);
        const toggle = frame.locator('#spof-toggle');
        await toggle.click();
        // hot-urls is the one SPOF of the v2 example: drawn itself, or its collapsed group carries the badge.
        await expect(frame.locator('svg g.spof-badge').first(), 'no SPOF badge on the local cache', { timeout: 30_000 });
        assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
        assert.match(await frame.locator('#spof-list').innerText(), /hot-urls cuts off mobile, web/);
        await toggle.click();
        await expect(frame.locator('svg g.spof-badge').first(), 'the badges stay after the toggle is off', { state: 'detached' });
        await expect(frame.locator('#spof-list'), 'the list stays after the toggle is off', { state: 'hidden' });
      },
    },
    {
      name: 'Export SVG writes an SVG file',
      async run(page) {
        await openFile(page, 'checkout.sysd');
        await runCommand(page, commandTitle(manifest, 'sysd.exportSvg'));
        const target = await saveAs(page, 'exported-diagram.svg');
        const svg = fs.readFileSync(target, 'utf8');
        checkWellFormedSvg(svg);
        for (const id of CHECKOUT_NODES) assert.ok(svg.includes(`data-id="${id}"`), `the exported SVG has no node data-id="${id}"`);
      },
    },
    {
      name: 'the language status item shows the server running, the file\'s errors and warnings, and links to the output',
      async run(page) {
        const editor = await openFile(page, 'broken.sysd');
        await expect(editor.locator('.squiggly-error').first(), 'no error squiggle in broken.sysd', { timeout: 30_000 });
        const status = page.locator('[id="status.languageStatus"]');
        await expect(status, 'no language status ({}) in the status bar for a .sysd file');
        await status.hover();
        const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'sysd: running' }).first();
        await expect(hover, 'the language status hover does not say "sysd: running"', { timeout: 10_000 });
        const text = (await hover.innerText()).replace(/\s+/g, ' ');
        const counts = /(\d+) errors?, (\d+) warnings?/.exec(text);
        assert.ok(counts, `the hover shows no "N errors, M warnings": ${text}`);
        assert.ok(Number(counts[1]) >= 2, `broken.sysd has two errors; the hover says: ${text}`);
        await hover.getByText('Show Output').first().click();
        const panel = page.locator('.part.panel');
        await expect(panel.locator('.action-item.checked').filter({ hasText: /^output$/i }).first(), 'Show Output did not open the Output panel', { timeout: 10_000 });
        const channel = await panel.locator('select.monaco-select-box').first().evaluate((el) => el.options[el.selectedIndex]?.text ?? '');
        assert.equal(channel, 'sysd', 'the Output panel shows the sysd channel');
        await runCommand(page, 'View: Hide Panel');
      },
    },
    {
      name: 'right-clicking a .sysd file in the explorer offers preview and export, and Open Preview opens that file',
      async run(page) {
        await dismiss(page);
        const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: /^sessions\.sysd$/ }).first();
        await expect(row, 'sessions.sysd is not listed in the explorer');
        await row.click({ button: 'right' });
        const menu = page.locator('.monaco-menu').last();
        const titles = ['sysd.openPreview', 'sysd.openPreviewToSide', 'sysd.exportSvg', 'sysd.exportPng']
          .map((id) => manifest.contributes.commands.find((c) => c.command === id).title);
        await expect(menu.locator('.action-label').filter({ hasText: titles[0] }).first(), 'the explorer context menu has no sysd entries');
        const offered = (await menu.locator('.action-label').allInnerTexts()).map((t) => t.trim());
        for (const title of titles) assert.ok(offered.includes(title), `the explorer context menu lacks "${title}": [${offered.join(', ')}]`);
        // Pick it with the keyboard, as the quick fix check does: a menu ignores a click that comes right after it opens.
        for (let step = 0; step < 40; step++) {
          const focused = (await menu.locator('.action-item.focused .action-label').first().innerText({ timeout: 1_000 }).catch(() => '')).trim();
          if (focused === titles[0]) break;
          await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
        await expect(page.locator('.tab[aria-label^="Preview sessions.sysd"]').first(), 'no tab "Preview sessions.sysd" after Open Preview');
        await waitForDiagram(page, 'the diagram of sessions.sysd', (d) => d.nodes.includes('sessions'));
      },
    },
    {
      name: 'the editor title context menu of a .sysd file offers preview and export',
      async run(page) {
        await openFile(page, 'checkout.sysd');
        await page.locator('.tab.active[aria-label^="checkout.sysd"]').first().click({ button: 'right' });
        const menu = page.locator('.monaco-menu').last();
        const title = manifest.contributes.commands.find((c) => c.command === 'sysd.exportPng').title;
        await expect(menu.locator('.action-label').filter({ hasText: title }).first(), `the editor title context menu has no "${title}"`);
        const offered = (await menu.locator('.action-label').allInnerTexts()).map((t) => t.trim());
        const preview = manifest.contributes.commands.find((c) => c.command === 'sysd.openPreviewToSide').title;
        assert.ok(offered.includes(preview), `the editor title context menu lacks "${preview}": [${offered.join(', ')}]`);
      },
    },
    {
      name: 'running the task "sysd: check" lists its findings in the Problems panel',
      async run(page) {
        await runCommand(page, 'Tasks: Run Task');
        const input = page.locator(QUICK_INPUT);
        await input.fill('sysd');
        const rows = page.locator('.quick-input-list .monaco-list-row');
        // The picker lists the task types; the sysd type holds the provided "sysd: check".
        const type = rows.filter({ hasText: 'sysd' }).first();
        await expect(type, 'Run Task lists no sysd task type', { timeout: 15_000 });
        await type.click();
        const check = rows.filter({ hasText: 'check' }).first();
        await expect(check, 'Run Task does not offer "sysd: check"', { timeout: 15_000 });
        await check.click();
        // The task's terminal may take the focus (and its keys): go back to the editor, then open Problems as usual.
        await page.locator('.part.panel .terminal-wrapper').first().waitFor({ timeout: 5_000 }).catch(() => {});
        await focusFirstEditor(page);
        await page.keyboard.press('Control+Shift+M');
        const problem = (await problemsRows(page)).filter({ hasText: 'sysd check' }).filter({ hasText: 'unknown-property' }).first();
        await expect(problem, 'the Problems panel lists no "sysd check" problem for `colour` in broken.sysd', { timeout: 30_000 });
        const text = (await problem.innerText()).replace(/\s+/g, ' ');
        const line = lineOf(workspace, 'broken.sysd', 'colour');
        assert.match(text, new RegExp(`\\[Ln ${line}, Col \\d+\\]`), `the task's problem is on the line of colour: ${text}`);
        await runCommand(page, 'View: Hide Panel');
      },
    },
    {
      name: 'Markdown: Open Preview draws a ```sysd fence as the diagram in the editor\'s theme, and a broken fence as its error',
      async run(page) {
        await openFile(page, 'diagrams.md');
        await runCommand(page, 'Markdown: Open Preview');
        // The Markdown preview is a webview of its own: find the frame that holds the fences.
        const deadline = Date.now() + 30_000;
        let seen = { fences: [] };
        while (Date.now() < deadline) {
          for (const frame of page.frames()) {
            const found = await frame.evaluate(() => {
              const fences = [...document.querySelectorAll('.sysd-fence')];
              if (fences.length === 0) return undefined;
              const drawn = fences[0].querySelector('svg');
              const shape = drawn?.querySelector('g.node .shape');
              return {
                fences: fences.map((f) => f.getAttribute('data-sysd-fence')),
                nodes: [...(drawn?.querySelectorAll('g.node') ?? [])].map((n) => n.getAttribute('data-id')).sort(),
                edges: [...(drawn?.querySelectorAll('g.edge') ?? [])].map((e) => `${e.getAttribute('data-from')}->${e.getAttribute('data-to')}`).sort(),
                marks: [...(drawn?.querySelectorAll('g.node g.mark') ?? [])].map((g) => `${g.closest('g.node').getAttribute('data-id')}:${g.getAttribute('data-mark')}`),
                width: drawn?.getBoundingClientRect().width ?? 0,
                shapeFill: shape ? getComputedStyle(shape).fill : '',
                themeFill: getComputedStyle(document.documentElement).getPropertyValue('--vscode-editorWidget-background').trim(),
                labelFill: (() => { const label = drawn?.querySelector('.label'); return label ? getComputedStyle(label).fill : ''; })(),
                themeText: getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-foreground').trim(),
                error: fences[1]?.textContent ?? '',
              };
            }).catch(() => undefined);
            if (found) seen = found;
          }
          if (seen.fences.join() === 'diagram,error' && seen.nodes.length > 0) break;
          await page.waitForTimeout(250);
        }
        assert.deepEqual(seen.fences, ['diagram', 'error'], 'the good fence is drawn and the broken one shows its error');
        assert.deepEqual(seen.nodes, ['api', 'db', 'web'], 'the fence draws every component of its design');
        assert.deepEqual(seen.edges, ['api->db', 'web->api'], 'the fence draws every connection of its design');
        assert.deepEqual(seen.marks, ['db:postgresql'], 'the postgres database shows the PostgreSQL mark');
        assert.ok(seen.width > 100, `the diagram is ${seen.width}px wide in the preview`);
        assert.match(seen.error, /Expected '\}' to close the block opened at line 2/, 'the broken fence shows the syntax error');
        // The fence uses the editor's theme: its shapes and labels take the webview's VS Code colour variables.
        const rgb = (css) => page.evaluate((value) => { const el = document.createElement('div'); el.style.color = value; document.body.append(el); const c = getComputedStyle(el).color; el.remove(); return c; }, css);
        assert.ok(seen.themeFill && seen.themeText, 'the Markdown preview defines the VS Code theme variables');
        assert.equal(seen.shapeFill, await rgb(seen.themeFill), 'a component is filled with --vscode-editorWidget-background');
        assert.equal(seen.labelFill, await rgb(seen.themeText), 'a label is drawn in --vscode-editor-foreground');
      },
      async cleanup(page) {
        await runCommand(page, 'View: Close All Editors');
      },
    },
  ];
}

/** The useful lines of an error: Playwright's call logs are cut to the waited-for locator, colours removed. */
function failureMessage(error) {
  // eslint-disable-next-line no-control-regex
  const text = String(error?.message ?? error).replace(/\u001b\[[0-9;]*m/g, '');
  return text.split('\n').filter((line) => line.trim() && !/^Call log:/.test(line.trim())).slice(0, 3).join('\n');
}

/** Runs the checks in order with a screenshot for each failure; returns them as test results. */
export async function runUiChecks(page, checks, { outDir, log }) {
  const tests = [];
  for (const check of checks) {
    const started = Date.now();
    const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
    try {
      await check.run(page);
      tests.push({ title: check.name, state: 'passed', ms: Date.now() - started });
      log(`ok   ${check.name} (${seconds()})`);
    } catch (error) {
      // the screenshot shows the failing state: it is taken before the check's cleanup
      const shot = path.join(outDir, `ui-${check.name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase()}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      const message = failureMessage(error);
      tests.push({ title: check.name, state: 'failed', ms: Date.now() - started, error: `${message}\nscreenshot: ${path.relative(process.cwd(), shot)}` });
      log(`FAIL ${check.name} (${seconds()})\n     ${message.replace(/\n/g, '\n     ')}`);
    }
    try {
      await (check.cleanup ?? dismiss)(page);
    } catch (error) {
      log(`     (cleanup after "${check.name}" failed: ${failureMessage(error).split('\n')[0]})`);
    }
  }
  return tests;
}
