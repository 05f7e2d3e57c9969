// Progress of long work (load, pull), one line per item (a layer), as docker shows it: on a
// terminal each item's line is redrawn in place as it moves; elsewhere only its last state is
// printed, once, so a log gets one line per layer and not one per update.
import type { Output } from './context';

export class ProgressView {
  /** items in the order they first appeared, with whether their last line is out */
  private readonly items: { id: string; finished: boolean }[] = [];

  constructor(private readonly io: Output) {}

  private get live(): boolean {
    return this.io.outIsTerminal === true && this.io.write !== undefined;
  }

  /** The line of item id is now text; finished: it will not move again. */
  update(id: string, text: string, finished: boolean): void {
    const i = this.items.findIndex((x) => x.id === id);
    if (!this.live) {
      if (!finished || (i >= 0 && this.items[i].finished)) return;
      if (i < 0) this.items.push({ id, finished: true });
      else this.items[i].finished = true;
      this.io.out(text);
      return;
    }
    if (i < 0) {
      this.items.push({ id, finished });
      this.io.write!(`${text}\n`);
      return;
    }
    this.items[i].finished = finished;
    // up to the item's line, clear it, write it, and back down below the last line
    const up = this.items.length - i;
    this.io.write!(`\x1b[${up}A\r\x1b[2K${text}\x1b[${up}B\r`);
  }

  /** A line that is no item's (a message): printed below the items. */
  message(text: string): void {
    this.io.out(text);
  }
}
