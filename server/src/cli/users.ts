// Admin CLI for accounts, for the first admin of a production install and for lost passwords.
//   pnpm users create <username> <role> "<display name>" [area]   (password read from stdin)
//   pnpm users reset-password <username>                          (password read from stdin)
//   pnpm users list
import { openDb } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { MIN_PASSWORD_LENGTH } from '@rapor/shared/password-policy';
import { UserCreate } from '@rapor/shared/write-schemas';
import { eq } from 'drizzle-orm';
import { ZodError, z } from 'zod';
import { loadConfig } from '../config';
import { createUser, listUsers, resetPassword } from '../services/admin/users-service';

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY)
    process.stderr.write(`Kata sandi (min. ${MIN_PASSWORD_LENGTH} karakter), lalu Enter: `);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split('\n')[0] ?? '';
}

const [command, ...args] = process.argv.slice(2);
const config = loadConfig();
const { db, close } = openDb(config.databasePath);
try {
  if (command === 'list') {
    for (const u of listUsers(db))
      console.log(
        `${u.username}\t${u.role}\t${u.areas.join(',')}\t${u.active ? 'aktif' : 'nonaktif'}`,
      );
  } else if (command === 'create') {
    const [username, role, displayName, area] = args;
    const input = UserCreate.parse({
      username,
      role,
      displayName,
      area,
      password: await readPassword(),
    });
    const user = await createUser(db, input, null, new Date());
    console.log(`created ${user.username} (${user.role})`);
  } else if (command === 'reset-password') {
    const user = db
      .select()
      .from(t.users)
      .where(eq(t.users.username, args[0] ?? ''))
      .get();
    if (!user) throw new Error(`no user ${args[0]}`);
    const password = await readPassword();
    await resetPassword(db, user.id, password, null, new Date());
    console.log(`password of ${user.username} reset; their sessions ended`);
  } else {
    console.error(
      'usage: pnpm users list | create <username> <role> "<display name>" [area] | reset-password <username>',
    );
    process.exitCode = 2;
  }
} catch (err) {
  console.error(
    err instanceof ZodError ? z.prettifyError(err) : err instanceof Error ? err.message : err,
  );
  process.exitCode = 1;
} finally {
  close();
}
