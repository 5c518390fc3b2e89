// Demo 已删除 contacts (UI.md: deleted records can be restored): a few unanswered calls of this month and the last,
// entered by mistake, deleted through the core's own channel (audited), so the 显示已删除 switch of a registration's
// 联系记录 has something to show and restore.
import type { Core } from '../../electron/core/core';
import { addMonths, monthOf, monthRange } from '../../shared/domain/dates';
import { invokeOk } from './invoke';

interface DeletedContactsSeedOptions {
  today: string;
  /** Contacts to delete (fewer when the county has fewer). Default 4. */
  count?: number;
  log?: (line: string) => void;
}

/** Returns how many contacts were deleted. */
export async function seedDeletedContacts(core: Core, o: DeletedContactsSeedOptions): Promise<number> {
  const from = monthRange(addMonths(monthOf(o.today), -1)).start;
  const ids = core.ctx.db
    .prepare(
      `SELECT c.id FROM contacts c JOIN registrations r ON r.id = c.registration_id
       WHERE c.result <> '1' AND c.contact_date BETWEEN ? AND ? AND r.status = 'active'
       ORDER BY c.registration_id LIMIT ?`,
    )
    .pluck()
    .all(from, o.today, o.count ?? 4) as string[];
  for (const id of ids) await invokeOk(core, 'contacts.delete', { id });
  o.log?.(`已删除的联系记录（可恢复）：${ids.length} 条`);
  return ids.length;
}
