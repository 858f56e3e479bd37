import { timestamp } from 'drizzle-orm/pg-core';

// Times are instants (timestamptz) at millisecond precision, the same as a JS Date, so a value
// read back compares equal to the one written: keyset cursors built from a row's timestamp
// neither skip nor repeat rows.
const options = { withTimezone: true, mode: 'date', precision: 3 } as const;

export const createdAt = () => timestamp('created_at', options).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', options).notNull().defaultNow();
export const instant = (name: string) => timestamp(name, options);
