import { type ReactNode, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

// What waits to be drawn, one part per task: parts released together would be drawn in one
// render, one long task again.
const waiting: (() => void)[] = [];
let draining = false;

function drawNext() {
  const draw = waiting.shift();
  if (!draw) {
    draining = false;
    return;
  }
  draw();
  setTimeout(drawNext, 0);
}

function whenFree(draw: () => void): () => void {
  waiting.push(draw);
  if (!draining) {
    draining = true;
    setTimeout(drawNext, 0);
  }
  return () => {
    const at = waiting.indexOf(draw);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/**
 * Draws its children after the page's first paint, each deferred part in a task of its own
 * (rendered synchronously there): what lies below the fold does not hold up the part on
 * screen, and five charts are five short tasks, not one long one. It only adds content
 * below, so nothing on screen moves.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => whenFree(() => flushSync(() => setReady(true))), []);
  return ready ? children : null;
}
