import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../../api/get-me';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../i18n/i18n';
import { useDemoAccounts } from '../api/health';
import { useLogin } from '../api/login';

export function LoginPage() {
  const { t } = useI18n();
  const me = useMe();
  const login = useLogin();
  const demo = useDemoAccounts();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  // The page has one task: put the cursor in its first field.
  useEffect(() => usernameRef.current?.focus(), []);
  const next = params.get('next')?.startsWith('/') ? (params.get('next') as string) : paths.home;

  if (me.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  };
  const error = missing ? t('login.required') : login.error?.message;

  return (
    <div className="login">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <form className="login-card" onSubmit={submit} noValidate aria-labelledby="login-title">
        <p className="brand">{t('app.name')}</p>
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('app.tagline')}</p>
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            ref={usernameRef}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={missing && !username.trim()}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={missing && !password}
          />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
        {demo && <p className="hint">{t('login.demoHint')}</p>}
      </form>
    </div>
  );
}
