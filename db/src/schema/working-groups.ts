import { AREA_CODES } from '@rapor/shared/areas';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** The working group (pokja) of one area; its chair edits that area's results. */
export const workingGroups = sqliteTable('working_groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  areaCode: text('area_code', { enum: AREA_CODES }).notNull().unique(),
  name: text('name').notNull(),
  chairUserId: integer('chair_user_id').references(() => users.id, { onDelete: 'set null' }),
});

export const workingGroupMembers = sqliteTable('working_group_members', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  workingGroupId: integer('working_group_id')
    .notNull()
    .references(() => workingGroups.id, { onDelete: 'cascade' }),
  userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  role: text('role').notNull(),
});
