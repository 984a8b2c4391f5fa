import type { SlidePage } from '@rapor/shared/deck-pages';
import type { Deck, DirectionInput } from '@rapor/shared/forum-schemas';
import { DirectionCapture } from './direction-capture';
import { SlideGrid } from './slide-grid';

export type DeckDialog = 'capture' | 'grid' | null;

/**
 * What A and G open, in the deck and in its presenter window alike: the capture form (for the
 * shown slide's area) and the slide grid. One at a time; each closes itself.
 */
export function DeckDialogs({
  open,
  deck,
  slides,
  index,
  onCapture,
  onGo,
  onClose,
}: {
  open: DeckDialog;
  deck: Deck;
  slides: readonly SlidePage[];
  index: number;
  onCapture: (input: DirectionInput) => void;
  onGo: (index: number) => void;
  onClose: () => void;
}) {
  const slide = slides[index];
  if (open === 'capture')
    return (
      <DirectionCapture
        year={deck.year}
        area={slide && 'area' in slide ? slide.area : null}
        areas={deck.areas}
        onCapture={(input) => {
          onCapture(input);
          onClose();
        }}
        onClose={onClose}
      />
    );
  if (open === 'grid')
    return (
      <SlideGrid
        deck={deck}
        slides={slides}
        current={index}
        onGo={(i) => {
          onGo(i);
          onClose();
        }}
        onClose={onClose}
      />
    );
  return null;
}
