import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { BackupEntry, BackupSettings } from '../../../../../shared/contract/backups';
import { useApi, useInvalidate, usePutRead, useRead } from '../../../api';
import { saveDownloaded } from '../../../api/save-downloaded';
import { ReadError, ReadListTable } from '../../../components/list-page';
import { useProgressJob } from '../../../components/useProgressJob';
import { BackupActionModal, type BackupAction } from './BackupActionModal';
import { backupTitle, countsText, fileSize, kindLabel, localTime } from './backup-format';
import { PassphraseModal, RetentionModal } from './BackupSettingsModals';
import { canChooseFolder, chooseFolder } from './folder-bridge';

/**
 * 设置 → 备份与恢复 (issue 20): the backups in the data folder (or in a chosen folder such as a USB stick),
 * 立即备份, a backup to take away (a folder in the desktop app, an encrypted download in the browser),
 * 校验 and 恢复 as jobs with progress, the passphrase and how many automatic backups are kept.
 */
export function BackupsTab() {
  const api = useApi();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const putRead = usePutRead();
  const job = useProgressJob();
  const desktop = canChooseFolder();
  /** null: the data folder's backups; otherwise a chosen folder. */
  const [folder, setFolder] = useState<string | null>(null);
  const [action, setAction] = useState<BackupAction | null>(null);
  const [editing, setEditing] = useState<'retention' | 'passphrase' | null>(null);

  const settingsRead = useRead('backups.settings', {});
  const list = useRead('backups.list', { folder }, { keepPrevious: true });
  const settings = settingsRead.data;

  const putSettings = (s: BackupSettings) => {
    putRead('backups.settings', {}, s);
    setEditing(null);
    message.success('已保存');
  };

  const backupNow = async () => {
    const data = await job.run('backups.create', { target: 'dataFolder' }, { title: '立即备份' });
    if (!data) return;
    await invalidate(['backups']);
    message.success(`已备份到数据文件夹：${backupTitle(data.backup)}`);
  };

  const needPassphrase = () => {
    if (settings?.passphraseSet) return false;
    message.warning('请先设置备份口令：带出办公室的备份必须加密。');
    setEditing('passphrase');
    return true;
  };

  const backupToFolder = async () => {
    if (needPassphrase()) return;
    const chosen = await chooseFolder('选择保存备份的U盘或文件夹');
    if (!chosen) return;
    setAction({
      title: '备份到U盘/文件夹',
      description: `备份将加密保存到：${chosen}。请输入备份口令。`,
      okText: '开始备份',
      passphrase: true,
      run: async (passphrase) => {
        const data = await job.run(
          'backups.create',
          { target: 'folder', folder: chosen, passphrase: passphrase ?? '' },
          { title: '备份到U盘/文件夹', subject: chosen },
        );
        if (!data) return;
        setFolder(chosen);
        await invalidate(['backups']);
        message.success(`已加密备份到 ${chosen}`);
      },
    });
  };

  const backupDownload = () => {
    if (needPassphrase()) return;
    setAction({
      title: '下载加密备份',
      description: '备份文件含全部人员的公民身份号码，将用备份口令加密后下载。请输入备份口令。',
      okText: '开始备份',
      passphrase: true,
      run: async (passphrase) => {
        const data = await job.run(
          'backups.create',
          { target: 'download', passphrase: passphrase ?? '' },
          { title: '下载加密备份', keepOpen: true },
        );
        if (!data) return;
        if (!data.file) return job.close();
        job.phase('保存文件');
        const taken = await api.invoke('files.take', { fileId: data.file.fileId });
        if (!taken.ok) return job.fail(taken.error.message);
        const saved = await saveDownloaded(taken.data.fileName, taken.data.contentBase64);
        if (saved.error) return job.fail(saved.error);
        job.close();
        if (saved.saved) message.success('加密备份已下载');
      },
    });
  };

  const openFolder = async () => {
    const chosen = await chooseFolder('选择存放备份的U盘或文件夹');
    if (chosen) setFolder(chosen);
  };

  const verify = (b: BackupEntry) => {
    const start = async (passphrase: string | null) => {
      const data = await job.run(
        'backups.verify',
        { name: b.name, folder: b.folder, passphrase },
        { title: '校验备份', subject: backupTitle(b) },
      );
      if (!data) return;
      if (data.ok) modal.success({ title: '备份完好', content: data.message });
      else modal.error({ title: '备份有问题', content: data.message });
    };
    if (!b.encrypted) return void start(null);
    setAction({
      title: '校验备份',
      description: `校验 ${backupTitle(b)}：这是加密备份，请输入备份口令。`,
      okText: '开始校验',
      passphrase: true,
      run: start,
    });
  };

  const restore = (b: BackupEntry) => {
    setAction({
      title: '恢复备份',
      description: (
        <>
          将用 <b>{backupTitle(b)}</b>（{countsText(b.counts)}）替换当前台账中的<b>全部数据</b>
          ，之后录入的内容都会被替换掉。
          <br />
          恢复前程序会先把当前台账备份为“恢复前”备份，如需撤销，恢复那一份即可。
          {b.encrypted && (
            <>
              <br />
              这是加密备份，请输入备份口令。
            </>
          )}
        </>
      ),
      okText: '确认恢复',
      passphrase: b.encrypted,
      run: async (passphrase) => {
        const data = await job.run(
          'backups.restore',
          { name: b.name, folder: b.folder, passphrase },
          { title: '恢复备份', subject: backupTitle(b) },
        );
        if (!data) return;
        // Everything on screen came from the register that was just replaced.
        await queryClient.invalidateQueries();
        modal.success({
          title: '已恢复',
          content: `已恢复 ${backupTitle(data.restored)}。恢复前的台账已保存为 ${backupTitle(data.undo)}，如需撤销请恢复那一份。`,
        });
      },
    });
  };

  const columns = [
    { title: '备份时间', key: 'createdAt', width: 150, render: (_: unknown, b: BackupEntry) => localTime(b.createdAt) },
    { title: '类型', key: 'kind', width: 90, render: (_: unknown, b: BackupEntry) => kindLabel(b) },
    {
      title: '内容',
      key: 'counts',
      render: (_: unknown, b: BackupEntry) =>
        b.readable ? countsText(b.counts) : <Typography.Text type="danger">{b.problem ?? '无法读取'}</Typography.Text>,
    },
    {
      title: '大小',
      key: 'size',
      width: 90,
      align: 'right' as const,
      render: (_: unknown, b: BackupEntry) => fileSize(b.sizeBytes),
    },
    {
      title: '加密',
      key: 'encrypted',
      width: 70,
      render: (_: unknown, b: BackupEntry) => (b.encrypted ? <Tag color="blue">已加密</Tag> : '否'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_: unknown, b: BackupEntry) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => verify(b)} disabled={job.busy}>
            校验
          </Button>
          <Button type="link" size="small" danger onClick={() => restore(b)} disabled={job.busy || !b.readable}>
            恢复
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ReadError error={settingsRead.error} gap={0} />
      {settings && (
        <Descriptions size="small" column={1} bordered styles={{ label: { width: 180 } }}>
          <Descriptions.Item label="备份保存位置">{settings.folder}</Descriptions.Item>
          <Descriptions.Item label="每日自动备份">
            每天第一次打开程序时自动备份；保留最近 {settings.keepDaily} 天、最近 {settings.keepMonthly} 个月的备份。
            <Button type="link" size="small" onClick={() => setEditing('retention')}>
              修改
            </Button>
          </Descriptions.Item>
          <Descriptions.Item label="备份口令">
            {settings.passphraseSet ? '已设置（U盘备份和下载的备份用它加密）' : '未设置：设置后才能把备份带出办公室'}
            <Button type="link" size="small" onClick={() => setEditing('passphrase')}>
              {settings.passphraseSet ? '修改口令' : '设置口令'}
            </Button>
          </Descriptions.Item>
        </Descriptions>
      )}
      <Space wrap>
        <Button type="primary" onClick={() => void backupNow()} disabled={job.busy}>
          立即备份
        </Button>
        {desktop ? (
          <>
            <Button onClick={() => void backupToFolder()} disabled={job.busy || !settings}>
              备份到U盘/文件夹
            </Button>
            <Button onClick={() => void openFolder()}>查看U盘/文件夹中的备份</Button>
          </>
        ) : (
          <Button onClick={backupDownload} disabled={job.busy || !settings}>
            下载加密备份
          </Button>
        )}
      </Space>
      <Typography.Text strong>
        {folder ? `${folder} 中的备份` : '数据文件夹中的备份'}
        {folder && (
          <Button type="link" size="small" onClick={() => setFolder(null)}>
            返回数据文件夹中的备份
          </Button>
        )}
      </Typography.Text>
      <ReadListTable<BackupEntry>
        read={list}
        gap={0}
        label="备份列表"
        rowKey={(b) => `${b.folder ?? ''}/${b.name}`}
        columns={columns}
        pageAbove={10}
        emptyText={folder ? '此文件夹中没有备份' : '还没有备份'}
      />
      {action && <BackupActionModal action={action} onClose={() => setAction(null)} />}
      {editing === 'retention' && settings && (
        <RetentionModal settings={settings} onClose={() => setEditing(null)} onSaved={putSettings} />
      )}
      {editing === 'passphrase' && settings && (
        <PassphraseModal settings={settings} onClose={() => setEditing(null)} onSaved={putSettings} />
      )}
      {job.modal}
    </Space>
  );
}
