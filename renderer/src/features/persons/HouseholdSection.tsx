import { DeleteOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import type { ReactElement } from 'react';
import { Controller, useFieldArray, useFormContext, type ControllerRenderProps, type Path } from 'react-hook-form';
import { fieldId } from './form-bindings';
import { EMPTY_MEMBER, type PersonFormValues } from './person-form-values';
import { RELATION_SUGGESTIONS } from '../../components/person-options';
import { MemberStatusField } from './MemberStatusField';
import { AddButton } from '../../components/list-page';

const MAX_MEMBERS = 20;
const SPANS = { name: 5, id: 7, relation: 4, status: 4, able: 3, remove: 1 } as const;
const cellStyle = { marginBottom: 8 };

type Render = (field: ControllerRenderProps<PersonFormValues, Path<PersonFormValues>>, id: string) => ReactElement;

/** 家庭成员 (DOMAIN §3.2): a small editable list; a stored member's ID shows masked and is kept unless retyped. */
export function HouseholdSection() {
  const { control } = useFormContext<PersonFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'householdMembers' });

  const cell = (i: number, key: string, span: number, render: Render) => {
    const name = `householdMembers.${i}.${key}` as Path<PersonFormValues>;
    return (
      <Col span={span}>
        <Controller
          control={control}
          name={name}
          render={({ field, fieldState }) => (
            <Form.Item
              style={cellStyle}
              validateStatus={fieldState.error ? 'error' : undefined}
              help={fieldState.error?.message}
            >
              {render(field, fieldId(name))}
            </Form.Item>
          )}
        />
      </Col>
    );
  };

  /** A free-text cell with suggestions (与本人关系). */
  const suggestCell = (i: number, key: string, span: number, label: string, options: { value: string }[]) =>
    cell(i, key, span, (field, id) => (
      <AutoComplete id={id} aria-label={label} {...field} value={field.value as string} options={options} />
    ));

  return (
    <>
      <Typography.Title level={5}>家庭成员</Typography.Title>
      {fields.length > 0 && (
        <Row gutter={8} aria-hidden style={{ marginBottom: 4, color: 'rgba(0, 0, 0, 0.65)' }}>
          <Col span={SPANS.name}>姓名</Col>
          <Col span={SPANS.id}>公民身份号码</Col>
          <Col span={SPANS.relation}>与本人关系</Col>
          <Col span={SPANS.status}>目前状况</Col>
          <Col span={SPANS.able + SPANS.remove}>劳动年龄内有劳动能力</Col>
        </Row>
      )}
      {fields.map((f, i) => {
        const n = `第${i + 1}位家庭成员的`;
        const masked = (f as unknown as { memberIdNumberMasked: string | null }).memberIdNumberMasked;
        return (
          <Row key={f.id} gutter={8} align="top" role="group" aria-label={`第${i + 1}位家庭成员`}>
            {cell(i, 'memberName', SPANS.name, (field, id) => (
              <Input
                id={id}
                aria-label={`${n}姓名`}
                {...field}
                value={field.value as string}
                maxLength={60}
                autoComplete="off"
              />
            ))}
            {cell(i, 'memberIdNumber', SPANS.id, (field, id) => (
              <Input
                id={id}
                aria-label={`${n}公民身份号码`}
                {...field}
                value={field.value as string}
                maxLength={22}
                placeholder={masked ? `${masked}（不改留空）` : '可不填'}
                title={masked ? '已登记的号码以掩码显示；不修改请留空' : undefined}
                autoComplete="off"
              />
            ))}
            {suggestCell(i, 'relation', SPANS.relation, `${n}与本人关系`, RELATION_SUGGESTIONS)}
            {cell(i, 'status', SPANS.status, (field, id) => (
              <MemberStatusField
                id={id}
                label={`${n}目前状况`}
                value={field.value as string | undefined}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            ))}
            {cell(i, 'worksAgeAble', SPANS.able, (field, id) => (
              <Checkbox
                id={id}
                aria-label={`${n}劳动年龄内有劳动能力`}
                ref={field.ref}
                checked={!!field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                onBlur={field.onBlur}
                style={{ marginTop: 5 }}
              >
                是
              </Checkbox>
            ))}
            <Col span={SPANS.remove}>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={`删除第${i + 1}位家庭成员`}
                onClick={() => remove(i)}
              />
            </Col>
          </Row>
        );
      })}
      <AddButton
        dashed
        disabled={fields.length >= MAX_MEMBERS}
        onClick={() => append({ ...EMPTY_MEMBER }, { focusName: `householdMembers.${fields.length}.memberName` })}
      >
        添加家庭成员
      </AddButton>
    </>
  );
}
