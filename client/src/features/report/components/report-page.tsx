import { AREA_CODES, areaName } from '@rapor/shared/areas';
import {
  REPORT_SECTIONS,
  type ReportLetter,
  type ReportSection,
  type ReportSettings,
} from '@rapor/shared/report-schemas';
import { type ReactNode, useId, useState } from 'react';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { EmptyState, QueryState } from '../../../components/ui/query-state';
import { useCan } from '../../../hooks/use-can';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { useI18n } from '../../../i18n/i18n';
import { formatDateTime } from '../../../lib/format';
import { reportHref, useReport, useSaveReport } from '../api/report';
import { NationalResultSection } from './national-result-form';

// The evaluation report's desk: the letter's fields and the narrative the secretariat enters
// per year, and the Word files drafted from the data (the ministry's and each working group's).

/** One field per line of a textarea: the address, the copies, the team's members. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function ReportPage() {
  const { t } = useI18n();
  const { periods, year, period, choose } = useSelectedYear();
  const report = useReport(year);
  // kept above the form: the form starts again at each saved version, the outcome stays shown
  const save = useSaveReport(year ?? 0);
  if (year === undefined) return <EmptyState />;
  return (
    <div className="page report">
      <h1>{t('report.title', { year })}</h1>
      <p className="lead">{t('report.lead')}</p>
      <div className="view-controls inline">
        <label htmlFor="report-year">{t('shell.year')}</label>
        <select
          id="report-year"
          value={year}
          onChange={(e) => {
            save.reset();
            choose(e.target.value);
          }}
        >
          {periods.map((p) => (
            <option key={p.year}>{p.year}</option>
          ))}
        </select>
      </div>
      <Downloads year={year} framework={period?.frameworkId} />
      {report.data ? (
        // a new version (saved here or elsewhere) starts the form again from what is stored
        <ReportForm key={`${year}:${report.data.version}`} report={report.data} save={save} />
      ) : (
        <QueryState query={report} />
      )}
      <NationalResultSection year={year} closed={period?.state === 'closed'} />
    </div>
  );
}

function Downloads({ year, framework }: { year: number; framework: string | undefined }) {
  const { t, pick } = useI18n();
  const [chosen, setChosen] = useState<string>(AREA_CODES[0]);
  const areaId = useId();
  return (
    <section className="card" aria-labelledby="report-files">
      <h2 id="report-files">{t('report.files')}</h2>
      <p>{t('report.filesHelp')}</p>
      <p className="actions">
        <a className="button primary" href={reportHref(year)} download>
          {t('report.download')}
        </a>
      </p>
      {framework && (
        <p className="actions inline-form">
          <label htmlFor={areaId}>{t('report.areaLabel')}</label>
          <select id={areaId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {AREA_CODES.map((code) => (
              <option key={code} value={code}>
                {code} · {pick(areaName(code, framework))}
              </option>
            ))}
          </select>
          <a className="button" href={reportHref(year, chosen)} download>
            {t('report.downloadArea', { code: chosen })}
          </a>
        </p>
      )}
    </section>
  );
}

function ReportForm({
  report,
  save,
}: {
  report: ReportSettings;
  save: ReturnType<typeof useSaveReport>;
}) {
  const { t, locale } = useI18n();
  const can = useCan();
  const editable = can('report.edit');
  const [letter, setLetter] = useState<ReportLetter>(report.letter);
  const [addressee, setAddressee] = useState(report.letter.addressee);
  const [copies, setCopies] = useState(report.letter.copies.join('\n'));
  const [members, setMembers] = useState(report.letter.team.members.join('\n'));
  const [narrative, setNarrative] = useState(report.narrative);
  const set = (change: Partial<ReportLetter>) => setLetter((l) => ({ ...l, ...change }));

  return (
    <form
      className="report-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          version: report.version,
          letter: {
            ...letter,
            addressee: lines(addressee).join('\n'),
            copies: lines(copies),
            team: { ...letter.team, members: lines(members) },
          },
          narrative,
        });
      }}
    >
      <fieldset disabled={!editable || save.isPending}>
        <Group legend={t('report.letter')}>
          <TextField
            label={t('report.number')}
            value={letter.number}
            onChange={(text) => set({ number: text })}
          />
          <TextField
            label={t('report.date')}
            type="date"
            value={letter.date ?? ''}
            onChange={(text) => set({ date: text || null })}
          />
          <TextField
            label={t('report.nature')}
            value={letter.nature}
            onChange={(text) => set({ nature: text })}
          />
          <TextField
            label={t('report.attachments')}
            value={letter.attachments}
            onChange={(text) => set({ attachments: text })}
          />
          <TextField
            label={t('report.subject')}
            hint={t('report.subjectHint')}
            value={letter.subject}
            onChange={(text) => set({ subject: text })}
          />
          <LinesField label={t('report.addressee')} value={addressee} onChange={setAddressee} />
          <LinesField label={t('report.copies')} value={copies} onChange={setCopies} />
        </Group>
        <Group legend={t('report.signatory')}>
          <TextField
            label={t('report.signatoryName')}
            value={letter.signatory.name}
            onChange={(text) => set({ signatory: { ...letter.signatory, name: text } })}
          />
          <TextField
            label={t('report.signatoryTitle')}
            value={letter.signatory.title}
            onChange={(text) => set({ signatory: { ...letter.signatory, title: text } })}
          />
          <TextField
            label="NIP"
            inputMode="numeric"
            value={letter.signatory.nip}
            onChange={(text) => set({ signatory: { ...letter.signatory, nip: text } })}
          />
        </Group>
        <Group legend={t('report.assignment')}>
          <TextField
            label={t('report.assignmentNumber')}
            value={letter.assignment.number}
            onChange={(text) => set({ assignment: { ...letter.assignment, number: text } })}
          />
          <TextField
            label={t('report.assignmentDate')}
            type="date"
            value={letter.assignment.date ?? ''}
            onChange={(text) => set({ assignment: { ...letter.assignment, date: text || null } })}
          />
          <TextField
            label={t('report.assignmentPeriod')}
            value={letter.assignment.period}
            onChange={(text) => set({ assignment: { ...letter.assignment, period: text } })}
          />
          <TextField
            label={t('report.controller')}
            value={letter.team.controller}
            onChange={(text) => set({ team: { ...letter.team, controller: text } })}
          />
          <TextField
            label={t('report.teamLead')}
            value={letter.team.lead}
            onChange={(text) => set({ team: { ...letter.team, lead: text } })}
          />
          <LinesField label={t('report.members')} rows={4} value={members} onChange={setMembers} />
        </Group>
        <Group legend={t('report.narrative')} note={t('report.narrativeHelp')}>
          {REPORT_SECTIONS.map((key) => (
            <Section
              key={key}
              section={key}
              draft={report.drafts[key]}
              own={narrative[key]}
              onChange={(text) =>
                setNarrative(({ [key]: _old, ...rest }) =>
                  text === undefined || text === report.drafts[key]
                    ? rest
                    : { ...rest, [key]: text },
                )
              }
            />
          ))}
        </Group>
      </fieldset>
      {editable && (
        <p className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? t('report.saving') : t('report.save')}
          </button>
        </p>
      )}
      <FormFeedback error={save.error} success={save.isSuccess ? t('report.saved') : null} />
      {report.updatedAt && (
        <p className="note">
          {t('report.lastSaved', {
            when: formatDateTime(report.updatedAt, locale),
            by: report.by ?? '—',
          })}
        </p>
      )}
    </form>
  );
}

/** A labelled one-line input (text or date) in a form's grid. */
function TextField({
  label,
  hint,
  value,
  onChange,
  type = 'text',
  inputMode,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (text: string) => void;
  type?: 'text' | 'date';
  inputMode?: 'numeric';
}) {
  return (
    <Field label={label} hint={hint}>
      {(id) => (
        <input
          id={id}
          type={type}
          inputMode={inputMode}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A textarea of one entry per line (the address, the copies, the team's members). */
function LinesField({
  label,
  value,
  onChange,
  rows = 3,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  rows?: number;
}) {
  const { t } = useI18n();
  return (
    <Field label={label} hint={t('report.perLine')}>
      {(id) => (
        <textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

function Group({ legend, note, children }: { legend: string; note?: string; children: ReactNode }) {
  return (
    <fieldset className="report-group">
      <legend>{legend}</legend>
      {note && <p className="note">{note}</p>}
      <div className="fw-form">{children}</div>
    </fieldset>
  );
}

function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="field">
        {children(id)}
        {hint && <span className="muted">{hint}</span>}
      </div>
    </>
  );
}

/** A narrative section: the draft from the data until the secretariat writes its own. */
function Section({
  section,
  draft,
  own,
  onChange,
}: {
  section: ReportSection;
  draft: string;
  own: string | undefined;
  onChange: (text: string | undefined) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t(`report.section.${section}`)}</label>
      <div className="field">
        <textarea
          id={id}
          rows={section === 'opening' || section === 'results' ? 6 : 3}
          value={own ?? draft}
          onChange={(e) => onChange(e.target.value)}
        />
        {own === undefined ? (
          <span className="muted">{t('report.drafted')}</span>
        ) : (
          <button type="button" className="link" onClick={() => onChange(undefined)}>
            {t('report.backToDraft')}
          </button>
        )}
      </div>
    </>
  );
}
