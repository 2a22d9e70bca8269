// Escaping for SVG text and attribute values, shared by every piece of the renderer.

/** Escapes text and attribute values: every user string goes through here. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}
