import type { Output } from '../../src/context';
import { ProgressView } from '../../src/progress';

function capture(terminal: boolean): { io: Output; text: () => string } {
  let text = '';
  const io: Output = {
    out: (t) => { text += t.endsWith('\n') ? t : `${t}\n`; },
    err: () => undefined,
    outIsTerminal: terminal,
    write: (t) => { text += t; },
  };
  return { io, text: () => text };
}

describe('ProgressView', () => {
  it('off a terminal prints each item once, in its finished state, and messages as they come', () => {
    const c = capture(false);
    const v = new ProgressView(c.io);
    v.update('a', 'a: Loading layer 0B/2MB', false);
    v.update('b', 'b: Loading layer 0B/1MB', false);
    v.update('a', 'a: Loading layer 1MB/2MB', false);
    v.update('b', 'b: Loading layer 1MB/1MB', true);
    v.update('a', 'a: Loading layer 2MB/2MB', true);
    v.update('a', 'a: Loading layer 2MB/2MB', true);
    v.message('Loaded image: x:1');
    expect(c.text()).toBe('b: Loading layer 1MB/1MB\na: Loading layer 2MB/2MB\nLoaded image: x:1\n');
  });

  it('on a terminal redraws an item on its own line: up to it, clear it, write it, back down', () => {
    const c = capture(true);
    const v = new ProgressView(c.io);
    v.update('a', 'a: 0%', false);
    v.update('b', 'b: 0%', false);
    v.update('a', 'a: 50%', false);
    v.update('b', 'b: 100%', true);
    expect(c.text()).toBe('a: 0%\nb: 0%\n\x1b[2A\r\x1b[2Ka: 50%\x1b[2B\r\x1b[1A\r\x1b[2Kb: 100%\x1b[1B\r');
  });
});
