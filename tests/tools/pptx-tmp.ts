import { writeFileSync } from 'node:fs';
import { login, makeTestApp } from '../helpers/test-app';

const t = await makeTestApp({ demo: true });
const admin = await login(t.app, 'admin');
await t.app.inject({
  method: 'POST',
  url: '/api/v1/periods/2024/snapshots',
  headers: { cookie: admin },
  payload: {},
});
const res = await t.app.inject({
  url: '/api/v1/periods/2024/export.pptx?snapshot=1',
  headers: { cookie: admin },
});
writeFileSync('/tmp/shots/deck.pptx', res.rawPayload);
const x = await t.app.inject({
  url: '/api/v1/periods/2024/export.xlsx',
  headers: { cookie: admin },
});
writeFileSync('/tmp/shots/year.xlsx', x.rawPayload);
await t.close();
