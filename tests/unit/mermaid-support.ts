// Mermaid's own parser in Node, for the tests that check exported Mermaid text.
import { JSDOM } from 'jsdom';

/**
 * Loads mermaid once its sanitiser (DOMPurify) finds a window, then removes the globals again so later code (D2)
 * still knows it runs in Node. Returns mermaid's `parse`, which rejects text mermaid cannot read.
 */
export async function mermaidParser(): Promise<(text: string) => Promise<unknown>> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  const { default: mermaid } = await import('mermaid');
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'document');
  return (text) => mermaid.parse(text);
}
