import { Descriptions, Tag } from 'antd';
import { serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import { RevealPhone } from '../../components/RevealPhone';
import type { ContactTarget } from './contact-values';
import { LEVEL_COLOURS } from './options';

/** What the clerk needs while dialling: the phone (masked; 查看 shows it, audited), the level, where the month stands. */
export function TargetFacts({ target }: { target: ContactTarget }) {
  const month = target.minPerMonth !== undefined ? `${target.monthSuccessful ?? 0} / ${target.minPerMonth} 次` : null;
  return (
    <Descriptions
      size="small"
      column={3}
      aria-label="被联系人"
      style={{ marginBottom: 12 }}
      items={[
        {
          key: 'phone',
          label: '联系电话',
          children: (
            <RevealPhone
              personId={target.personId}
              phoneMasked={target.phoneMasked}
              name={target.name}
              empty="未登记"
            />
          ),
        },
        {
          key: 'level',
          label: '服务等级',
          children: (
            <Tag
              color={LEVEL_COLOURS[target.serviceLevel]}
            >{`${target.serviceLevel} ${serviceLevelLabel(target.serviceLevel)}`}</Tag>
          ),
        },
        { key: 'reg', label: '登记日期', children: target.regDate },
        { key: 'last', label: '最近联系', children: target.lastContactDate ?? '尚无' },
        { key: 'next', label: '计划联系', children: target.nextContactDate ?? '—' },
        ...(month ? [{ key: 'month', label: '本月成功联系', children: month }] : []),
      ]}
    />
  );
}
