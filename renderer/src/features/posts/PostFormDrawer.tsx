import { App, Checkbox, Col, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { postCreateInput, postUpdateInput, type PostDetail } from '../../../../shared/contract/posts';
import type { AreaTypeCode } from '../../../../shared/enums/post-codes';
import { postTypeArea } from '../../../../shared/enums/post-codes';
import { useServerError, useWrite } from '../../api';
import { useSession } from '../../components/session';
import { EntrySelect } from '../../components/EntrySelect';
import { FormField } from '../../components/FormField';
import type { Places } from '../../components/usePlaces';
import { DateInput } from '../../components/DateInput';
import { EmployerSelect } from '../../components/EmployerSelect';
import { FormDrawer } from '../../components/FormDrawer';
import { inputResolver, renameKeys } from '../../components/input-resolver';
import { POST_FIELDS, POST_RENAMES, newPost, toPostInput, valuesOfPost, type PostValues } from './post-form-values';
import { AREA_OPTIONS, contractTypeOptions, postTypeOptions } from './post-options';
import { formatFen } from '../../../../shared/domain/money';
import { RegionSelect } from './RegionSelect';
import { useRead } from '../../api';

const FORM_ID = 'post-form';
const fid = (name: string) => `${FORM_ID}-${name}`;
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

interface Props {
  detail: PostDetail | null;
  places: Places;
  onClose: () => void;
  onSaved: (p: PostDetail) => void;
}

/** 新增 / 编辑岗位 (DOMAIN §3.7): the standard defaults to the county's minimum wage (CFG-01/02) and may be overridden. */
export function PostFormDrawer({ detail, places, onClose, onSaved }: Props) {
  const createWrite = useWrite('posts.create', { invalidates: ['postWorklists', 'placements'] });
  const updateWrite = useWrite('posts.update', { invalidates: ['postWorklists', 'placements'] });
  const { message } = App.useApp();
  const { today } = useSession().info;
  const resolver = useMemo(
    () =>
      inputResolver<PostValues>(
        detail ? postUpdateInput : postCreateInput,
        (v) => toPostInput(v, detail),
        POST_RENAMES,
      ),
    [detail],
  );
  const { control, handleSubmit, setError, getValues, setValue, formState } = useForm<PostValues>({
    resolver,
    defaultValues: detail ? valuesOfPost(detail) : newPost(today),
  });
  const { formError, showError, clearError } = useServerError(setError, POST_FIELDS);
  const [saving, setSaving] = useState(false);
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
    setSaving(true);
    clearError();
    const input = toPostInput(getValues(), detail);
    const r = detail && 'id' in input ? await updateWrite.write(input) : await createWrite.write(input);
    setSaving(false);
    if (!r.ok) return showError({ ...r.error, fields: renameKeys(r.error.fields, POST_RENAMES) });
    message.success(`${detail ? '已保存' : '已新增'}岗位“${r.data.post.title}”`);
    const notes = Object.values(r.data.warnings);
    if (notes.length) message.warning(`请核对：${notes.join('；')}`);
    onSaved(r.data.post);
  });

  const changeArea = (a: AreaTypeCode) => {
    const v = getValues();
    if (v.postType && postTypeArea(v.postType) !== a) setValue('postType', null);
    if (v.contractType && !contractTypeOptions(a).some((o) => o.value === v.contractType))
      setValue('contractType', '1');
    setValue('siSubsidy', a === 'urban', { shouldDirty: true });
  };

  const text = (
    name: Path<PostValues>,
    label: string,
    max: number,
    opts: { required?: boolean; autoFocus?: boolean; placeholder?: string } = {},
  ) => (
    <FormField
      control={control}
      name={name}
      id={fid(name)}
      label={label}
      required={opts.required}
      render={(f) => (
        <Input
          {...f}
          value={(f.value as string) ?? ''}
          maxLength={max}
          autoFocus={opts.autoFocus}
          placeholder={opts.placeholder}
          autoComplete="off"
        />
      )}
    />
  );
  const select = (name: 'postType' | 'contractType', label: string, options: { value: string; label: string }[]) => (
    <FormField
      control={control}
      name={name}
      id={fid(name)}
      label={label}
      required
      render={(f) => (
        <EntrySelect
          id={f.id}
          ref={f.ref}
          value={f.value ?? undefined}
          onChange={(v: string | undefined) => f.onChange(v ?? null)}
          onBlur={f.onBlur}
          aria-invalid={f['aria-invalid']}
          options={options}
          placeholder="请选择"
        />
      )}
    />
  );
  const defaultText =
    standard?.fen != null ? `默认 ${formatFen(standard.fen)} 元/月：${standard.basis}；不填即按默认` : standard?.basis;

  return (
    <FormDrawer
      title={detail ? `编辑岗位：${detail.postCode} ${detail.title}` : '新增岗位'}
      formId={FORM_ID}
      width={800}
      dirty={formState.isDirty}
      saving={saving}
      formError={formError}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        岗位信息
      </Typography.Title>
      <Row gutter={16}>
        <Col span={8}>{text('postCode', '岗位编号', 30, { required: true, autoFocus: true })}</Col>
        <Col span={16}>
          <FormField
            control={control}
            name="employerId"
            id={fid('employerId')}
            label="用人单位"
            required
            render={(f) => (
              <EmployerSelect {...f} current={detail ? { id: detail.employerId, name: detail.employerName } : null} />
            )}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>{text('title', '岗位名称', 40, { required: true, placeholder: '如：保洁员、护林员' })}</Col>
        <Col span={6}>
          <FormField
            control={control}
            name="areaType"
            id={fid('areaType')}
            label="城镇/乡村"
            required
            render={(f) => (
              <Radio.Group
                id={f.id}
                value={f.value}
                disabled={placed}
                options={AREA_OPTIONS}
                optionType="button"
                onChange={(e) => {
                  f.onChange(e.target.value);
                  changeArea(e.target.value as AreaTypeCode);
                }}
              />
            )}
          />
        </Col>
        <Col span={10}>{select('postType', '岗位类别', postTypeOptions(area))}</Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <FormField
            control={control}
            name="workRegionId"
            id={fid('workRegionId')}
            label="工作地点"
            required
            render={(f) => <RegionSelect {...f} places={places} />}
          />
        </Col>
        <Col span={6}>
          <FormField
            control={control}
            name="approvedCount"
            id={fid('approvedCount')}
            label="核定岗位数"
            required
            extra={detail ? `在岗 ${detail.onPost} 人` : undefined}
            render={(f) => (
              <InputNumber
                {...f}
                value={f.value as number | null}
                min={1}
                max={9999}
                precision={0}
                style={{ width: '100%' }}
              />
            )}
          />
        </Col>
        <Col span={6}>{select('contractType', '用工方式', contractTypeOptions(area))}</Col>
      </Row>
      <Typography.Title level={5}>补贴</Typography.Title>
      <Row gutter={16}>
        <Col span={12}>
          <FormField
            control={control}
            name="monthlyStandard"
            id={fid('monthlyStandard')}
            label="岗位补贴标准(元/月)"
            extra={defaultText}
            render={(f) => (
              <InputNumber
                {...f}
                value={f.value as number | null}
                min={0}
                max={100000}
                precision={2}
                style={{ width: '100%' }}
                placeholder={standard?.fen != null ? `${formatFen(standard.fen)}（默认）` : '按最低工资标准'}
              />
            )}
          />
        </Col>
        <Col span={6}>
          <FormField
            control={control}
            name="fullTime"
            id={fid('fullTime')}
            label="全日制"
            render={(f) => (
              <Checkbox id={f.id} ref={f.ref} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                全日制岗位
              </Checkbox>
            )}
          />
        </Col>
        <Col span={6}>
          <FormField
            control={control}
            name="siSubsidy"
            id={fid('siSubsidy')}
            label="享受社保补贴"
            render={(f) => (
              <Checkbox id={f.id} ref={f.ref} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                享受社保补贴
              </Checkbox>
            )}
          />
        </Col>
      </Row>
      {!fullTime && (
        <Row gutter={16}>
          <Col span={12}>
            <FormField
              control={control}
              name="monthlyHours"
              id={fid('monthlyHours')}
              label="每月工时"
              render={(f) => (
                <InputNumber
                  {...f}
                  value={f.value as number | null}
                  min={1}
                  max={400}
                  precision={0}
                  style={{ width: '100%' }}
                />
              )}
            />
          </Col>
        </Row>
      )}
      <Typography.Title level={5}>期限与其他</Typography.Title>
      <Row gutter={16}>
        <Col span={6}>
          <FormField
            control={control}
            name="createdDate"
            id={fid('createdDate')}
            label="开发日期"
            required
            render={(f) => <DateInput {...f} />}
          />
        </Col>
        <Col span={6}>
          <FormField
            control={control}
            name="validUntil"
            id={fid('validUntil')}
            label="有效期至"
            render={(f) => <DateInput {...f} placeholder="长期有效可不填" />}
          />
        </Col>
        <Col span={8}>{text('fundSource', '资金来源', 60)}</Col>
        <Col span={4}>
          <FormField
            control={control}
            name="published"
            id={fid('published')}
            label="已公开发布"
            render={(f) => (
              <Checkbox id={f.id} ref={f.ref} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                已发布
              </Checkbox>
            )}
          />
        </Col>
      </Row>
      {text('remark', '备注', 200)}
    </FormDrawer>
  );
}
