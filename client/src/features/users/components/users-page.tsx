import { AREA_CODES, type AreaCode, areaName } from '@rapor/shared/areas';
import { MIN_PASSWORD_LENGTH } from '@rapor/shared/password-policy';
import { isAreaBound, ROLES, type Role } from '@rapor/shared/permissions';
import type { UserDto } from '@rapor/shared/write-schemas';
import { useId, useState } from 'react';
import type { z } from 'zod';
import { useMe } from '../../../api/get-me';
import { useUserActions, useUsers } from '../../../api/users';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { EmptyState, QueryState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';

type User = z.infer<typeof UserDto>;

function CreateUserForm() {
  const { t, pick } = useI18n();
  const { create } = useUserActions();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('chair');
  const [area, setArea] = useState<AreaCode>('MP');
  const [password, setPassword] = useState('');
  const [email, setEmail] = useState('');
  const ids = {
    username: useId(),
    name: useId(),
    role: useId(),
    area: useId(),
    password: useId(),
    email: useId(),
  };
  return (
    <form
      className="fw-form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          {
            username: username.trim(),
            displayName: displayName.trim(),
            role,
            password,
            ...(isAreaBound(role) && { area }),
            ...(email.trim() && { email: email.trim() }),
          },
          {
            onSuccess: () => {
              setUsername('');
              setDisplayName('');
              setPassword('');
              setEmail('');
            },
          },
        );
      }}
    >
      <label htmlFor={ids.username}>{t('users.username')}</label>
      <input
        id={ids.username}
        value={username}
        required
        autoComplete="off"
        pattern="[a-z0-9][a-z0-9._\-]{2,63}"
        onChange={(e) => setUsername(e.target.value)}
      />
      <label htmlFor={ids.name}>{t('users.displayName')}</label>
      <input
        id={ids.name}
        value={displayName}
        required
        minLength={2}
        onChange={(e) => setDisplayName(e.target.value)}
      />
      <label htmlFor={ids.role}>{t('users.role')}</label>
      <select id={ids.role} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
      {isAreaBound(role) && (
        <>
          <label htmlFor={ids.area}>{t('users.area')}</label>
          <select id={ids.area} value={area} onChange={(e) => setArea(e.target.value as AreaCode)}>
            {AREA_CODES.map((a) => (
              <option key={a} value={a}>
                {a} — {pick(areaName(a))}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={ids.email}>{t('users.email')}</label>
      <input
        id={ids.email}
        type="email"
        autoComplete="off"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <label htmlFor={ids.password}>{t('users.password')}</label>
      <input
        id={ids.password}
        type="password"
        autoComplete="new-password"
        value={password}
        minLength={MIN_PASSWORD_LENGTH}
        required
        onChange={(e) => setPassword(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('users.create')}
        </button>
      </div>
      <FormFeedback error={create.error} />
      <FormFeedback
        success={create.isSuccess ? t('users.created', { username: create.data.username }) : null}
      />
    </form>
  );
}

function UserRow({ user, self }: { user: User; self: boolean }) {
  const { t } = useI18n();
  const { update, resetPassword, endSessions } = useUserActions();
  const [password, setPassword] = useState<string | null>(null);
  const [confirmOff, setConfirmOff] = useState(false);
  const ids = { area: useId(), password: useId(), email: useId() };
  const [email, setEmail] = useState<string | null>(null);
  const saveEmail = () => {
    if (email === null || email.trim() === (user.email ?? '')) return;
    update.mutate(
      { id: user.id, body: { email: email.trim() === '' ? null : email.trim() } },
      { onSuccess: () => setEmail(null) },
    );
  };
  return (
    <tr className={user.active ? undefined : 'inactive'}>
      <th scope="row">
        <span className="code">{user.username}</span>
        <div>{user.displayName}</div>
        <label htmlFor={ids.email} className="sr-only">
          {t('users.emailOf', { username: user.username })}
        </label>
        <input
          id={ids.email}
          type="email"
          className="user-email"
          placeholder={t('users.emailPlaceholder')}
          value={email ?? user.email ?? ''}
          onChange={(e) => setEmail(e.target.value)}
          onBlur={saveEmail}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveEmail();
          }}
        />
      </th>
      <td>{t(`role.${user.role}`)}</td>
      <td>
        {isAreaBound(user.role) ? (
          <>
            <label htmlFor={ids.area} className="sr-only">
              {t('users.areaOf', { username: user.username })}
            </label>
            <select
              id={ids.area}
              value={user.areas[0] ?? ''}
              onChange={(e) =>
                update.mutate({ id: user.id, body: { area: e.target.value as AreaCode } })
              }
            >
              {!user.areas[0] && <option value="">—</option>}
              {AREA_CODES.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        {user.active ? t('users.active') : t('users.inactive')}
        <div className="muted" data-testid={`sessions-${user.username}`}>
          {t('users.sessions', { n: user.sessions })}
        </div>
        {!self && user.sessions > 0 && (
          <button
            type="button"
            className="link"
            disabled={endSessions.isPending}
            onClick={() => endSessions.mutate(user.id)}
            aria-label={t('users.endSessionsOf', { username: user.username })}
          >
            {t('users.endSessions')}
          </button>
        )}
      </td>
      <td>
        <div className="row-actions">
          {password === null ? (
            <button type="button" onClick={() => setPassword('')}>
              {t('users.reset')}
            </button>
          ) : (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                resetPassword.mutate(
                  { id: user.id, password },
                  { onSuccess: () => setPassword(null) },
                );
              }}
            >
              <label htmlFor={ids.password} className="sr-only">
                {t('users.newPassword', { username: user.username })}
              </label>
              <input
                id={ids.password}
                type="password"
                autoComplete="new-password"
                minLength={MIN_PASSWORD_LENGTH}
                required
                placeholder={t('users.newPasswordPlaceholder')}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <button type="submit" disabled={resetPassword.isPending}>
                {t('users.save')}
              </button>
              <button type="button" onClick={() => setPassword(null)}>
                {t('confirm.cancel')}
              </button>
            </form>
          )}
          {!self &&
            (user.active ? (
              <button type="button" className="danger" onClick={() => setConfirmOff(true)}>
                {t('users.deactivate')}
              </button>
            ) : (
              <button
                type="button"
                onClick={() => update.mutate({ id: user.id, body: { active: true } })}
              >
                {t('users.activate')}
              </button>
            ))}
        </div>
        {(update.isError || resetPassword.isError || endSessions.isError) && (
          <p className="form-error" role="alert">
            {(update.error ?? resetPassword.error ?? endSessions.error)?.message}
          </p>
        )}
        {resetPassword.isSuccess && password === null && (
          <p className="state ok" role="status">
            {t('users.passwordSet')}
          </p>
        )}
        <ConfirmDialog
          open={confirmOff}
          title={t('users.deactivateTitle', { name: user.displayName })}
          confirmLabel={t('users.deactivate')}
          busy={update.isPending}
          onCancel={() => setConfirmOff(false)}
          onConfirm={() =>
            update.mutate(
              { id: user.id, body: { active: false } },
              { onSettled: () => setConfirmOff(false) },
            )
          }
        >
          <p>{t('users.deactivateBody')}</p>
        </ConfirmDialog>
      </td>
    </tr>
  );
}

/** The secretariat's accounts: create, assign a chair's area, reset a password, deactivate. */
export function UsersPage() {
  const { t } = useI18n();
  const me = useMe().data;
  const users = useUsers();
  return (
    <div className="page">
      <h1>{t('users.title')}</h1>
      <p className="lead">{t('users.lead')}</p>
      <section className="card" aria-labelledby="users-list">
        <h2 id="users-list">{t('users.list')}</h2>
        {!users.data ? (
          <QueryState query={users} />
        ) : users.data.users.length === 0 ? (
          <EmptyState />
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('users.displayName')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.area')}</th>
                  <th scope="col">{t('periods.state')}</th>
                  <th scope="col">{t('fig.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.users.map((u) => (
                  <UserRow key={u.id} user={u} self={u.id === me?.id} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="users-new">
        <h2 id="users-new">{t('users.new')}</h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
