import { randomBytes } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError, isUniqueViolation } from '../errors';
import { STAFF_ROLES, users, type StaffRole } from '../schema/index';
import { audit, type Actor } from './audit';

export type UserRecord = typeof users.$inferSelect;
/** A user without secrets: what the API may hand to the console. */
export type StaffUser = Omit<UserRecord, 'passwordHash' | 'totpSecret'>;

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  totpEnabled: users.totpEnabled,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

function checkRole(role: string): asserts role is StaffRole {
  if (!(STAFF_ROLES as readonly string[]).includes(role)) {
    throw new DbInputError('invalid', `Unknown role "${role}"`);
  }
}

const normaliseEmail = (email: string) => email.trim();

export interface CreateUserInput {
  email: string;
  name: string;
  role: StaffRole;
  /** Already hashed by the caller (argon2id in the API). */
  passwordHash: string;
  mustChangePassword?: boolean;
}

export async function createUser(db: Db, input: CreateUserInput, actor: Actor): Promise<StaffUser> {
  checkRole(input.role);
  try {
    const [row] = await db
      .insert(users)
      .values({
        email: normaliseEmail(input.email),
        name: input.name.trim(),
        role: input.role,
        passwordHash: input.passwordHash,
        mustChangePassword: input.mustChangePassword ?? true,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .returning(publicColumns);
    await audit(db, actor, 'user.create', 'user', row!.id, { role: input.role });
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DbInputError('conflict', 'A user with that email address already exists');
    }
    throw error;
  }
}

export async function getUser(db: Db, id: string): Promise<StaffUser | undefined> {
  const [row] = await db.select(publicColumns).from(users).where(eq(users.id, id));
  return row;
}

/** The full row, hash and TOTP secret included: for the login and password-change flows only. */
export async function getUserForLogin(db: Db, email: string): Promise<UserRecord | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${normaliseEmail(email)})`);
  return row;
}

export async function getUserSecrets(db: Db, id: string): Promise<UserRecord | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function listUsers(db: Db): Promise<StaffUser[]> {
  return db.select(publicColumns).from(users).orderBy(asc(users.name), asc(users.email));
}

export interface UpdateUserInput {
  name?: string;
  email?: string;
  role?: StaffRole;
  disabled?: boolean;
}

export async function updateUser(
  db: Db,
  id: string,
  patch: UpdateUserInput,
  actor: Actor,
): Promise<StaffUser> {
  if (patch.role !== undefined) checkRole(patch.role);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!before) throw new DbInputError('not_found', 'No such user');
    if (
      before.role === 'admin' &&
      !before.disabled &&
      ((patch.role && patch.role !== 'admin') || patch.disabled === true)
    ) {
      const [{ n } = { n: 0 }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(sql`${users.role} = 'admin' and not ${users.disabled}`);
      if (n <= 1) throw new DbInputError('conflict', 'The last active admin cannot be removed');
    }
    const [row] = await tx
      .update(users)
      .set({
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.email !== undefined ? { email: normaliseEmail(patch.email) } : {}),
        ...(patch.role !== undefined ? { role: patch.role } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
        updatedAt: actor.now,
      })
      .where(eq(users.id, id))
      .returning(publicColumns);
    await audit(tx, actor, 'user.update', 'user', id, {
      fields: Object.keys(patch).sort().join(','),
      ...(patch.role ? { role: patch.role } : {}),
      ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
    });
    return row!;
  });
}

export async function setUserPassword(
  db: Db,
  id: string,
  input: { passwordHash: string; mustChangePassword: boolean },
  actor: Actor,
): Promise<void> {
  const updated = await db
    .update(users)
    .set({
      passwordHash: input.passwordHash,
      mustChangePassword: input.mustChangePassword,
      updatedAt: actor.now,
    })
    .where(eq(users.id, id))
    .returning({ id: users.id });
  if (updated.length === 0) throw new DbInputError('not_found', 'No such user');
  await audit(
    db,
    actor,
    input.mustChangePassword ? 'user.password_reset' : 'user.password_change',
    'user',
    id,
  );
}

/** Stores (or clears, with `secret: null`) the TOTP secret; `enabled` once the user proved it. */
export async function setUserTotp(
  db: Db,
  id: string,
  input: { secret: string | null; enabled: boolean },
  actor: Actor,
): Promise<void> {
  await db
    .update(users)
    .set({ totpSecret: input.secret, totpEnabled: input.enabled, updatedAt: actor.now })
    .where(eq(users.id, id));
  await audit(db, actor, input.enabled ? 'user.totp_enable' : 'user.totp_disable', 'user', id);
}

export async function recordLogin(db: Db, id: string, now: Date): Promise<void> {
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, id));
  await audit(db, { now, actorId: id }, 'auth.login', 'user', id);
}

export interface EnsureAdminInput {
  email: string;
  /** Without a password a one-time password is generated and returned once. */
  password?: string;
  /** The API's argon2id hasher; this package never hashes on its own. */
  hashPassword: (password: string) => Promise<string>;
  name?: string;
  now: Date;
}

export interface EnsureAdminResult {
  created: boolean;
  email: string;
  /** Only when this call generated the password: show it once, never log it. */
  oneTimePassword?: string;
}

/**
 * Creates the first admin if no user has this email. The new admin must change the password at
 * first login, whether it was given or generated. An existing user is left untouched.
 */
export async function ensureAdmin(db: Db, input: EnsureAdminInput): Promise<EnsureAdminResult> {
  const email = normaliseEmail(input.email);
  const existing = await getUserForLogin(db, email);
  if (existing) return { created: false, email: existing.email };
  const oneTimePassword = input.password ? undefined : randomBytes(15).toString('base64url');
  const passwordHash = await input.hashPassword(input.password ?? oneTimePassword!);
  try {
    await createUser(
      db,
      {
        email,
        name: input.name ?? 'Administrator',
        role: 'admin',
        passwordHash,
        mustChangePassword: true,
      },
      { now: input.now, actorKind: 'system' },
    );
  } catch (error) {
    // Two instances starting at once: the other one created it.
    if (error instanceof DbInputError && error.code === 'conflict')
      return { created: false, email };
    throw error;
  }
  return { created: true, email, ...(oneTimePassword ? { oneTimePassword } : {}) };
}
