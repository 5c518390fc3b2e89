import { ArrowLeftOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Result, Space, Spin, Tag, Typography } from 'antd';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import {
  areaTypeLabel,
  contractTypeLabel,
  employerNatureLabel,
  postTypeLabel,
} from '../../../../shared/enums/post-codes';
import { useWrite } from '../../api';
import { useFocusLater } from '../../components/useFocusLater';
import { usePlaces } from '../../components/usePlaces';
import { useCan } from '../../components/useCan';
import { placeName } from '../../components/format';
import { LeaveModal } from './LeaveModal';
import { usePlacementDeletion } from './PlacementDeleteModal';
import { PlacementFormDrawer, type PlacementStart } from './PlacementFormDrawer';
import { formatFen } from '../../../../shared/domain/money';
import { PostFormDrawer } from './PostFormDrawer';
import { PostPlacementsTable } from './PostPlacementsTable';
import { RevokeModal } from './RevokeModal';
import { SuggestionsModal } from './SuggestionsModal';
import { useRead } from '../../api';
import { VacancyReportModal } from './VacancyReportModal';
import { vacancyTag } from './PostListPage';
import { CancelRegistrationOffer, type EmployedPerson } from '../../components/CancelRegistrationOffer';
import { DeletedSwitch, ReadError } from '../../components/list-page';
import { useDialog } from '../../components/useDialog';
import { useConfirmWrite } from '../../components/useConfirmWrite';
import { POST_WRITE } from './write-options';

type Open =
  | { kind: 'edit' }
  | { kind: 'revoke' }
  | { kind: 'suggest' }
  | { kind: 'place'; start: PlacementStart | null }
  | { kind: 'leave'; p: PlacementDetail }
  | { kind: 'report'; p: PlacementDetail }
  | { kind: 'cancelRegistration'; placed: EmployedPerson };

/** #/posts/:id — the post's facts with live 在岗/空岗, its placements, and 安置人员 / 补充人员 / 离岗 / 报告空岗. */
export function PostPage() {
  const canEdit = useCan('posts.update');
  const canRevoke = useCan('posts.revoke');
  const canPlace = useCan('placements.create');
  const { id = '' } = useParams();
  const reinstateWrite = useWrite('posts.reinstate', POST_WRITE);
  const { message } = App.useApp();
  const confirm = useConfirmWrite();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/posts';
  const places = usePlaces();
  const post = useRead('posts.get', { id });
  // #/posts/:id?suggest=1 (空岗 work list → 补充人员) opens the suggestions at once; ?deleted=1 is the 已删除 filter.
  const [searchParams, setSearchParams] = useSearchParams();
  const showDeleted = searchParams.get('deleted') === '1';
  const placements = useRead('placements.listByPost', { postId: id, includeDeleted: showDeleted });
  const { ref: placeRef, focusLater: focusPlace } = useFocusLater<HTMLButtonElement>();
  const p = post.data?.id === id ? post.data : null;
  const reload = () => {
    post.reload();
    placements.reload();
  };
  /** `saved`: a dialog that changed the post or its placements closes and the page reads again. */
  const dialog = useDialog<Open>(reload, () => (searchParams.get('suggest') === '1' ? { kind: 'suggest' } : null));
  const open = dialog.value;
  const close = dialog.close;
  const saved = dialog.done;
  const deletion = usePlacementDeletion(reload);
  const placementItems = (placements.data?.items ?? []).filter((x) => !!x.deletedAt === showDeleted);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(from)}>
      返回列表
    </Button>
  );

  if (!p) {
    if (post.error) return <Result status="error" title="未能打开该岗位" subTitle={post.error} extra={back} />;
    return <Spin description="正在读取…" style={{ display: 'block', marginTop: 80 }} />;
  }
  const revoked = p.status === 'revoked';
  const reinstate = () =>
    confirm({
      title: '恢复岗位',
      content: `确定恢复岗位“${p.title}”吗？恢复后可再安置人员。`,
      okText: '恢复',
      write: () => reinstateWrite.write({ id: p.id }),
      done: `已恢复岗位“${p.title}”`,
      after: reload,
    });

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 8 }}>
        <div>
          <Space align="baseline" size={12} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {p.title}
            </Typography.Title>
            <Typography.Text type="secondary">岗位编号 {p.postCode}</Typography.Text>
          </Space>
          <Space size={[4, 4]} wrap style={{ marginTop: 8 }} aria-label="岗位标签">
            <Tag color={revoked ? 'default' : 'green'}>{revoked ? `已撤销（${p.revokedDate}）` : '有效'}</Tag>
            <Tag variant="outlined">{areaTypeLabel(p.areaType)}</Tag>
            <Tag variant="outlined">核定 {p.approvedCount} 人</Tag>
            <Tag variant="outlined">在岗 {p.onPost} 人</Tag>
            {!revoked && vacancyTag(p.vacancies)}
            {p.upcoming > 0 && <Tag color="purple">待上岗 {p.upcoming} 人</Tag>}
          </Space>
        </div>
        <Space wrap>
          {back}
          {canEdit && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => dialog.open({ kind: 'edit' })}>
              编辑
            </Button>
          )}
          {canRevoke &&
            (revoked ? (
              <Button onClick={reinstate}>恢复岗位</Button>
            ) : (
              <Button danger onClick={() => dialog.open({ kind: 'revoke' })}>
                撤销岗位
              </Button>
            ))}
          {!revoked && canPlace && p.vacancies > 0 && (
            <Button onClick={() => dialog.open({ kind: 'suggest' })}>补充人员</Button>
          )}
          {!revoked && canPlace && (
            <Button
              ref={placeRef}
              type="primary"
              icon={<UserAddOutlined aria-hidden />}
              onClick={() => dialog.open({ kind: 'place', start: null })}
            >
              安置人员
            </Button>
          )}
        </Space>
      </Flex>
      {revoked && p.revokeReason && (
        <Alert
          type="warning"
          showIcon
          title={`该岗位已于 ${p.revokedDate} 撤销：${p.revokeReason}`}
          style={{ marginBottom: 8 }}
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={3}
        styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'emp',
            label: '用人单位',
            children: `${p.employerName}（${employerNatureLabel(p.employerNature)}）`,
            span: 2,
          },
          { key: 'type', label: '岗位类别', children: postTypeLabel(p.postType) },
          {
            key: 'place',
            label: '工作地点',
            children: placeName(p.townshipName, p.workRegionName),
          },
          {
            key: 'std',
            label: '补贴标准(元/月)',
            children: `${formatFen(p.currentStandardFen)}${p.standardSource === 'default' ? '（按最低工资标准）' : ''}`,
          },
          { key: 'si', label: '享受社保补贴', children: p.siSubsidy ? '是' : '否' },
          {
            key: 'ct',
            label: '用工方式',
            children: `${contractTypeLabel(p.contractType)}${p.fullTime ? '' : `（非全日制${p.monthlyHours ? `，每月${p.monthlyHours}小时` : ''}）`}`,
          },
          { key: 'dates', label: '开发日期', children: p.createdDate },
          { key: 'valid', label: '有效期至', children: p.validUntil ?? '长期' },
        ]}
      />
      <Flex align="baseline" gap={8}>
        <Typography.Title level={5}>安置人员</Typography.Title>
        {deletion.restore && (
          <DeletedSwitch
            checked={showDeleted}
            onChange={(on) => setSearchParams(on ? { deleted: '1' } : {}, { replace: true })}
          />
        )}
      </Flex>
      <ReadError error={placements.error} />
      <PostPlacementsTable
        items={placementItems}
        loading={placements.loading}
        onLeave={(x) => dialog.open({ kind: 'leave', p: x })}
        onReport={(x) => dialog.open({ kind: 'report', p: x })}
        onDelete={deletion.remove}
        deleted={showDeleted}
        onRestore={deletion.restore}
      />
      {deletion.modal}
      {open?.kind === 'edit' && <PostFormDrawer detail={p} places={places} onClose={close} onSaved={saved} />}
      {open?.kind === 'revoke' && (
        <RevokeModal
          post={p}
          onClose={close}
          onDone={() => {
            close();
            message.success(`已撤销岗位“${p.title}”`);
            reload();
          }}
        />
      )}
      {open?.kind === 'suggest' && (
        <SuggestionsModal post={p} onClose={close} onPick={(start) => dialog.open({ kind: 'place', start })} />
      )}
      {open?.kind === 'place' && (
        <PlacementFormDrawer
          post={p}
          start={open.start}
          onClose={close}
          onSaved={(placement, registered) => {
            reload();
            if (registered) {
              const { personId, personName, startDate } = placement;
              dialog.open({ kind: 'cancelRegistration', placed: { personId, personName, startDate } });
              return;
            }
            close();
            // The next natural step: the next person to place on this post.
            focusPlace();
          }}
        />
      )}
      {open?.kind === 'cancelRegistration' && (
        <CancelRegistrationOffer
          employed={open.placed}
          event="placement"
          onClose={() => {
            close();
            focusPlace();
          }}
        />
      )}
      {open?.kind === 'leave' && <LeaveModal placement={open.p} onClose={close} onLeft={saved} />}
      {open?.kind === 'report' && (
        <VacancyReportModal
          placement={{ ...open.p, dueDate: open.p.vacancyReportDueDate }}
          onClose={close}
          onReported={saved}
        />
      )}
    </>
  );
}
