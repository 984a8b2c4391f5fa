import { describe, expect, it } from 'vitest';
import { changeSentence, indexSentence, reportDrafts, statusSentences } from './report-draft';
import type { Deck, DeckArea } from './schemas/forum';

const area = (code: string, percent: number, standing = 'final'): DeckArea =>
  ({
    code,
    name: { id: `Area ${code}`, en: `Area ${code}` },
    percent,
    standing,
    recommendations: [],
  }) as unknown as DeckArea;

const deck = (over: Partial<Deck> = {}): Deck =>
  ({
    year: 2024,
    index: 88.17,
    maxScore: 110,
    shownPredicate: 'A-',
    standing: 'final',
    completeness: { answered: 39, total: 39 },
    previousYear: 2023,
    indexDelta: 4.52,
    indexDeltaBasis: 'points',
    method: 'PermenPANRB 9/2023',
    framework: 'pmprb-2024',
    areasClosedUnverified: 0,
    versionChanged: false,
    snapshot: null,
    asOf: '2026-11-24T03:00:00.000Z',
    components: [],
    general: null,
    targetBaik: null,
    areas: [area('MP', 85.3), area('SDM', 70.1), area('YAN', 91.2)],
    closing: {
      followUp: { done: 3, dropped: 1, total: 6, rate: 60 },
      priorities: [],
      issued: 0,
      directions: [],
    },
    ...over,
  }) as unknown as Deck;

describe('the report drafted from the deck', () => {
  it('states the index and predicate as the overview does, or that there is none yet', () => {
    expect(indexSentence(deck())).toBe(
      'Indeks RB 2024 88,17 dari 110 (80,2% dari maksimum), predikat A- (Memuaskan, dengan catatan)',
    );
    expect(indexSentence(deck({ shownPredicate: null }))).toContain('belum berpredikat');
  });

  it('says the change in points, in percent across a method change, or why there is none', () => {
    expect(changeSentence(deck())).toBe('Dibandingkan 2023, indeks berubah +4,52 poin.');
    expect(changeSentence(deck({ indexDeltaBasis: 'percent', indexDelta: -1.2 }))).toContain(
      'persen dari nilai maksimum: −1,20 poin persen',
    );
    expect(changeSentence(deck({ indexDelta: null }))).toContain('belum dihitung');
    expect(changeSentence(deck({ previousYear: null }))).toContain('Belum ada tahun sebelumnya');
  });

  it('puts every status in words: incomplete, closed unverified, assumed rule, demo, frozen or live', () => {
    const all = statusSentences(
      deck({
        standing: 'incomplete',
        completeness: { answered: 36, total: 39 },
        areasClosedUnverified: 2,
        predicateAssumed: true,
        predicateSource: 'kode Portal RB',
        indexSource: 'demo',
      }),
    ).join(' ');
    expect(all).toContain('36 dari 39 butir terisi');
    expect(all).toContain('2 area ditutup tanpa verifikasi');
    expect(all).toContain('aturan predikat belum resmi (kode Portal RB)');
    expect(all).toContain('data demo');
    expect(all).toContain('data langsung per 2026-11-24, belum dibekukan');
    expect(statusSentences(deck({ standing: 'provisional' })).join(' ')).toContain('sementara');
    const frozen = statusSentences(
      deck({ snapshot: { number: 3, createdAt: '2025-03-01T02:00:00Z' } as Deck['snapshot'] }),
    );
    expect(frozen.at(-1)).toBe('Angka diambil dari salinan beku #3 (2025-03-01).');
  });

  it('drafts each section from the data: strongest and weakest areas, follow-up, no targets before 2023', () => {
    const drafts = reportDrafts(deck(), 'Kementerian Contoh');
    expect(drafts.opening).toContain('Reformasi Birokrasi Kementerian Contoh tahun 2024');
    expect(drafts.results).toContain(
      'tertinggi Area YAN (91,2% dari maksimum), terendah Area SDM (70,1%)',
    );
    expect(drafts.followUp).toBe(
      'Dari 5 rekomendasi tahun-tahun sebelumnya yang ditindaklanjuti, 3 telah selesai (60%); 1 dibatalkan tidak dihitung.',
    );
    expect(drafts.targets).toContain('tidak menetapkan target baik');
    expect(drafts.recommendations).toContain('tidak menghasilkan rekomendasi baru');
    // an incomplete area is not named the weakest
    const open = reportDrafts(
      deck({ areas: [area('MP', 85.3), area('SDM', 10, 'incomplete')] }),
      'K',
    );
    expect(open.results).not.toContain('Area SDM');
  });
});
