import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { queryRows } from '../raw-sql';

/**
 * Every table, parents before children, with its primary key (for keyset reading) and any
 * column that points "forwards" and must be filled in after all rows exist.
 */
export const BACKUP_TABLES: readonly { name: string; key: string; deferred?: string[] }[] = [
  { name: 'settings', key: 'id' },
  { name: 'users', key: 'id' },
  { name: 'sessions', key: 'id' },
  { name: 'calendar_feeds', key: 'user_id' },
  { name: 'local_authorities', key: 'id' },
  { name: 'partner_sites', key: 'id' },
  { name: 'case_reference_counters', key: 'year' },
  { name: 'cases', key: 'id' },
  { name: 'case_people', key: 'id' },
  { name: 'case_contacts', key: 'id' },
  { name: 'case_meetings', key: 'case_id' },
  { name: 'case_events', key: 'id' },
  { name: 'case_notes', key: 'id' },
  { name: 'case_documents', key: 'id' },
  { name: 'certificates', key: 'id' },
  { name: 'guidance_documents', key: 'id', deferred: ['published_version_id'] },
  { name: 'guidance_versions', key: 'id' },
  { name: 'guidance_sections', key: 'id' },
  { name: 'guidance_revision', key: 'id' },
  { name: 'guidance_files', key: 'id' },
  { name: 'conversations', key: 'id' },
  { name: 'messages', key: 'id' },
  { name: 'message_feedback', key: 'id' },
  { name: 'guidance_examples', key: 'id' },
  { name: 'vocabulary_terms', key: 'id' },
  { name: 'text_overrides', key: 'id' },
  { name: 'callback_requests', key: 'id' },
  { name: 'rate_limits', key: 'key' },
  { name: 'scheduled_jobs', key: 'name' },
  { name: 'notification_opt_outs', key: 'id' },
  { name: 'notification_outbox', key: 'id' },
  { name: 'audit_log', key: 'id' },
];

const FORMAT = 'sen-db-backup';
const CHUNK = 2_000;

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  /** The last applied migration, so a backup is only restored into the same schema. */
  schema: string;
}

async function schemaVersion(db: Db): Promise<string> {
  const [row] = await queryRows<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  return row?.hash ?? 'none';
}

/**
 * A logical backup: one NDJSON file, a header line then `{"t": table, "r": row}` lines in
 * foreign-key order. The same file restores into either engine. Reads each table in key order
 * in chunks inside one read-only snapshot, so memory stays flat and the copy is consistent.
 */
export async function backupDatabase(
  db: Db,
  file: string,
  options: { now: Date },
): Promise<Record<string, number>> {
  const out = createWriteStream(file, { encoding: 'utf8', mode: 0o600 });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    // One read-only snapshot, so a row never refers to one the backup missed (PostgreSQL keeps
    // serving writers meanwhile; PGlite, single-connection, makes them wait).
    await db.transaction(
      async (tx) => {
        const header: Header = {
          format: FORMAT,
          version: 1,
          createdAt: options.now.toISOString(),
          schema: await schemaVersion(tx),
        };
        await write(JSON.stringify(header));
        for (const table of BACKUP_TABLES) {
          counts[table.name] = 0;
          let after: string | null = null;
          for (;;) {
            const rows: { k: string; j: string }[] = await queryRows(
              tx,
              sql`select ${sql.identifier(table.key)}::text as k, row_to_json(t)::text as j
                  from ${sql.identifier(table.name)} t
                  ${after === null ? sql`` : sql`where ${sql.identifier(table.key)} > ${after}`}
                  order by ${sql.identifier(table.key)} limit ${CHUNK}`,
            );
            for (const row of rows) await write(`{"t":${JSON.stringify(table.name)},"r":${row.j}}`);
            counts[table.name]! += rows.length;
            if (rows.length < CHUNK) break;
            after = rows.at(-1)!.k;
          }
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  } finally {
    out.end();
    await once(out, 'close');
  }
  return counts;
}

/**
 * Restores a backup into an empty, migrated database of the same schema version (either engine),
 * in one transaction: all or nothing.
 */
export async function restoreDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: Header;
  try {
    header = JSON.parse(first.value ?? '') as Header;
  } catch {
    throw new DbInputError('invalid', 'This file is not a backup made by this software');
  }
  if (header.format !== FORMAT || header.version !== 1) {
    throw new DbInputError('invalid', 'This file is not a backup made by this software');
  }
  const current = await schemaVersion(db);
  if (header.schema !== current) {
    throw new DbInputError(
      'conflict',
      'The backup was made with a different database version; restore it with the same release.',
    );
  }
  const known = new Map(BACKUP_TABLES.map((t) => [t.name, t]));
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const table of BACKUP_TABLES) {
      // The migrations create the guidance revision row; the backup brings its own.
      if (table.name === 'guidance_revision') {
        await tx.execute(sql`delete from guidance_revision`);
        continue;
      }
      const [row] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from ${sql.identifier(table.name)}`,
      );
      if (Number(row?.n) > 0) {
        throw new DbInputError(
          'conflict',
          `Restore needs an empty database; ${table.name} has rows`,
        );
      }
    }
    const deferred: {
      table: string;
      key: string;
      column: string;
      rows: Record<string, unknown>[];
    }[] = [];
    let batch: Record<string, unknown>[] = [];
    let batchTable = '';
    const flush = async () => {
      if (batch.length === 0) return;
      const spec = known.get(batchTable)!;
      for (const column of spec.deferred ?? []) {
        const later = batch
          .filter((r) => r[column] !== null)
          .map((r) => ({ [spec.key]: r[spec.key], [column]: r[column] }));
        if (later.length) deferred.push({ table: batchTable, key: spec.key, column, rows: later });
        batch = batch.map((r) => ({ ...r, [column]: null }));
      }
      await tx.execute(
        sql`insert into ${sql.identifier(batchTable)}
            select * from json_populate_recordset(null::${sql.identifier(batchTable)}, ${JSON.stringify(batch)}::json)`,
      );
      counts[batchTable] = (counts[batchTable] ?? 0) + batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value.trim()) continue;
      const { t, r } = JSON.parse(next.value) as { t: string; r: Record<string, unknown> };
      if (!known.has(t))
        throw new DbInputError('invalid', `The backup has an unknown table "${t}"`);
      if (t !== batchTable || batch.length >= 500) {
        await flush();
        batchTable = t;
      }
      batch.push(r);
    }
    await flush();
    for (const d of deferred) {
      for (const r of d.rows) {
        await tx.execute(
          sql`update ${sql.identifier(d.table)} set ${sql.identifier(d.column)} = ${r[d.column]}
              where ${sql.identifier(d.key)} = ${r[d.key]}`,
        );
      }
    }
    // bigserial counters continue after the restored rows.
    for (const [table, column] of [
      ['audit_log', 'id'],
      ['case_events', 'seq'],
      ['messages', 'seq'],
    ] as const) {
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${table}, ${column}),
                          coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}), 0) + 1, false)`,
      );
    }
  });
  return counts;
}

/** Row counts of every table (for checks after a restore). */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table.name)}`,
    );
    counts[table.name] = Number(row?.n ?? 0);
  }
  return counts;
}
