// The ```sysd fences of the Markdown preview, drawn once per text: markdown-it renders synchronously, ELK lays out asynchronously.
export type FenceDrawing = { svg: string } | { errors: string[] };

export type DrawFence = (text: string) => Promise<FenceDrawing>;

/**
 * A fence seen for the first time is drawn in the background and shown as "drawing" meanwhile; when its drawing
 * is ready `onDrawn` runs (the extension refreshes the preview) and the next render finds it here. Keyed by the
 * fence's text, so an unchanged fence is never laid out again while the Markdown around it is edited.
 */
export class FenceDrawings {
  /** Insertion order is use order: the least recently shown drawing is dropped first. */
  private readonly drawn = new Map<string, FenceDrawing>();
  private readonly drawing = new Map<string, Promise<void>>();

  constructor(private readonly draw: DrawFence, private readonly onDrawn: () => void, private readonly capacity = 64) {}

  /** The drawing of `text` when it is ready; otherwise undefined, and it is being drawn. */
  get(text: string): FenceDrawing | undefined {
    const ready = this.drawn.get(text);
    if (ready) {
      this.drawn.delete(text);
      this.drawn.set(text, ready);
      return ready;
    }
    if (!this.drawing.has(text)) this.drawing.set(text, this.start(text));
    return undefined;
  }

  /** Resolves when every drawing started so far is ready. */
  async settled(): Promise<void> {
    while (this.drawing.size > 0) await Promise.all(this.drawing.values());
  }

  private async start(text: string): Promise<void> {
    let result: FenceDrawing;
    try {
      result = await this.draw(text);
    } catch (error) {
      // A layout that failed says so in the page, like the preview's banner, instead of "drawing" forever.
      result = { errors: [`the diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`] };
    }
    this.drawing.delete(text);
    this.drawn.set(text, result);
    for (const old of this.drawn.keys()) {
      if (this.drawn.size <= this.capacity) break;
      this.drawn.delete(old);
    }
    this.onDrawn();
  }
}
