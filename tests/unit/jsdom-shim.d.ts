// The little of jsdom the CLI export test uses (a window for mermaid's sanitiser); jsdom ships no types of its own.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: { readonly document: object };
  }
}
