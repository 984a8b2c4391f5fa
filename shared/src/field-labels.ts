import type { LocalizedText } from './areas';

/**
 * What each field a request can carry is called for the person who filled it: an error says
 * "Jawaban mandiri tidak valid", not "isian selfValue tidak valid". Every field of every
 * route's parameters and body has a name here (tests/api/field-labels.test.ts reads the
 * OpenAPI document to hold that).
 */
export const FIELD_LABELS: Record<string, LocalizedText> = {
  action: { id: 'jenis perubahan', en: 'action' },
  actionId: { id: 'aksi', en: 'action' },
  actions: { id: 'aksi', en: 'actions' },
  active: { id: 'status aktif', en: 'active' },
  activities: { id: 'kegiatan utama', en: 'main activities' },
  allowed: { id: 'yang dibolehkan', en: 'allowed' },
  area: { id: 'area', en: 'area' },
  areas: { id: 'area', en: 'areas' },
  baselineRealisation: { id: 'realisasi baseline', en: 'baseline realisation' },
  baselineTarget: { id: 'target baseline', en: 'baseline target' },
  baselineYear: { id: 'tahun baseline', en: 'baseline year' },
  before: { id: 'sebelum catatan', en: 'before entry' },
  budget: { id: 'anggaran', en: 'budget' },
  carryTargets: { id: 'bawa target tahun lalu', en: 'carry last year’s targets' },
  clientId: { id: 'pengenal isian', en: 'entry id' },
  code: { id: 'kode', en: 'code' },
  comment: { id: 'komentar', en: 'comment' },
  coordinatingUnit: { id: 'unit koordinator', en: 'coordinating unit' },
  date: { id: 'tanggal', en: 'date' },
  deadlines: { id: 'tenggat laporan', en: 'report deadlines' },
  description: { id: 'uraian', en: 'description' },
  displayName: { id: 'nama tampilan', en: 'display name' },
  dryRun: { id: 'pratinjau', en: 'preview' },
  dueDate: { id: 'tenggat', en: 'due date' },
  entity: { id: 'jenis data', en: 'entity' },
  entityId: { id: 'pengenal data', en: 'entity id' },
  evaluatorComment: { id: 'catatan evaluator', en: 'evaluator’s note' },
  evaluatorValue: { id: 'nilai evaluator', en: 'evaluator’s value' },
  evidence: { id: 'data dukung', en: 'evidence' },
  exceptions: { id: 'pengecualian', en: 'exceptions' },
  executingUnit: { id: 'unit pelaksana', en: 'executing unit' },
  file: { id: 'berkas', en: 'file' },
  frameworkId: { id: 'kerangka evaluasi', en: 'framework' },
  from: { id: 'tahun awal', en: 'from year' },
  id: { id: 'nomor', en: 'number' },
  indicator: { id: 'butir', en: 'item' },
  indicators: { id: 'butir', en: 'items' },
  issuer: { id: 'penerbit sumber', en: 'source issuer' },
  kind: { id: 'jenis', en: 'kind' },
  label: { id: 'label', en: 'label' },
  lang: { id: 'bahasa', en: 'language' },
  limit: { id: 'jumlah per halaman', en: 'page size' },
  mainActivity: { id: 'kegiatan utama', en: 'main activity' },
  metric: { id: 'ukuran', en: 'measure' },
  name: { id: 'nama', en: 'name' },
  narrative: { id: 'ringkasan', en: 'summary' },
  note: { id: 'catatan', en: 'note' },
  number: { id: 'nomor', en: 'number' },
  offset: { id: 'posisi awal', en: 'offset' },
  output: { id: 'realisasi output', en: 'realised output' },
  outputIndicator: { id: 'indikator output', en: 'output indicator' },
  outputUnit: { id: 'satuan output', en: 'output unit' },
  overdue: { id: 'lewat tenggat', en: 'overdue' },
  owner: { id: 'penanggung jawab', en: 'owner' },
  ownerUnit: { id: 'unit penanggung jawab', en: 'owning unit' },
  password: { id: 'kata sandi', en: 'password' },
  priority: { id: 'prioritas', en: 'priority' },
  quarter: { id: 'triwulan', en: 'quarter' },
  read: { id: 'tenggat yang dibaca', en: 'deadlines as read' },
  reason: { id: 'alasan', en: 'reason' },
  reports: { id: 'laporan', en: 'reports' },
  role: { id: 'peran', en: 'role' },
  rows: { id: 'baris', en: 'rows' },
  scope: { id: 'cakupan', en: 'scope' },
  selfComment: { id: 'catatan mandiri', en: 'self-assessment note' },
  selfValue: { id: 'jawaban mandiri', en: 'self-assessment' },
  snapshot: { id: 'salinan beku', en: 'snapshot' },
  source: { id: 'sumber', en: 'source' },
  status: { id: 'status', en: 'status' },
  target: { id: 'target', en: 'target' },
  targets: { id: 'target output', en: 'output targets' },
  text: { id: 'teks', en: 'text' },
  title: { id: 'judul', en: 'title' },
  to: { id: 'tujuan (sampai)', en: 'to' },
  unit: { id: 'satuan', en: 'unit' },
  url: { id: 'alamat tautan', en: 'link address' },
  user: { id: 'pengguna', en: 'user' },
  username: { id: 'nama pengguna', en: 'username' },
  value: { id: 'nilai', en: 'value' },
  verified: { id: 'status verifikasi', en: 'verified' },
  version: { id: 'versi', en: 'version' },
  workingGroup: { id: 'kelompok kerja', en: 'working group' },
  year: { id: 'tahun', en: 'year' },
};

/**
 * The name of the field a validation path points at: its last named segment (an item of a
 * list is named by the list), or null for a field without one.
 */
export function fieldLabel(path: string): LocalizedText | null {
  const named = path
    .split(/[./]/)
    .filter((segment) => segment !== '' && !/^\d+$/.test(segment))
    .at(-1);
  return named === undefined ? null : (FIELD_LABELS[named] ?? null);
}
