// UI checks of getting started: the template Quick Pick and the walkthrough on the Welcome page, as a user sees them.
import assert from 'node:assert/strict';
import { commandTitle, expect } from './checks.mjs';
import { activeEditor, dismiss, runCommand } from './workbench.mjs';

const TEMPLATES = ['Blank design', 'Chat System', 'News Feed', 'Ride Hailing', 'URL Shortener'];
const STEPS = ['Create a design from a template', 'Hover a number', 'Open the preview', 'Apply a quick fix', 'Export the diagram'];

/** The rows of the open Quick Pick, by label. */
async function quickPickLabels(page) {
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await expect(rows.first(), 'the Quick Pick lists no template', { timeout: 10_000 });
  // a row reads "label" then its detail on the next line
  const labels = (await rows.allInnerTexts()).map((text) => text.trim().split('\n')[0].trim());
  return labels.join(' | ');
}

export function gettingStartedChecks({ manifest }) {
  return [
    {
      name: 'New Design from Template lists the classic problems and opens the one picked',
      async run(page) {
        await runCommand(page, commandTitle(manifest, 'sysd.newFromTemplate'));
        assert.equal(await quickPickLabels(page), TEMPLATES.join(' | '));
        await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Chat System' }).first().click();
        await expect(page.locator('.tab.active[aria-label^="chat-system.sysd"]').first(), 'no new editor chat-system.sysd after picking Chat System');
        const editor = activeEditor(page);
        await expect(editor.locator('.view-line').filter({ hasText: 'design "Chat System"' }).first(),
          'the new editor does not show the chat system template');
        const mode = (await page.locator('[id="status.editor.mode"]').innerText()).trim();
        assert.match(mode, /^(sysd|System Design)$/, `the new document's language is "${mode}"`);
      },
      async cleanup(page) {
        await dismiss(page);
        await runCommand(page, 'View: Revert and Close Editor');
      },
    },
    {
      name: 'sysd: Get Started opens the five-step walkthrough, whose first button offers the templates',
      async run(page) {
        await runCommand(page, commandTitle(manifest, 'sysd.gettingStarted'));
        const walkthrough = page.locator('.gettingStartedContainer');
        await expect(walkthrough.getByText('Get Started with sysd').first(), 'the Welcome page does not show the sysd walkthrough');
        for (const step of STEPS) await expect(walkthrough.getByText(step, { exact: true }).first(), `the walkthrough has no step "${step}"`);
        await walkthrough.getByRole('button', { name: 'Create from a Template' }).first().click();
        assert.equal(await quickPickLabels(page), TEMPLATES.join(' | '), 'the first step\'s button should open the template Quick Pick');
      },
      async cleanup(page) {
        await dismiss(page);
        await runCommand(page, 'View: Close Editor');
      },
    },
  ];
}
