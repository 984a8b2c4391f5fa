/**
 * What a password of a real account must be (issue: an admin could give a user the demo
 * password in production). Checked wherever a password is set: the API, the users CLI.
 */
export const MIN_PASSWORD_LENGTH = 12;

/** The demo accounts' password: never a real account's. */
export const DEMO_PASSWORD = 'rapor-demo';

// A short list of what people pick first; the length rule already stops most of the rest.
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  'password1234',
  'passwordpassword',
  'qwertyuiop12',
  'qwertyuiopas',
  'katasandi123',
  'katasandi1234',
  'kata-sandi-123',
  'administrator',
  'admin1234567',
  'kemensos2024',
  'kemensos2025',
  'kemensos2026',
  'reformasibirokrasi',
  'iloveyou1234',
  'selamatdatang',
]);

/** Why this password may not be set for `username`, in plain words; null when it may. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter`;
  const lower = password.toLowerCase();
  if (lower === DEMO_PASSWORD) return 'kata sandi demo tidak boleh dipakai';
  if (username && lower.includes(username.toLowerCase()))
    return 'kata sandi tidak boleh memuat nama pengguna';
  if (COMMON.has(lower) || new Set(lower).size <= 2)
    return 'kata sandi ini terlalu umum; pilih yang lain';
  return null;
}
