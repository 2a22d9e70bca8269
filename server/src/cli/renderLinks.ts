// `sysd render --update-links README.md`: the pictures a Markdown file shows that are drawn from a design, to re-draw them.
import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { displayPath } from './findings';
import { UsageError, type Io } from './io';
import { readDesignText } from './read';
import type { Target } from './targets';

export interface DesignLink {
  /** The image's target as written in the Markdown (relative to the Markdown file). */
  image: string;
  /** The design named by a `<!-- sysd: … -->` comment before the image, as written; else the image's sibling. */
  design?: string;
  /** 1-based line of the image. */
  line: number;
}

const PICTURE = /\.(svg|png)$/i;
// `![alt](target "title")` and `![alt](<target with spaces>)`; reference definitions are rare for pictures.
const IMAGE = /!\[[^\]]*\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g;
const DESIGN_COMMENT = /<!--\s*sysd:\s*(\S+?\.sysd)\s*-->/g;

/**
 * The SVG/PNG images in a Markdown text, each with the design a `<!-- sysd: design.sysd -->` comment names for it:
 * a comment applies to the next image, on its line or a later one (the comment's own line included). URLs are skipped.
 */
export function imageLinks(markdown: string): DesignLink[] {
  const links: DesignLink[] = [];
  let pending: string | undefined;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const events = [
      ...[...text.matchAll(DESIGN_COMMENT)].map((m) => ({ at: m.index, design: m[1] })),
      ...[...text.matchAll(IMAGE)].map((m) => ({ at: m.index, image: m[1] ?? m[2] })),
    ].sort((a, b) => a.at - b.at);
    for (const event of events) {
      if ('design' in event) pending = event.design;
      else if (PICTURE.test(event.image) && !/^[a-z][a-z0-9+.-]*:/i.test(event.image)) {
        links.push({ image: event.image, design: pending, line: index + 1 });
        pending = undefined;
      }
    }
  });
  return links;
}

/** Every picture the Markdown files link to that has a design: named by a comment, or `x.sysd` beside `x.svg`. */
export function linkedTargets(markdownFiles: string[], io: Io): Target[] {
  const targets: Target[] = [];
  for (const file of markdownFiles) {
    const path = resolve(io.cwd, file);
    const read = readDesignText(path);
    if (!read.ok) throw new UsageError(`cannot read '${file}': ${read.reason}.`);
    const base = dirname(path);
    for (const link of imageLinks(read.text)) {
      const image = resolve(base, decodeURI(link.image));
      if (link.design) {
        const design = resolve(base, link.design);
        if (!existsSync(design)) throw new UsageError(`${displayPath(io.cwd, path)}:${link.line}: the design '${link.design}' named for '${link.image}' does not exist.`);
        targets.push({ design, name: displayPath(io.cwd, design), output: image });
        continue;
      }
      const sibling = `${image.slice(0, -extname(image).length)}.sysd`;
      if (existsSync(sibling)) targets.push({ design: sibling, name: displayPath(io.cwd, sibling), output: image });
    }
  }
  if (targets.length === 0) {
    throw new UsageError(`no image in ${markdownFiles.join(', ')} is drawn from a design: link x.svg beside x.sysd, or put <!-- sysd: path/to/design.sysd --> before the image.`);
  }
  return targets;
}
