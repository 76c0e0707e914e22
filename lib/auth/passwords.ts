/** Password hashing (bcrypt, cost 12) and the rules a new password must meet. */
import 'server-only';
import bcrypt from 'bcryptjs';

export const PASSWORD_MIN_LENGTH = 12;
const COST = 12;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

/** Compares in constant time; a missing hash still costs a comparison so timing says nothing. */
export async function verifyPassword(plain: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(plain, hash ?? '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5pR3kW5dGYlIfyZQ7bZxOQ/7y7JpD6y');
  return Boolean(hash) && ok;
}
