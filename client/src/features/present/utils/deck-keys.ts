// Keyboard of the deck, as presenters expect from slide software and clickers (which send
// PageDown/PageUp): pure, so the mapping is tested apart from the page.

export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'fullscreen' }
  | { type: 'leave' }
  | { type: 'digit'; digit: string }
  | { type: 'jump' }
  | { type: 'presenter' }
  | { type: 'capture' }
  | { type: 'grid' }
  | { type: 'blank'; color: 'black' | 'white' };

/** How long a typed slide number waits for Enter before it is forgotten. */
export const DIGIT_TIMEOUT_MS = 1500;

/** Shift+Space goes back, as in slide software. */
export function actionOfKey(key: string, shift = false): DeckAction | null {
  switch (key) {
    case ' ':
      return shift ? { type: 'previous' } : { type: 'next' };
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
      return { type: 'leave' };
    case 'Enter':
      return { type: 'jump' };
    case 'p':
    case 'P':
      return { type: 'presenter' };
    case 'a':
    case 'A':
      return { type: 'capture' };
    // G: every slide by name, to jump to an area when the agenda moves
    case 'g':
    case 'G':
      return { type: 'grid' };
    // B or . blanks the screen to black, W to white (the same key brings the slide back)
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank', color: 'black' };
    case 'w':
    case 'W':
      return { type: 'blank', color: 'white' };
    default:
      return /^[0-9]$/.test(key) ? { type: 'digit', digit: key } : null;
  }
}

/** The slide index (0-based) a 1-based number names, kept inside the deck. */
export function clampSlide(index: number, count: number): number {
  return Math.min(Math.max(index, 0), Math.max(count - 1, 0));
}

/** `#/3` → 2: the URL counts slides from 1, as the counter does. */
export function slideOfHash(hash: string, count: number): number {
  const match = /^#\/(\d{1,4})$/.exec(hash);
  return match ? clampSlide(Number(match[1]) - 1, count) : 0;
}

export const hashOfSlide = (index: number) => `#/${index + 1}`;
