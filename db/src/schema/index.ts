// The drizzle schema object: drizzle-kit and the typed query builder need every table at once.
export * from './achievements';
export * from './action-plans';
export * from './appeals';
export * from './audit';
export * from './data-version';
export * from './evidence';
export * from './forum';
export * from './frameworks';
export * from './outcomes';
export * from './periods';
export * from './recommendations';
export * from './report';
export * from './results';
export * from './users';
export * from './working-groups';
