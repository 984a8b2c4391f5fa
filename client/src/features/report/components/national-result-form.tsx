import {
  NATIONAL_APPEAL_OUTCOMES,
  type NationalAppeal,
  type NationalResult,
} from '@rapor/shared/national-schemas';
import { PREDICATES } from '@rapor/shared/predicate';
import { useId, useState } from 'react';
import { useNationalResult, useSaveNationalResult } from '../../../api/national-result';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { QueryState } from '../../../components/ui/query-state';
import { useCan } from '../../../hooks/use-can';
import { useI18n } from '../../../i18n/i18n';
import { decimalText, parseDecimal } from '../../../lib/decimal';
import { formatDateTime, formatNumber } from '../../../lib/format';

// KemenPANRB's result of a closed year, entered from its letter beside the ministry's own final
// values (which it never changes), with the appeals made to it and their answers.

interface ItemRow {
  code: string;
  score: string;
  note: string;
}

/** The national result of `year`: a form for the secretariat, a record for everyone else. */
export function NationalResultSection({ year, closed }: { year: number; closed: boolean }) {
  const { t } = useI18n();
  const national = useNationalResult(year, closed);
  const save = useSaveNationalResult(year);
  return (
    <section className="card" aria-labelledby="national-result">
      <h2 id="national-result">{t('national.title')}</h2>
      {!closed ? (
        <p className="muted">{t('national.notClosed')}</p>
      ) : national.data ? (
        <NationalForm
          key={`${year}:${national.data.version}`}
          national={national.data}
          save={save}
        />
      ) : (
        <QueryState query={national} />
      )}
    </section>
  );
}

function NationalForm({
  national,
  save,
}: {
  national: NationalResult;
  save: ReturnType<typeof useSaveNationalResult>;
}) {
  const { t, locale, pick } = useI18n();
  const editable = useCan()('national.record');
  const ids = { index: useId(), predicate: useId(), number: useId(), date: useId(), note: useId() };
  const [index, setIndex] = useState(national.recorded ? decimalText(national.index) : '');
  const [predicate, setPredicate] = useState(national.predicate);
  const [letterNumber, setLetterNumber] = useState(national.letterNumber);
  const [letterDate, setLetterDate] = useState(national.letterDate ?? '');
  const [note, setNote] = useState(national.note);
  const [items, setItems] = useState<ItemRow[]>(
    national.items.map((i) => ({ code: i.code, score: decimalText(i.score), note: i.note })),
  );
  const [appeals, setAppeals] = useState<NationalAppeal[]>(national.appeals);
  const [problem, setProblem] = useState<string | null>(null);
  const finalOf = new Map(national.itemsFinal.map((i) => [i.code, i]));
  const firstCode = national.itemsFinal[0]?.code ?? '';
  const itemOptions = national.itemsFinal.map((i) => (
    <option key={i.code} value={i.code}>
      {i.code} · {pick(i.name)}
    </option>
  ));

  const submit = () => {
    const parsedIndex = parseDecimal(index);
    const scores = items.map((i) => parseDecimal(i.score));
    if (!parsedIndex.ok || parsedIndex.value === null) return setProblem(t('national.badIndex'));
    if (scores.some((s) => !s.ok)) return setProblem(t('national.badScore'));
    setProblem(null);
    save.mutate({
      version: national.version,
      index: parsedIndex.value,
      predicate,
      letterNumber,
      letterDate: letterDate || null,
      note,
      items: items.map((i, n) => {
        const score = scores[n];
        return { code: i.code, note: i.note, score: score?.ok ? score.value : null };
      }),
      appeals,
    });
  };

  return (
    <form
      className="national-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p>
        {t('national.final', {
          index: formatNumber(national.final.index, locale),
          max: formatNumber(national.final.maxScore, locale, 0),
          predicate: national.final.predicate ?? '—',
        })}
      </p>
      <fieldset disabled={!editable || save.isPending}>
        <div className="fw-form">
          <label htmlFor={ids.index}>{t('national.index')}</label>
          <input
            id={ids.index}
            inputMode="decimal"
            value={index}
            onChange={(e) => setIndex(e.target.value)}
          />
          <label htmlFor={ids.predicate}>{t('national.predicate')}</label>
          <select
            id={ids.predicate}
            value={predicate}
            onChange={(e) => setPredicate(e.target.value as typeof predicate)}
          >
            {PREDICATES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
          <label htmlFor={ids.number}>{t('national.letterNumber')}</label>
          <input
            id={ids.number}
            value={letterNumber}
            onChange={(e) => setLetterNumber(e.target.value)}
          />
          <label htmlFor={ids.date}>{t('national.letterDate')}</label>
          <input
            id={ids.date}
            type="date"
            value={letterDate}
            onChange={(e) => setLetterDate(e.target.value)}
          />
          <label htmlFor={ids.note}>{t('national.note')}</label>
          <textarea id={ids.note} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>

        <h3>{t('national.items')}</h3>
        <table className="data national-items">
          <thead>
            <tr>
              <th scope="col">{t('national.item')}</th>
              <th scope="col" className="num">
                {t('national.finalPoints')}
              </th>
              <th scope="col">{t('national.score')}</th>
              <th scope="col">{t('national.itemNote')}</th>
              <th scope="col">
                <span className="sr-only">{t('national.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((row, n) => {
              const update = (change: Partial<ItemRow>) =>
                setItems((all) => all.map((r, i) => (i === n ? { ...r, ...change } : r)));
              return (
                // rows are edited in place; their order is their identity
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={n}>
                  <td>
                    <select
                      aria-label={t('national.item')}
                      value={row.code}
                      onChange={(e) => update({ code: e.target.value })}
                    >
                      {itemOptions}
                    </select>
                  </td>
                  <td className="num">
                    {finalOf.has(row.code)
                      ? formatNumber(finalOf.get(row.code)?.points ?? 0, locale)
                      : '—'}
                  </td>
                  <td>
                    <input
                      aria-label={t('national.scoreOf', { code: row.code })}
                      inputMode="decimal"
                      value={row.score}
                      onChange={(e) => update({ score: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('national.noteOf', { code: row.code })}
                      value={row.note}
                      onChange={(e) => update({ note: e.target.value })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => setItems((all) => all.filter((_, i) => i !== n))}
                    >
                      {t('national.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button
          type="button"
          onClick={() => setItems((all) => [...all, { code: firstCode, score: '', note: '' }])}
        >
          {t('national.addItem')}
        </button>

        <h3>{t('national.appeals')}</h3>
        {appeals.length === 0 && <p className="muted">{t('national.noAppeals')}</p>}
        {appeals.map((a, n) => {
          const update = (change: Partial<NationalAppeal>) =>
            setAppeals((all) => all.map((x, i) => (i === n ? { ...x, ...change } : x)));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: appeals are edited in place, by place
            <fieldset className="report-group national-appeal" key={n}>
              <legend>{t('national.appealN', { n: n + 1 })}</legend>
              <div className="fw-form">
                <AppealField label={t('national.item')}>
                  {(id) => (
                    <select
                      id={id}
                      value={a.code}
                      onChange={(e) => update({ code: e.target.value })}
                    >
                      {itemOptions}
                    </select>
                  )}
                </AppealField>
                <AppealField label={t('national.reason')}>
                  {(id) => (
                    <textarea
                      id={id}
                      rows={2}
                      value={a.reason}
                      onChange={(e) => update({ reason: e.target.value })}
                    />
                  )}
                </AppealField>
                <AppealField label={t('national.filedOn')}>
                  {(id) => (
                    <input
                      id={id}
                      type="date"
                      value={a.filedOn}
                      onChange={(e) => update({ filedOn: e.target.value })}
                    />
                  )}
                </AppealField>
                <AppealField label={t('national.outcome')}>
                  {(id) => (
                    <select
                      id={id}
                      value={a.outcome}
                      onChange={(e) =>
                        update({ outcome: e.target.value as NationalAppeal['outcome'] })
                      }
                    >
                      {NATIONAL_APPEAL_OUTCOMES.map((o) => (
                        <option key={o} value={o}>
                          {t(`national.outcome.${o}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </AppealField>
                <AppealField label={t('national.answer')}>
                  {(id) => (
                    <textarea
                      id={id}
                      rows={2}
                      value={a.answer}
                      onChange={(e) => update({ answer: e.target.value })}
                    />
                  )}
                </AppealField>
                <AppealField label={t('national.answeredOn')}>
                  {(id) => (
                    <input
                      id={id}
                      type="date"
                      value={a.answeredOn ?? ''}
                      onChange={(e) => update({ answeredOn: e.target.value || null })}
                    />
                  )}
                </AppealField>
              </div>
              <button
                type="button"
                className="link"
                onClick={() => setAppeals((all) => all.filter((_, i) => i !== n))}
              >
                {t('national.removeAppeal')}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          onClick={() =>
            setAppeals((all) => [
              ...all,
              {
                code: firstCode,
                reason: '',
                filedOn: new Date().toISOString().slice(0, 10),
                outcome: 'pending',
                answer: '',
                answeredOn: null,
              },
            ])
          }
        >
          {t('national.addAppeal')}
        </button>
      </fieldset>
      {editable && (
        <p className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('national.save')}
          </button>
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <FormFeedback error={save.error} success={save.isSuccess ? t('national.saved') : null} />
      {national.updatedAt && (
        <p className="muted">
          {t('report.lastSaved', {
            when: formatDateTime(national.updatedAt, locale),
            by: national.by ?? '—',
          })}
        </p>
      )}
    </form>
  );
}

function AppealField({
  label,
  children,
}: {
  label: string;
  children: (id: string) => React.ReactNode;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </>
  );
}
