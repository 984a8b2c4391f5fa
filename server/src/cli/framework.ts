// Framework versions from the command line, for a ministry that loads its own worksheet:
//   pnpm framework import <file.json|file.xlsx> [--id <new-id>] [--dry-run]
//   pnpm framework export <id> <file.xlsx>
//   pnpm framework list
import { readFileSync, writeFileSync } from 'node:fs';
import { openDb } from '@rapor/db/open';
import { z } from 'zod';
import { loadConfig } from '../config';
import { AppError } from '../errors';
import { importFramework } from '../services/admin/framework-import';
import { frameworkToXlsx } from '../services/admin/framework-xlsx';
import { frameworkDefinition, listFrameworks } from '../services/admin/frameworks-service';
import { describeFileError } from '../services/forum/xlsx-cells';

// Messages reach people: Bahasa Indonesia first, as in the app.
z.config(z.locales.id());

const [command, ...args] = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const config = loadConfig();
const { db, close } = openDb(config.databasePath);
try {
  if (command === 'list') {
    for (const f of listFrameworks(db))
      console.log(`${f.id}\t${f.method}\t${f.usedBy.join(',') || '-'}\t${f.name.id}`);
  } else if (command === 'import' && args[0]) {
    const file = args[0];
    const data = readFileSync(file);
    const upload = file.endsWith('.xlsx')
      ? ({ kind: 'xlsx', body: data } as const)
      : ({ kind: 'json', body: JSON.parse(data.toString('utf8')) } as const);
    const dryRun = args.includes('--dry-run');
    const id = flag('--id');
    const f = await importFramework(db, upload, {
      dryRun,
      ...(id && { id }),
      userId: null,
      now: new Date(),
    });
    console.log(`${dryRun ? 'valid (not stored)' : 'imported'}: ${f.id} — ${f.name.id}`);
  } else if (command === 'export' && args[0] && args[1]) {
    writeFileSync(args[1], await frameworkToXlsx(frameworkDefinition(db, args[0])));
    console.log(`wrote ${args[1]}`);
  } else {
    console.error(
      'usage: pnpm framework import <file.json|file.xlsx> [--id <new-id>] [--dry-run]\n' +
        '       pnpm framework export <id> <file.xlsx>\n' +
        '       pnpm framework list',
    );
    process.exitCode = 2;
  }
} catch (error) {
  if (error instanceof AppError) {
    console.error(error.message);
    const details = error.details as
      | { errors?: Parameters<typeof describeFileError>[0][] }
      | undefined;
    for (const e of details?.errors ?? []) console.error(`- ${describeFileError(e)}`);
  } else console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  close();
}
