import { openDb } from '@rapor/db/open';

const h = openDb('/tmp/tables-tmp.db');
console.log(
  h.sqlite
    .prepare("select name from sqlite_master where type='table' order by name")
    .all()
    .map((r: any) => r.name)
    .join(' '),
);
h.close();
