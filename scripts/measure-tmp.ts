import { openCore } from '../electron/core/core';
import { signInSeedAdmin } from './seed/accounts';
import { rpt12Rows } from '../electron/core/modules/contacts/reports/rpt12';
const dir = process.argv[2];
const core = openCore({ dataDir: dir, today: '2026-11-28' });
await signInSeedAdmin(core);
const db = core.ctx.db;
const touch = db.prepare('UPDATE contacts SET updated_at = updated_at WHERE rowid = (SELECT max(rowid) FROM contacts)');
const touchP = db.prepare('UPDATE persons SET updated_at = updated_at WHERE rowid = (SELECT max(rowid) FROM persons)');
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const cpu = async (name: string, f: () => Promise<unknown> | unknown, before = () => {}, n = 7) => {
  const out: number[] = []; const wall: number[] = [];
  for (let i = 0; i < n; i++) { before(); const c = process.cpuUsage(); const t = performance.now(); await f(); const u = process.cpuUsage(c); out.push(Math.round((u.user + u.system) / 100) / 10); wall.push(Math.round((performance.now() - t) * 10) / 10); }
  console.log(`${name}: first cpu ${out[0]} ms; then cpu median ${med(out.slice(1))} ms (${out.slice(1).join(' ')}); wall median ${med(wall.slice(1))}`);
};
const inv = async (ch: string, input: unknown) => { const r = await core.invoke(ch, input); if (!r.ok) throw new Error(JSON.stringify(r.error)); return r.data; };
const tw = db.prepare('SELECT township_id FROM persons GROUP BY township_id ORDER BY count(*) DESC LIMIT 1').pluck().get();
const what = process.argv[3] ?? 'all';
if (what === 'all' || what === 'lists') {
await cpu('toContact p1 (after contact write)', () => inv('contactWorklists.toContact', { month: '2026-11' }), () => void touch.run());
await cpu('toContact tw p2 (after contact write)', () => inv('contactWorklists.toContact', { month: '2026-11', townshipId: tw, page: 2 }), () => void touch.run());
await cpu('toContact p3 (no write)', () => inv('contactWorklists.toContact', { month: '2026-11', page: 3 }));
await cpu('counts (after contact write)', () => inv('contactWorklists.counts', { month: '2026-11' }), () => void touch.run());
await cpu('badges (after contact write)', () => inv('home.badges', {}), () => void touch.run());
await cpu('toContact p1 (after person write)', () => inv('contactWorklists.toContact', { month: '2026-11' }), () => void touchP.run());
}
if (what === 'all' || what === 'persons') {
await cpu('persons.list p1 (after person write)', () => inv('persons.list', {}), () => void touchP.run());
await cpu('persons.list 乡镇 (after person write)', () => inv('persons.list', { townshipId: tw }), () => void touchP.run());
await cpu('persons.list 古丽 (after person write)', () => inv('persons.list', { q: '古丽' }), () => void touchP.run());
await cpu('persons.list 女 (after person write)', () => inv('persons.list', { sex: '2' }), () => void touchP.run());
}
if (what === 'rpt12') await cpu('RPT-12', () => rpt12Rows(db, { month: '2026-11', today: '2026-11-28' }), () => {}, 4);
core.close();
