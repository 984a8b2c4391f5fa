import { PREDICATE_RULE_2023 } from '../scoring/predicate';
import { defineFramework, type FrameworkNodeInput } from './framework';
import { PMPRB_2023_INPUT } from './pmprb-2023';

/**
 * RB General and RB Tematik as scored from 2024 (KepmenPANRB 182/2024): the 2023 tree with a
 * ministry's Capaian Prioritas Nasional at weight 3 (2023: 2) and Capaian IKU at 7 (2023: 8),
 * the targets baik for a ministry (K/L) and the predicate rule the national app applies. Same
 * method as `pmprb-2023`: years on the two are compared without a method-change marker, with a
 * note that the weights changed.
 */

const TARGET_SOURCE =
  'Target baik kementerian/lembaga (K/L) dari kode publik aplikasi Portal RB nasional (doc/lke_bobot.csv); belum terkonfirmasi teks KepmenPANRB 182/2024';

/** item code → target baik for a ministry (value ≥ target), after the fact sheet. */
const TARGETS: Readonly<Record<string, number>> = {
  'B.H.1': 80,
  'B.H.2': 4.01,
  'B.H.3': 3,
  'B.H.4': 2,
  'B.H.5': 60.01,
  'B.H.6': 81.1,
  'B.H.7': 3,
  'B.H.9': 88,
  'B.H.10': 3,
  'B.H.11': 4,
  'B.H.12': 65,
  'B.H.13': 70.01,
  'B.H.14': 2.6,
  'B.H.15': 70.01,
  'B.S.1': 250,
  'B.S.2': 3.51,
  'B.S.3': 78,
  'C.H.1': 2.6,
  'C.H.2': 90.01,
  'C.H.5': 75,
  'C.S.2': 77.5,
  'C.S.3': 76.61,
};

/** Targets the source gives that cannot be meant as written: left out, with why. */
const UNRESOLVED: Readonly<Record<string, string>> = {
  'C.H.4':
    'Sumber menulis target 5 pada rentang opini 0–3: tidak ada kementerian yang dapat memenuhinya; tidak dihitung sampai sekretariat menetapkan target.',
  'C.S.1':
    'Sumber menulis target 5 pada indeks 0–100 (tampak salah ketik); tidak dihitung sampai sekretariat menetapkan target.',
};

/** Weights that changed in 2024. */
const WEIGHTS_2024: Readonly<Record<string, number>> = { 'C.H.2': 3, 'C.H.3': 7 };

function to2024(node: FrameworkNodeInput): FrameworkNodeInput {
  const weight = WEIGHTS_2024[node.code];
  const target = TARGETS[node.code];
  const unresolved = UNRESOLVED[node.code];
  return {
    ...node,
    ...(weight !== undefined && { weight }),
    ...(target !== undefined && { target }),
    ...(unresolved && { targetUnresolved: unresolved }),
    ...(node.children && { children: node.children.map(to2024) }),
  };
}

// The 2023 version's scale was assumed; this one has a rule of its own.
const { predicateScaleAssumed: _, ...base } = PMPRB_2023_INPUT;

export const pmprb2024 = defineFramework({
  ...base,
  id: 'pmprb-2024',
  name: {
    id: 'RB General dan RB Tematik 2024 (PermenPANRB 9/2023, KepmenPANRB 182/2024)',
    en: 'RB General and RB Tematik 2024 (PermenPANRB 9/2023, KepmenPANRB 182/2024)',
  },
  regulation:
    'Peraturan Menteri PANRB Nomor 9 Tahun 2023 tentang Evaluasi Reformasi Birokrasi; Keputusan Menteri PANRB Nomor 182 Tahun 2024 (pedoman teknis)',
  predicateRule: PREDICATE_RULE_2023,
  targetSource: TARGET_SOURCE,
  assumptions: [
    'Aturan predikat sejak 2023 (AA mulai 100; A- bila 80 < indeks < 100 dan ada butir di bawah target baik) dibaca dari kode publik aplikasi Portal RB nasional, belum terkonfirmasi teks pedoman.',
    'Target baik untuk kementerian/lembaga dari sumber yang sama; target opini BPK dan indeks BerAKHLAK tampak salah ketik di sumber dan tidak dihitung.',
    'Bobot 2024: Capaian Prioritas Nasional 3 (2023: 2) dan Capaian IKU 7 (2023: 8), dari konfigurasi aplikasi Portal RB akhir 2024.',
    ...PMPRB_2023_INPUT.assumptions.filter((a) => !a.startsWith('Skala predikat')),
  ],
  components: PMPRB_2023_INPUT.components.map(to2024),
});
