import { Alert, Button, Flex, Popconfirm, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { Region } from '../../../../shared/contract/regions';
import type { UrbanRuralCode } from '../../../../shared/enums/person-codes';
import { useWrite } from '../../api';
import { useSession } from '../../components/session';
import { useCan } from '../../components/useCan';
import { RegionCreateModal } from './RegionCreateModal';
import { RegionImportButton } from './RegionImportButton';
import { RegionRenameModal } from './RegionRenameModal';
import { RegionTable } from './RegionTable';
import { useRegionList } from '../../components/useRegionList';
import { AddButton, ReadError } from '../../components/list-page';
import { useDialog } from '../../components/useDialog';
import { useWriteMessage } from '../../components/useConfirmWrite';

type Dialog = { kind: 'create'; parent: Region | null } | { kind: 'rename'; region: Region };

const SHOW_RETIRED_ID = 'regions-show-retired';

/** 设置 → 行政区划: the county's townships and villages; add, rename, retire/restore, import from a file. */
export function RegionsTab() {
  const canChange = useCan('regions.create');
  const restoreWrite = useWrite('regions.restore');
  const retireWrite = useWrite('regions.retire');
  const urbanRuralWrite = useWrite('regions.setUrbanRural');
  const loadWrite = useWrite('regions.loadCounty');
  const tell = useWriteMessage();
  const { settings } = useSession();
  const countyCode = settings.office?.countyCode ?? null;
  const [showRetired, setShowRetired] = useState(false);
  const { items, loading, error, reload } = useRegionList(showRetired);
  const dialog = useDialog<Dialog>(reload);

  const townships = items.filter((r) => r.level === 4).length;
  const villages = items.length - townships;

  async function retire(region: Region) {
    tell(await retireWrite.write({ id: region.id }), `已撤销“${region.name}”`);
    reload();
  }

  async function restore(region: Region) {
    tell(await restoreWrite.write({ id: region.id }), `已恢复“${region.name}”`);
    reload();
  }

  async function setUrbanRural(region: Region, code: string | null) {
    tell(
      await urbanRuralWrite.write({ id: region.id, urbanRuralCode: code as UrbanRuralCode | null }),
      `已设置“${region.name}”的城乡分类`,
    );
    reload();
  }

  async function loadCounty(code: string) {
    tell(
      await loadWrite.write({ countyCode: code.slice(0, 6) }),
      (d) =>
        `已载入${d.countyName}：新增 ${d.townshipsCreated} 个乡镇(街道)、${d.villagesCreated} 个村(社区)，已有 ${d.kept} 个保持不变`,
    );
    reload();
  }

  return (
    <>
      {!countyCode && (
        <Alert
          type="info"
          showIcon
          title="请先在“单位信息”中填写本县的区划代码，再录入乡镇(街道)和村(社区)。"
          style={{ marginBottom: 12 }}
        />
      )}
      <ReadError error={error} onRetry={reload} gap={12} />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        {canChange ? (
          <Space>
            <AddButton primary disabled={!countyCode} onClick={() => dialog.open({ kind: 'create', parent: null })}>
              新增乡镇(街道)
            </AddButton>
            <RegionImportButton disabled={!countyCode} onImported={reload} />
            <Popconfirm
              title="从内置的统计用区划代码中载入本县的乡镇(街道)和村(社区)？已有的区划保持不变。"
              okText="载入"
              cancelText="取消"
              disabled={!countyCode}
              onConfirm={() => countyCode && void loadCounty(countyCode)}
            >
              <Button disabled={!countyCode} loading={loadWrite.pending}>
                载入本县统计用区划
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <span />
        )}
        <Space size="large">
          <Typography.Text type="secondary">
            共 {townships} 个乡镇(街道)，{villages} 个村(社区)
          </Typography.Text>
          <Space size="small">
            <Switch id={SHOW_RETIRED_ID} checked={showRetired} onChange={setShowRetired} />
            <label htmlFor={SHOW_RETIRED_ID}>显示已撤销</label>
          </Space>
        </Space>
      </Flex>
      <RegionTable
        items={items}
        loading={loading}
        onAddVillage={(parent) => dialog.open({ kind: 'create', parent })}
        onRename={(region) => dialog.open({ kind: 'rename', region })}
        onRetire={(region) => void retire(region)}
        onRestore={(region) => void restore(region)}
        onSetUrbanRural={(region, code) => void setUrbanRural(region, code)}
      />
      {dialog.value?.kind === 'create' && countyCode && (
        <RegionCreateModal
          parent={dialog.value.parent}
          countyCode={countyCode}
          onClose={dialog.close}
          onSaved={dialog.done}
        />
      )}
      {dialog.value?.kind === 'rename' && (
        <RegionRenameModal region={dialog.value.region} onClose={dialog.close} onSaved={dialog.done} />
      )}
    </>
  );
}
