import { App, Typography } from 'antd';
import { useWatch } from 'react-hook-form';
import { postCreateInput, postUpdateInput, type PostDetail } from '../../../../shared/contract/posts';
import type { AreaTypeCode } from '../../../../shared/enums/post-codes';
import { postTypeArea } from '../../../../shared/enums/post-codes';
import { useWrite } from '../../api';
import { useSession } from '../../components/session';
import { FormField } from '../../components/FormField';
import { RadioField } from '../../components/RadioField';
import type { Places } from '../../components/usePlaces';
import { EmployerSelect } from '../../components/EmployerSelect';
import { FormDrawer } from '../../components/FormDrawer';
import { renameKeys } from '../../components/input-resolver';
import { POST_FIELDS, POST_RENAMES, newPost, toPostInput, valuesOfPost, type PostValues } from './post-form-values';
import { AREA_OPTIONS, contractTypeOptions, postTypeOptions } from './post-options';
import { formatFen } from '../../../../shared/domain/money';
import { RegionSelect } from './RegionSelect';
import { useRead } from '../../api';
import { CheckboxField, DateField, FieldRow, NumberField, TextField } from '../../components/fields';
import { SelectField } from '../../components/SelectField';
import { useRecordForm, type RecordDrawerProps } from '../../components/useRecordForm';
import { announceSaved } from '../../components/save-messages';
import { POST_WRITE } from './write-options';

const FORM_ID = 'post-form';
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

interface Props extends RecordDrawerProps<PostDetail> {
  places: Places;
}

/** 新增 / 编辑岗位 (DOMAIN §3.7): the standard defaults to the county's minimum wage (CFG-01/02) and may be overridden. */
export function PostFormDrawer({ detail, places, onClose, onSaved }: Props) {
  const createWrite = useWrite('posts.create', POST_WRITE);
  const updateWrite = useWrite('posts.update', POST_WRITE);
  const { message } = App.useApp();
  const { today } = useSession().info;
  const { control, handleSubmit, getValues, setValue, bind, run, frame } = useRecordForm<PostValues, PostDetail>(
    FORM_ID,
    POST_FIELDS,
    {
      detail,
      create: postCreateInput,
      update: postUpdateInput,
      toInput: (v) => toPostInput(v, detail),
      valuesOf: valuesOfPost,
      fresh: () => newPost(today),
      renames: POST_RENAMES,
    },
  );
  const [area, fullTime, hours, createdDate] = useWatch({
    control,
    name: ['areaType', 'fullTime', 'monthlyHours', 'createdDate'],
  });
  const standard = useRead(
    'posts.defaultStandard',
    area
      ? {
          areaType: area,
          fullTime,
          monthlyHours: fullTime ? null : hours,
          onDate: isDate(createdDate) ? createdDate : null,
        }
      : null,
  ).data;
  const placed = !!detail && detail.onPost + detail.upcoming > 0;

  const save = handleSubmit(async () => {
    const input = toPostInput(getValues(), detail);
    const r = await run(
      () => (detail && 'id' in input ? updateWrite.write(input) : createWrite.write(input)),
      (e) => ({ ...e, fields: renameKeys(e.fields, POST_RENAMES) }),
    );
    if (!r.ok) return;
    announceSaved(message, `${detail ? '已保存' : '已新增'}岗位“${r.data.post.title}”`, r.data.warnings);
    onSaved(r.data.post);
  });

  const changeArea = (a: AreaTypeCode) => {
    const v = getValues();
    if (v.postType && postTypeArea(v.postType) !== a) setValue('postType', null);
    if (v.contractType && !contractTypeOptions(a).some((o) => o.value === v.contractType))
      setValue('contractType', '1');
    setValue('siSubsidy', a === 'urban', { shouldDirty: true });
  };

  const defaultText =
    standard?.fen != null ? `默认 ${formatFen(standard.fen)} 元/月：${standard.basis}；不填即按默认` : standard?.basis;

  return (
    <FormDrawer
      title={detail ? `编辑岗位：${detail.postCode} ${detail.title}` : '新增岗位'}
      width={800}
      {...frame(save, onClose)}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        岗位信息
      </Typography.Title>
      <FieldRow spans={[8, 16]}>
        <TextField {...bind('postCode')} label="岗位编号" maxLength={30} required autoFocus />
        <FormField
          {...bind('employerId')}
          label="用人单位"
          required
          render={(f) => (
            <EmployerSelect {...f} current={detail ? { id: detail.employerId, name: detail.employerName } : null} />
          )}
        />
      </FieldRow>
      <FieldRow spans={[8, 6, 10]}>
        <TextField {...bind('title')} label="岗位名称" maxLength={40} required placeholder="如：保洁员、护林员" />
        <RadioField
          {...bind('areaType')}
          label="城镇/乡村"
          required
          disabled={placed}
          options={AREA_OPTIONS}
          onPick={(a) => changeArea(a as AreaTypeCode)}
        />
        <SelectField
          {...bind('postType')}
          label="岗位类别"
          required
          options={postTypeOptions(area)}
          placeholder="请选择"
        />
      </FieldRow>
      <FieldRow spans={[12, 6, 6]}>
        <FormField
          {...bind('workRegionId')}
          label="工作地点"
          required
          render={(f) => <RegionSelect {...f} places={places} />}
        />
        <NumberField
          {...bind('approvedCount')}
          label="核定岗位数"
          required
          extra={detail ? `在岗 ${detail.onPost} 人` : undefined}
          min={1}
          max={9999}
          precision={0}
        />
        <SelectField
          {...bind('contractType')}
          label="用工方式"
          required
          options={contractTypeOptions(area)}
          placeholder="请选择"
        />
      </FieldRow>
      <Typography.Title level={5}>补贴</Typography.Title>
      <FieldRow spans={[12, 6, 6]}>
        <NumberField
          {...bind('monthlyStandard')}
          label="岗位补贴标准(元/月)"
          extra={defaultText}
          min={0}
          max={100000}
          precision={2}
          placeholder={standard?.fen != null ? `${formatFen(standard.fen)}（默认）` : '按最低工资标准'}
        />
        <CheckboxField {...bind('fullTime')} label="全日制">
          全日制岗位
        </CheckboxField>
        <CheckboxField {...bind('siSubsidy')} label="享受社保补贴">
          享受社保补贴
        </CheckboxField>
      </FieldRow>
      {!fullTime && (
        <FieldRow spans={[12]}>
          <NumberField {...bind('monthlyHours')} label="每月工时" min={1} max={400} precision={0} />
        </FieldRow>
      )}
      <Typography.Title level={5}>期限与其他</Typography.Title>
      <FieldRow spans={[6, 6, 8, 4]}>
        <DateField {...bind('createdDate')} label="开发日期" required />
        <DateField {...bind('validUntil')} label="有效期至" placeholder="长期有效可不填" />
        <TextField {...bind('fundSource')} label="资金来源" maxLength={60} />
        <CheckboxField {...bind('published')} label="已公开发布">
          已发布
        </CheckboxField>
      </FieldRow>
      <TextField {...bind('remark')} label="备注" maxLength={200} />
    </FormDrawer>
  );
}
