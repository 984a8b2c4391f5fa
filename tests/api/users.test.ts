import { createUser } from '@rapor/db/test-factories';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { login, makeTestApp, type TestApp } from '../helpers/test-app';

// Accounts on a new installation: the first admin from the CLI, then the admin's screens.

describe('users on an empty database', () => {
  let t: TestApp;
  let admin: string;
  beforeEach(async () => {
    t = await makeTestApp();
    await createUser(t.db, {
      username: 'sekretariat',
      role: 'admin',
      password: 'kata-sandi-uji-1',
    });
    admin = await login(t.app, 'sekretariat', 'kata-sandi-uji-1');
  });
  afterEach(() => t.close());

  const post = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: admin }, payload });
  const put = (id: number, payload: object, cookie = admin) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/users/${id}`, headers: { cookie }, payload });

  it('creates a chair for an area even before any working group exists', async () => {
    const res = await post({
      username: 'ani',
      displayName: 'Ani Lestari',
      role: 'chair',
      area: 'SDM',
      password: 'kata-sandi-pokja-1',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'ani',
      role: 'chair',
      areas: ['SDM'],
      active: true,
    });
    const me = await login(t.app, 'ani', 'kata-sandi-pokja-1');
    const who = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: me } });
    expect(who.json().areas).toEqual(['SDM']);
  });

  it('moves a chair to another area, and deactivating ends their sessions at once', async () => {
    const ani = (
      await post({
        username: 'ani',
        displayName: 'Ani',
        role: 'chair',
        area: 'SDM',
        password: 'kata-sandi-pokja-1',
      })
    ).json();
    const moved = await put(ani.id, { area: 'YAN' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().areas).toEqual(['YAN']);
    const session = await login(t.app, 'ani', 'kata-sandi-pokja-1');
    const off = await put(ani.id, { active: false });
    expect(off.json().active).toBe(false);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: session } })).statusCode,
    ).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ani', password: 'kata-sandi-pokja-1' },
    });
    expect(again.statusCode).toBe(401);
  });

  it.each([
    ['kata-sandi-ani-1', 'memuat nama pengguna'],
    ['rapor-demo', 'minimal 12 karakter'],
    ['Password1234', 'terlalu umum'],
  ])('refuses the password %s for ani (%s), on create and on reset', async (password, why) => {
    const created = await post({ username: 'ani', displayName: 'Ani', role: 'viewer', password });
    expect(created.statusCode).toBe(400);
    expect(created.json().error).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(created.json().error.message).toContain(why);
    const ok = await post({
      username: 'ani',
      displayName: 'Ani',
      role: 'viewer',
      password: 'kata-sandi-pokja-1',
    });
    const reset = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${ok.json().id}/password`,
      headers: { cookie: admin },
      payload: { password },
    });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().error.message).toContain(why);
    await login(t.app, 'ani', 'kata-sandi-pokja-1');
  });

  it('shows how many sessions a user has open; the admin ends them all, and that is audited', async () => {
    await post({
      username: 'ani',
      displayName: 'Ani',
      role: 'viewer',
      password: 'kata-sandi-pokja-1',
    });
    const sessions = [
      await login(t.app, 'ani', 'kata-sandi-pokja-1'),
      await login(t.app, 'ani', 'kata-sandi-pokja-1'),
    ];
    const list = async () =>
      (await t.app.inject({ url: '/api/v1/users', headers: { cookie: admin } })).json().users as {
        id: number;
        username: string;
        sessions: number;
      }[];
    const ani = (await list()).find((u) => u.username === 'ani');
    expect(ani?.sessions).toBe(2);
    const end = (cookie: string) =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/v1/users/${ani?.id}/sessions`,
        headers: { cookie },
      });
    expect((await end(sessions[0] as string)).statusCode).toBe(403);
    expect((await end(admin)).statusCode).toBe(204);
    for (const cookie of sessions) {
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(
        401,
      );
    }
    expect((await list()).find((u) => u.username === 'ani')?.sessions).toBe(0);
    const audit = await t.app.inject({
      url: '/api/v1/audit?action=end-sessions',
      headers: { cookie: admin },
    });
    expect(audit.json().entries[0]).toMatchObject({ entity: 'user', entityId: String(ani?.id) });
  });

  it('refuses to deactivate oneself, an area for a non-chair, and anyone but the admin', async () => {
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: admin } })).json();
    expect((await put(me.id, { active: false })).statusCode).toBe(409);
    const viewer = (
      await post({
        username: 'baca',
        displayName: 'Pembaca',
        role: 'viewer',
        password: 'kata-sandi-lihat-1',
      })
    ).json();
    expect((await put(viewer.id, { area: 'MP' })).statusCode).toBe(400);
    const cookie = await login(t.app, 'baca', 'kata-sandi-lihat-1');
    expect((await put(viewer.id, { displayName: 'Pembaca baru' }, cookie)).statusCode).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `/api/v1/users/${viewer.id}`,
          payload: { active: false },
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe('authorisation comes before validation', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
    await createUser(t.db, { username: 'baca', role: 'viewer', password: 'kata-sandi-lihat-1' });
  });
  afterEach(() => t.close());

  it('answers 401 to a signed-out caller and 403 to a wrong role, whatever the body', async () => {
    const bad = { username: '!', role: 'nobody' };
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/users', payload: bad });
    expect(anonymous.statusCode).toBe(401);
    const cookie = await login(t.app, 'baca', 'kata-sandi-lihat-1');
    const viewer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie },
      payload: bad,
    });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json().error.message).not.toMatch(/username|role/);
  });
});
