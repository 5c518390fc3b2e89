// The import's insert of new persons, in bulk. Same rules as persons.create: the input has passed the shared
// person schema on the working date (VR-01..VR-12; the commit re-runs it when the date changed since the
// check), the ID must still be free (VR-03, deleted persons included), the village must exist and be current,
// and the cross-field rules (E25 vs sex, VR-12) hold; the row is written by the persons module's own
// insertPerson, with the values persons.create derives (township from the village, 城乡属性 from the
// village's code, E25 default by sex). Left out is only the per-row overhead of the form path (reading the
// saved record back for the screen, one region query per row). tests/core/import-persons-parity.test.ts
// compares a person imported this way with the same person saved through persons.create, column by column.
import type Database from 'better-sqlite3';
import type { PersonInputParsed, personInputSchema } from '../../../../shared/contract/person-input';
import { badInput } from '../../../../shared/contract/result';
import { fieldErrors } from '../../../../shared/contract/zod-errors';
import { newId } from '../../ids';
import { assertIdFree, personWrite } from '../persons/person-write';
import { insertPerson } from '../persons/queries';
import { listRegions } from '../regions/queries';
import { femaleRetirementDefaultOn } from '../persons/config';
import { localDate } from '../../clock';

type Schema = ReturnType<typeof personInputSchema>;

interface Village {
  townshipId: string;
  urbanRuralCode: string | null;
  retired: boolean;
}

/** What every inserted row needs, read once per commit: the current villages by id and CFG-28 in force. */
export interface InsertTarget {
  villages: Map<string, Village>;
  femaleDefault: 'F50' | 'F55';
}

/** The insert target on the commit's date (`at`, ISO instant). */
export function loadInsertTarget(db: Database.Database, at: string): InsertTarget {
  const villages = new Map(
    listRegions(db, true)
      .filter((r) => r.level === 5 && r.parentId)
      .map((r) => [
        r.id,
        { townshipId: r.parentId as string, urbanRuralCode: r.urbanRuralCode, retired: !!r.retiredOn },
      ]),
  );
  return { villages, femaleDefault: femaleRetirementDefaultOn(db, localDate(at)) };
}

/** The shared schema on a working date, for a commit on another date than its check. */
export function revalidate(schema: Schema, input: PersonInputParsed): PersonInputParsed {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badInput(fieldErrors(parsed.error));
  return parsed.data;
}

/** Inserts one new person (validated with the shared schema); returns its id. Throws the AppError persons.create would. */
export function insertImportedPerson(
  db: Database.Database,
  target: InsertTarget,
  v: PersonInputParsed,
  by: string,
  at: string,
): string {
  assertIdFree(db, v.idNumber, null);
  const village = target.villages.get(v.residenceRegionId);
  if (!village || village.retired) throw badInput({ residenceRegionId: '请选择常住地所在的村(社区)' });
  const write = personWrite(
    v,
    v.idNumber,
    { id: v.residenceRegionId, townshipId: village.townshipId, urbanRuralCode: village.urbanRuralCode },
    null,
    target.femaleDefault,
  );
  const id = newId();
  insertPerson(db, id, write, by, at);
  return id;
}
