import {
  BACKUP_COUNT_LABELS,
  backupKindLabel,
  type BackupEntry,
  type BackupCounts,
} from '../../../../../shared/contract/backups';
import { formatCount } from '../../../components/format';

const pad = (n: number) => String(n).padStart(2, '0');

/** The moment a backup was taken, in the computer's local time: 2026-11-28 08:30. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 1.2 MB, 850 KB. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 人员 1,234 · 登记 980 · …, leaving out tables with nothing in them. */
export function countsText(counts: BackupCounts): string {
  const parts = (Object.keys(BACKUP_COUNT_LABELS) as (keyof BackupCounts)[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${BACKUP_COUNT_LABELS[k]} ${formatCount(counts[k])}`);
  return parts.length ? parts.join(' · ') : '（空台账）';
}

export const kindLabel = (b: BackupEntry) => backupKindLabel(b.kind);

/** How the clerk names a backup in messages: 2026-11-28 08:30 的手动备份. */
export const backupTitle = (b: BackupEntry) => `${localTime(b.createdAt)} 的${kindLabel(b)}备份`;
