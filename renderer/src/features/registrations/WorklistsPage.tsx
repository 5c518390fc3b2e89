import { PhoneOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Space, Tabs, Typography } from 'antd';
import { CountBadge } from '../../components/CountBadge';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { WORKLIST_KINDS, worklistKindLabel, type WorklistItem } from '../../../../shared/contract/contact-worklists';
import { monthOf } from '../../../../shared/domain/dates';
import { useSession } from '../../components/session';
import { EntrySelect } from '../../components/EntrySelect';
import { MonthPicker } from '../../components/MonthPicker';
import { useCan } from '../../components/useCan';
import { CancelRegistrationModal } from './CancelRegistrationModal';
import { ContactEntryDrawer } from './ContactEntryDrawer';
import { targetOfWorklist, type ContactTarget } from './contact-values';
import { useWorklist } from './useWorklist';
import { useWorklistCounts } from './useWorklistCounts';
import { parseWorklistParams, toWorklistInput, toWorklistSearch, type WorklistParams } from './worklist-params';
import { WorklistTable } from './WorklistTable';
import { ModuleReportsMenu } from '../../components/report-export';
import { ReadError, FilterSelect, useUrlParams } from '../../components/list-page';
import { RegistrationLedger } from './RegistrationLedger';

type Open = { kind: 'contact'; target: ContactTarget | null } | { kind: 'cancel'; item: WorklistItem } | null;

/** The tab of 登记台账 (list=ledger), after the work lists. */
const LEDGER = 'ledger';
/** What the work lists and the ledger both filter by: a 乡镇, 村 or 联系责任人 stays chosen across the tabs. */
const SHARED_KEYS = ['township', 'village', 'staff'];

/**
 * #/registrations — the monthly routine: for a chosen month, who still needs a contact (CFG-22), who has not
 * been reached for 6 months (BR-07, suggest C11) and whose first contact is due (BR-04), by 乡镇/村 or by
 * 联系责任人; each row's action is 记录联系. The last tab, 登记台账, lists every registration (RegistrationLedger).
 */
export function WorklistsPage() {
  const navigate = useNavigate();
  const canContact = useCan('contacts.create');
  const workingMonth = monthOf(useSession().info.today);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseWorklistParams(searchParams, workingMonth), [searchParams, workingMonth]);
  const ledger = searchParams.get('list') === LEDGER;
  const u = useUrlParams();
  const input = useMemo(() => toWorklistInput(params), [params]);
  const { page, error, loading, reload } = useWorklist(params.list, ledger ? null : input);
  const counts = useWorklistCounts(params.month);
  const [open, setOpen] = useState<Open>(null);

  const apply = useCallback(
    (p: WorklistParams) => setSearchParams(toWorklistSearch(p, workingMonth), { replace: true }),
    [setSearchParams, workingMonth],
  );
  const change = (patch: Partial<WorklistParams>) => apply({ ...params, ...patch, page: 1 });
  const openTab = (key: string) => {
    if (key !== LEDGER) return change({ list: key as WorklistParams['list'] });
    const sp = new URLSearchParams({ list: LEDGER });
    for (const k of SHARED_KEYS) if (searchParams.get(k)) sp.set(k, searchParams.get(k) as string);
    setSearchParams(sp, { replace: true });
  };
  const reset = () =>
    apply({ ...params, townshipId: undefined, villageId: undefined, staff: undefined, groupBy: 'place', page: 1 });

  const groups = page?.groups ?? [];
  const townships = groups.map((g) => ({ value: g.townshipId, label: `${g.townshipName}（${g.count}）` }));
  const villages = groups
    .filter((g) => !params.townshipId || g.townshipId === params.townshipId)
    .flatMap((g) =>
      g.villages.map((v) => ({ value: v.villageId, label: `${v.villageName}（${v.count}）`, township: g.townshipId })),
    );
  const staff = (page?.staff ?? []).map((s) => ({ value: s.staff, label: `${s.staff}（${s.count}）` }));
  const [y, m] = params.month.split('-');

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          失业登记与联系
          {!ledger && (
            <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 8 }}>
              {y}年{m}月工作清单
            </Typography.Text>
          )}
        </Typography.Title>
        <Space>
          {!ledger && (
            <MonthPicker
              id="worklist-month"
              month={params.month}
              onChange={(month) => change({ month })}
              max={workingMonth}
            />
          )}
          {canContact && (
            <Button
              type="primary"
              icon={<PhoneOutlined aria-hidden />}
              onClick={() => setOpen({ kind: 'contact', target: null })}
            >
              记录联系
            </Button>
          )}
          <ModuleReportsMenu
            module="registrations"
            defaults={{ month: ledger ? workingMonth : params.month, townshipId: params.townshipId ?? undefined }}
          />
        </Space>
      </Flex>
      <Tabs
        activeKey={ledger ? LEDGER : params.list}
        onChange={openTab}
        items={[
          ...WORKLIST_KINDS.map((k) => ({
            key: k,
            label: (
              <span title={counts ? `${worklistKindLabel(k)} ${counts[k]} 人` : undefined}>
                {worklistKindLabel(k)}
                {counts && (
                  <span style={{ marginInlineStart: 6 }}>
                    <CountBadge count={counts[k]} tone="urgent" zeroTone="done" small overflowCount={9999} />
                  </span>
                )}
              </span>
            ),
          })),
          { key: LEDGER, label: '登记台账' },
        ]}
        style={{ marginBottom: 0 }}
      />
      {ledger ? (
        <RegistrationLedger u={u} />
      ) : (
        <>
          <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }} role="search" aria-label="筛选工作清单">
            <FilterSelect
              label="乡镇(街道)"
              width={170}
              value={params.townshipId}
              options={townships}
              onChange={(v) => change({ townshipId: v, villageId: undefined })}
            />
            <EntrySelect
              aria-label="村(社区)"
              placeholder="村(社区)"
              allowClear
              style={{ width: 190 }}
              value={params.villageId}
              options={villages}
              onChange={(v: string | undefined) =>
                change({
                  villageId: v,
                  townshipId: v ? villages.find((x) => x.value === v)?.township : params.townshipId,
                })
              }
            />
            <FilterSelect
              label="联系责任人"
              width={170}
              value={params.staff}
              options={staff}
              onChange={(v) => change({ staff: v })}
            />
            <Segmented
              aria-label="排序"
              value={params.groupBy}
              onChange={(v) => change({ groupBy: v as WorklistParams['groupBy'] })}
              options={[
                { value: 'place', label: '按乡镇/村' },
                { value: 'staff', label: '按联系责任人' },
              ]}
            />
            <Button onClick={reset}>重置</Button>
            <Typography.Text type="secondary" role="status" aria-live="polite" style={{ marginInlineStart: 'auto' }}>
              {page ? `共 ${page.total} 人（截至 ${page.asOf}）` : ''}
            </Typography.Text>
          </Flex>
          <ReadError error={error} onRetry={reload} />
          <WorklistTable
            kind={params.list}
            items={page?.items ?? []}
            total={page?.total ?? 0}
            loading={loading}
            params={params}
            onPageChange={(p, pageSize) => apply({ ...params, page: pageSize === params.pageSize ? p : 1, pageSize })}
            onView={(i) => navigate(`/persons/${i.personId}`)}
            onContact={(i) => setOpen({ kind: 'contact', target: targetOfWorklist(i) })}
            onCancel={(i) => setOpen({ kind: 'cancel', item: i })}
          />
        </>
      )}
      {open?.kind === 'contact' && (
        <ContactEntryDrawer
          key={open.target?.registrationId ?? 'new'}
          target={open.target}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'cancel' && (
        <CancelRegistrationModal
          target={{ registrationId: open.item.registrationId, personName: open.item.name }}
          suggestedReason={open.item.suggestedCancelReason ?? undefined}
          onClose={() => setOpen(null)}
          onDone={() => setOpen(null)}
        />
      )}
    </>
  );
}
