import type { Slide } from '@rapor/shared/forum';
import type { Deck } from '@rapor/shared/forum-schemas';
import type { MessageKey } from '../../../i18n/id';

export interface Note {
  key: MessageKey;
  values: Record<string, string | number>;
}

/** What the presenter view reminds the speaker of on each slide: the figures to say aloud. */
export function notesOf(deck: Deck, slide: Slide): Note[] {
  switch (slide.kind) {
    case 'title':
      return [{ key: 'notes.title', values: { year: deck.year } }];
    case 'overview':
      return [
        { key: 'notes.index', values: { index: deck.index, predicate: deck.predicate } },
        ...(deck.indexDelta === null
          ? []
          : [{ key: 'notes.delta' as const, values: { delta: deck.indexDelta } }]),
        ...(deck.methodChanged
          ? [{ key: 'notes.method' as const, values: { method: deck.method } }]
          : []),
      ];
    case 'area-score': {
      const area = deck.areas.find((a) => a.code === slide.area);
      if (!area) return [];
      const weakest = [...area.parts].sort((a, b) => a.percent - b.percent)[0];
      return [
        {
          key: 'notes.presenter',
          values: { chair: area.chair ?? '—', group: area.workingGroup ?? area.code },
        },
        {
          key: 'notes.areaScore',
          values: {
            percent: area.percent,
            target: area.targetPercent ?? '—',
          },
        },
        ...(weakest
          ? [
              {
                key: 'notes.weakest' as const,
                values: { part: weakest.name.id, percent: weakest.percent },
              },
            ]
          : []),
      ];
    }
    case 'area-actions': {
      const area = deck.areas.find((a) => a.code === slide.area);
      if (!area) return [];
      return [
        {
          key: 'notes.actions',
          values: {
            achievements: area.achievementCount,
            recommendations: area.recommendations.length,
            earlier: area.earlier.length,
          },
        },
        { key: 'notes.capture', values: {} },
      ];
    }
    case 'closing':
      return [
        {
          key: 'notes.closing',
          values: {
            rate: deck.closing.followUp.rate ?? '—',
            issued: deck.closing.issued,
          },
        },
      ];
  }
}
