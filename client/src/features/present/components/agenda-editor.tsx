import { agendaHidden, deckSlides, orderSlides, type Slide, slideKey } from '@rapor/shared/forum';
import { slideNotes } from '@rapor/shared/forum-notes';
import type { Deck, ForumAgenda } from '@rapor/shared/forum-schemas';
import { useMemo, useState } from 'react';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { QueryState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import { useAgenda, useDeck, useSaveAgenda } from '../api/deck';

/**
 * The forum's agenda for one deck (the live one, or the latest snapshot): the secretariat
 * moves slides up or down and hides those the meeting will skip; the deck, the presenter
 * window, the handouts and the PowerPoint follow it.
 */
export function AgendaEditor({ year, snapshot }: { year: number; snapshot?: number }) {
  const deck = useDeck(year, snapshot);
  const agenda = useAgenda(year, snapshot);
  if (!deck.data || !agenda.data) return <QueryState query={deck.data ? agenda : deck} />;
  // started again for another deck; after a save it keeps its list (the one saved)
  return (
    <AgendaList
      key={snapshot ?? 'live'}
      deck={deck.data}
      agenda={agenda.data}
      snapshot={snapshot}
    />
  );
}

function AgendaList({
  deck,
  agenda,
  snapshot,
}: {
  deck: Deck;
  agenda: ForumAgenda;
  snapshot?: number;
}) {
  const { t } = useI18n();
  const all = useMemo(() => deckSlides(deck), [deck]);
  const byKey = useMemo(() => new Map(all.map((s) => [slideKey(s), s])), [all]);
  // every slide in the agenda's order, the hidden ones in their places
  const [order, setOrder] = useState(() => orderSlides(all, agenda.order).map(slideKey));
  // an optional slide the agenda does not name starts hidden, as the deck shows it
  const [hidden, setHidden] = useState(() => new Set(agendaHidden(agenda)));
  // the secretariat's own notes; a slide not here keeps the notes the deck writes
  const [notes, setNotes] = useState<Record<string, string>>(() => ({ ...agenda.notes }));
  const [open, setOpen] = useState<string | null>(null);
  const generated = (slide: Slide) =>
    slideNotes(deck, slide)
      .map((note) => note.id)
      .join('\n');
  const write = (key: string, slide: Slide, text: string) => {
    const next = { ...notes };
    if (text.trim() && text.trim() !== generated(slide).trim()) next[key] = text;
    else delete next[key];
    setNotes(next);
    setSaved(false);
  };
  const save = useSaveAgenda(deck.year, snapshot);
  const [saved, setSaved] = useState(false);

  const label = (slide: Slide) => {
    const kind = t(`deck.grid.${slide.kind}`);
    return 'area' in slide ? `${slide.area} · ${kind}` : kind;
  };
  const move = (from: number, by: -1 | 1) => {
    const to = from + by;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to] as string, next[from] as string];
    setOrder(next);
    setSaved(false);
  };
  const toggle = (key: string) => {
    const next = new Set(hidden);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setHidden(next);
    setSaved(false);
  };
  const shown = order.filter((key) => !hidden.has(key));
  let position = 0;

  return (
    <div className="agenda-editor">
      <p className="muted">
        {t('agenda.count', { shown: shown.length, total: order.length })}
        {agenda.updatedAt && ` · ${t('agenda.savedBy', { by: agenda.by ?? '—' })}`}
      </p>
      <ol className="agenda-list">
        {order.map((key, i) => {
          const slide = byKey.get(key);
          if (!slide) return null;
          const isHidden = hidden.has(key);
          if (!isHidden) position += 1;
          const name = label(slide);
          return (
            <li key={key} className={isHidden ? 'agenda-row hidden-slide' : 'agenda-row'}>
              <span className="agenda-number">{isHidden ? '—' : position}</span>
              <span className="agenda-name">{name}</span>
              <label className="agenda-show">
                <input type="checkbox" checked={!isHidden} onChange={() => toggle(key)} />{' '}
                {t('agenda.show')}
              </label>
              <button
                type="button"
                aria-expanded={open === key}
                onClick={() => setOpen(open === key ? null : key)}
              >
                {notes[key] ? t('agenda.notesOwn') : t('agenda.notes')}
              </button>
              <button
                type="button"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={t('agenda.up', { name })}
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => move(i, 1)}
                disabled={i === order.length - 1}
                aria-label={t('agenda.down', { name })}
              >
                ↓
              </button>
              {open === key && (
                <div className="agenda-notes">
                  <label htmlFor={`notes-${key}`}>{t('agenda.notesLabel', { name })}</label>
                  <textarea
                    id={`notes-${key}`}
                    className="wide-field"
                    rows={4}
                    maxLength={2_000}
                    value={notes[key] ?? generated(slide)}
                    onChange={(e) => write(key, slide, e.target.value)}
                  />
                  <p className="muted">
                    {notes[key] ? t('agenda.notesOwnHelp') : t('agenda.notesHelp')}{' '}
                    {notes[key] && (
                      <button type="button" onClick={() => write(key, slide, '')}>
                        {t('agenda.notesReset')}
                      </button>
                    )}
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={save.isPending || shown.length === 0}
          onClick={() =>
            save.mutate(
              { version: agenda.version, order, hidden: [...hidden], notes },
              { onSuccess: () => setSaved(true) },
            )
          }
        >
          {t('agenda.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOrder(all.map(slideKey));
            // as built: the optional slides hidden again
            setHidden(new Set(agendaHidden(null)));
            setNotes({});
            setSaved(false);
          }}
        >
          {t('agenda.reset')}
        </button>
      </div>
      {shown.length === 0 && <p className="form-error">{t('agenda.noneShown')}</p>}
      <FormFeedback error={save.error} success={saved ? t('agenda.saved') : null} />
    </div>
  );
}
