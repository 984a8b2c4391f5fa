import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useErrorText } from '../../../hooks/use-error-text';
import { useI18n } from '../../../i18n/i18n';
import { useLogin } from '../api/login';

/**
 * The session ended while a page that must not be left was open (the forum's deck): sign in
 * again over it. Nothing under the dialog is lost; what waits to be sent goes once signed in.
 */
export function SignInDialog({ username: lastUsername }: { username: string }) {
  const { t } = useI18n();
  const errorOf = useErrorText();
  const login = useLogin();
  const [username, setUsername] = useState(lastUsername);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
    passwordRef.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) return setMissing(true);
    setMissing(false);
    login.mutate({ username: username.trim(), password });
  };
  const error = missing ? t('login.required') : login.error ? errorOf(login.error) : null;

  return (
    <dialog
      ref={ref}
      className="confirm sign-in-dialog"
      aria-labelledby="sign-in-title"
      // Esc would leave the dialog closed and the session still gone: it stays until signed in
      onCancel={(e) => e.preventDefault()}
    >
      <form className="sign-in-form" onSubmit={submit} noValidate>
        <h2 id="sign-in-title">{t('session.expiredTitle')}</h2>
        <p>{t('session.expiredHelp')}</p>
        <label className="stacked-field">
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            className="wide-field"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="stacked-field">
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            className="wide-field"
            ref={passwordRef}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('session.signInAgain')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
