// Playwright helpers that drive the VS Code workbench the way a user does: Quick Open, palette, keyboard, mouse.
import fs from 'node:fs';
import path from 'node:path';

export const QUICK_INPUT = '.quick-input-widget .quick-input-box input';

/** The webview's own document: VS Code's host iframe, then the #active-frame that holds the extension's HTML. */
export function webviewFrame(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/** Waits for the workbench and the remote folder to be there (the explorer lists it once connected). */
export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** Closes any widget, menu or quick input that a previous step may have left open. */
export async function dismiss(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor shows text. */
export async function openFile(page, name) {
  await dismiss(page);
  await page.keyboard.press('Control+P');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor();
  await input.fill(name);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first();
  await row.waitFor({ timeout: 15_000 }).catch(() => {
    throw new Error(`Quick Open does not find ${name} (is ripgrep installed?)`);
  });
  // a click picks exactly this row; Enter could land while the list still holds the previous results
  await row.click();
  await page.locator(`.tab.active[aria-label^="${path.basename(name)}"]`).first().waitFor({ timeout: 15_000 }).catch(() => {
    throw new Error(`${name} did not become the active editor after Quick Open`);
  });
  const editor = activeEditor(page);
  await editor.locator('.view-lines .view-line').first().waitFor();
  return editor;
}

/** The editor that has (or last had) focus in the first editor group. */
export function activeEditor(page) {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/**
 * Puts the keyboard focus in the text editor of the first editor group. A mouse click is not reliable: the point
 * clicked can be scrolled away, covered by a webview beside a narrow editor, or be a code lens link.
 */
export async function focusFirstEditor(page) {
  await runCommand(page, 'View: Focus First Editor Group');
}

/** Runs a command from the palette by its full title (e.g. "sysd: Open Preview to the Side"). */
export async function runCommand(page, title) {
  await dismiss(page);
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first();
  await row.waitFor({ timeout: 10_000 }).catch(() => {
    throw new Error(`the command palette has no command "${title}"`);
  });
  await row.click();
}

/**
 * Hovers `word` on the editor line containing `lineText` until a hover matching `text` shows (20 s at most). Hovering
 * too early (before the server is up) shows nothing: move away and back until it answers. The word is measured again
 * each time because code lenses arriving late push the lines down. Resolves with the hover's locator.
 */
export async function hoverUntil(page, editor, lineText, word, text) {
  const hover = page.locator('.monaco-hover-content').filter({ hasText: text }).first();
  const deadline = Date.now() + 20_000;
  while (!(await hover.isVisible())) {
    if (Date.now() >= deadline) throw new Error(`no hover matching ${text} over \`${word}\` in "${lineText}"`);
    const spot = await pointAt(editor, lineText, word);
    await page.mouse.move(5, 5);
    await page.mouse.move(spot.x, spot.y);
    await hover.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => {});
  }
  return hover;
}

/**
 * Answers code-server's save dialog (a quick input holding a path) with `name` in the folder it proposes, and waits
 * until that file is written and not empty. It keeps the folder and replaces the file name by deleting and typing,
 * like a user: it completes names while one types, so `name` must be one no entry starts with, and a programmatic
 * fill() of the whole path confuses it. Resolves with the file's path.
 */
export async function saveAs(page, name) {
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ timeout: 10_000 }).catch(() => { throw new Error('no save dialog opened'); });
  await page.waitForTimeout(300);
  const proposed = await input.inputValue();
  const folder = proposed.slice(0, proposed.lastIndexOf('/') + 1);
  if (!folder.startsWith('/') || !fs.existsSync(folder)) throw new Error(`the save dialog proposes "${proposed}"`);
  const target = `${folder}${name}`;
  fs.rmSync(target, { force: true });
  await input.press('End');
  for (let i = folder.length; i < proposed.length; i++) await input.press('Backspace');
  await page.keyboard.type(name);
  if ((await input.inputValue()) !== target) throw new Error(`the save dialog did not take the file name (it holds "${await input.inputValue()}")`);
  await page.keyboard.press('Enter');
  const deadline = Date.now() + 20_000;
  while (!fs.existsSync(target) || fs.statSync(target).size === 0) {
    if (Date.now() >= deadline) throw new Error(`no file at ${target} 20s after saving`);
    await page.waitForTimeout(250);
  }
  return target;
}

/** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G). */
export async function goToLine(page, line, column = 1) {
  await page.keyboard.press('Control+G');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/**
 * The screen point over `word` on the editor line that contains `lineText`. It measures the rendered text
 * itself, so it works whatever tokens the grammar splits the line into.
 */
export async function pointAt(editor, lineText, word, occurrence = 0) {
  const line = editor.locator('.view-line').filter({ hasText: lineText }).first();
  await line.waitFor({ timeout: 10_000 });
  const box = await line.evaluate((element, { word, occurrence }) => {
    // Monaco renders spaces as U+00A0; compare with those turned back into spaces
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: text.length });
      text += node.data.replace(/\u00a0/g, ' ');
    }
    let index = -1;
    for (let i = 0; i <= occurrence; i++) index = text.indexOf(word, index + 1);
    if (index < 0) return null;
    const locate = (offset) => {
      const entry = nodes.filter((n) => n.start <= offset).pop();
      return [entry.node, Math.min(offset - entry.start, entry.node.data.length)];
    };
    const range = document.createRange();
    range.setStart(...locate(index));
    range.setEnd(...locate(index + word.length));
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, { word, occurrence });
  if (!box) throw new Error(`"${word}" is not on the editor line "${lineText}"`);
  return box;
}

/** The cursor position the status bar shows ("Ln 12, Col 3"), or undefined when it shows none. */
export async function cursorPosition(page) {
  const item = page.locator('[id="status.editor.selection"]');
  const text = await item.innerText({ timeout: 5_000 }).catch(() => '');
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** Reverts the active editor to the file on disk so a check's typing never leaks into the next check. */
export async function revertFile(page) {
  await runCommand(page, 'File: Revert File');
}
