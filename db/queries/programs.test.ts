import { beforeEach, describe, expect, it } from 'vitest';
import { createLead } from '../../lib/leads/create-lead';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { db, rawSql } from '../client';
import { getDepartmentProgram, listDepartmentPrograms } from './programs';

beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments, rate_limits cascade`;
});

describe('department programs', () => {
  it('lists open then closed programs of the department only, with lead counts', async () => {
    const dep = await makeDepartment();
    const other = await makeDepartment();
    const b = await makeProgram(dep.id, { titleEs: 'B abierto' });
    const a = await makeProgram(dep.id, { titleEs: 'A abierto' });
    const closed = await makeProgram(dep.id, { titleEs: 'A cerrado' });
    const theirs = await makeProgram(other.id);
    expect((await createLead(db, leadInput([a.id, b.id, theirs.id]))).ok).toBe(true);
    expect((await createLead(db, leadInput([a.id]))).ok).toBe(true);
    await rawSql()`update programs set status = 'closed' where id = ${closed.id}`;

    const list = await listDepartmentPrograms(db, dep.id);
    expect(list.map((p) => [p.titleEs, p.status, p.leadCount])).toEqual([
      ['A abierto', 'open', 2],
      ['B abierto', 'open', 1],
      ['A cerrado', 'closed', 0],
    ]);
  });

  it("finds a program of the department, and not another department's", async () => {
    const dep = await makeDepartment();
    const other = await makeDepartment();
    const mine = await makeProgram(dep.id);
    const theirs = await makeProgram(other.id);
    expect(await getDepartmentProgram(db, dep.id, mine.id.toUpperCase())).toMatchObject({ id: mine.id, leadCount: 0 });
    expect(await getDepartmentProgram(db, dep.id, theirs.id)).toBeNull();
    expect(await getDepartmentProgram(db, dep.id, 'nope')).toBeNull();
  });
});
