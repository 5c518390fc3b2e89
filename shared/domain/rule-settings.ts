// The rule settings a county sets in 设置 → 规则设置 (DOMAIN §8), as data: each one's stored key, Chinese label,
// fields with their allowed range, and DOMAIN's illustrative default. Every one is effective-dated: the rules read
// the value in force on the date they judge (the modules' config.ts files), so a change from a date affects that
// date and later only. The same definitions validate the form and the core (checkRuleValue).
//
// Which CFG items the code reads, and where (the key is the settings row):
//   CFG-01 wages.minimum (tier table), office.minWageTier            posts/config.ts (posts, attendance, internships)
//   CFG-02 posts.ruralStandard                                        posts/config.ts
//   CFG-03 subsidy.siClaim, subsidy.siInjuryIncluded                  subsidies/config.ts
//   BR-24 subsidy.claimPeriod (rosters by month or by quarter)         subsidies/config.ts
//   CFG-04/05/08 posts.subsidyMaxMonths, posts.nearRetirementMonths, posts.subsidyEndRule   posts/config.ts
//   CFG-06 posts.subsidyExtension2020 (historical 2020 extension; stored { fromMonth, toMonth, months } or null)
//   CFG-07 posts.allowRepeatForSpecialHardship; CFG-14 posts.ruralMaxAge, posts.ruralContractMonths;
//   CFG-15 posts.vacancyReportDays                                    posts/config.ts
//   CFG-09 subsidy.prorationMode; CFG-16..CFG-20 internships.*        internships/config.ts
//   BR-27 internships.requireHostAllowanceVerified (rosters of 见习补贴)  internships/config.ts, subsidies/service.ts
//   CFG-10 recognition.olderAgeThreshold; CFG-11 recognition.longTermMonths/longTermReferrals;
//   CFG-12 recognition.noticeDays; CFG-13 recognition.hukouRequired   recognitions/config.ts
//   BR-06 recognition.assistanceMonths (the 3 months of employment assistance)   recognitions/config.ts
//   CFG-22 contacts.minPerMonth, contacts.homeVisitsPerQuarter; CFG-23 contacts.lostContactMonths (BR-07 contacts.zeroHouseholdLostContactMonths); CFG-24 registrations.serviceLevelRules;
//   first contact within N working days contacts.firstContactWorkingDays   registrations/config.ts
//   CFG-32..CFG-37 training.rules (one key: the certificate standards, attendance, yearly cap, living allowance,
//   follow-up window, filing lead, graduate years)                   training/config.ts
//   CFG-21 internships.retentionThresholds                          internships/config.ts (internships.retention)
//   CFG-27 reports.dueDay                                            home/overview.ts (首页 报送截止)
//   CFG-26 reports.period                                            reports/statistical-period.ts (RPT-02/07/11/12)
//   CFG-31 archive.closedCaseYears                                   archive/expired.ts (设置 → 档案到期)
//   CFG-28 persons.femaleRetirementDefault                           persons/config.ts (new persons, imports)
//   CFG-25 registrations.cancelIncomeBasis, registrations.dibaoStandard   registrations/cancel-income.ts (C03)
//   CFG-29 privacy.maskPattern; CFG-30 reports.moneyUnit                  settings/display.ts (lists, exports)
//   VR-09 privacy.noticeNameMask (公示名单姓名脱敏)                        settings/display.ts (GS-01 公示名单)
// Every setting here is read by a rule (notInEffect, shown as 暂未启用, is for a setting stored before its rule exists).
// The working-day calendar (calendar.workingDays) has its own tab (calendar.ts).
import { DEFAULT_MIN_WAGES, WAGE_TIERS } from './min-wage';
import type { ProrationMode } from './allowance';
import { DEFAULT_ID_MASK, ID_MASK_MAX } from './masking';
import { REPORT_PERIOD_KEY } from './report-period';
import { DEFAULT_TRAINING_RULES } from './training-subsidy';
import { ASSISTANCE_MONTHS_KEY, DEFAULT_ASSISTANCE_MONTHS } from './employment-assistance';
import { DEFAULT_HOME_VISITS_PER_QUARTER, HOME_VISITS_PER_QUARTER_KEY } from './home-visit';
import {
  CANCEL_INCOME_BASIS_KEY,
  DIBAO_STANDARD_KEY,
  EXTENSION_2020_KEY,
  ID_MASK_KEY,
  MIN_WAGE_KEY,
  MIN_WAGE_TIER_KEY,
  MONEY_UNIT_KEY,
  NOTICE_NAME_MASK_KEY,
  SUBSIDISED_CERTIFICATES,
  TRAINING_RULES_KEY,
  bool,
  choice,
  enumField,
  int,
  many,
  money,
  one,
  standardField,
  type RuleSettingDef,
} from './rule-setting-def';

export * from './rule-setting-def';
export { checkRuleValue, fromStored, ruleValueText, ruleValuesOn, toStored } from './rule-setting-values';

const TIER_NAMES = ['一类区', '二类区', '三类区', '四类区'];
const latestWages = DEFAULT_MIN_WAGES[DEFAULT_MIN_WAGES.length - 1];

export const RULE_SETTINGS: readonly RuleSettingDef[] = [
  one(
    MIN_WAGE_TIER_KEY,
    '最低工资',
    enumField(
      'value',
      '本县最低工资类区',
      WAGE_TIERS.map((t) => ({ value: String(t), label: TIER_NAMES[t - 1] })),
    ),
    '1',
    '公益性岗位补贴标准和见习生活补助按本县类区的最低工资计算',
  ),
  many(
    MIN_WAGE_KEY,
    '最低工资',
    '最低工资标准表',
    [
      ...WAGE_TIERS.map((t) => money(`m${t}`, `${TIER_NAMES[t - 1]}月最低工资`, 1_000_000, '元/月')),
      ...WAGE_TIERS.map((t) => money(`h${t}`, `${TIER_NAMES[t - 1]}小时最低工资`, 10_000, '元/小时')),
    ],
    Object.fromEntries([
      ...WAGE_TIERS.map((t) => [`m${t}`, latestWages.monthly[t]]),
      ...WAGE_TIERS.map((t) => [`h${t}`, latestWages.hourly[t]]),
    ]),
    '自治区调整最低工资标准时，按公布的生效日期录入新表',
  ),
  one(
    'posts.ruralStandard',
    '公益性岗位',
    money('value', '乡村公益性岗位月补贴标准', 1_000_000, '元/月'),
    0,
    '0 表示按最低工资标准；高于最低工资时按最低工资',
  ),
  one('posts.subsidyMaxMonths', '公益性岗位', int('value', '岗位补贴累计最长期限', 1, 120, '个月'), 36),
  one('posts.nearRetirementMonths', '公益性岗位', int('value', '距法定退休年龄不足（可延长补贴）', 0, 120, '个月'), 60),
  choice(
    'posts.subsidyEndRule',
    '公益性岗位',
    '补贴截止月份',
    { monthBeforeRetirement: '法定退休当月的上一个月', retirementMonth: '法定退休当月' },
    'monthBeforeRetirement',
  ),
  one('posts.allowRepeatForSpecialHardship', '公益性岗位', bool('value', '特别困难人员可再次安置（需说明理由）'), true),
  one('posts.ruralMaxAge', '公益性岗位', int('value', '乡村公益性岗位新安置人员年龄上限', 16, 70, '周岁'), 60),
  one('posts.ruralContractMonths', '公益性岗位', int('value', '乡村公益性岗位协议期限', 1, 120, '个月'), 12),
  one('posts.vacancyReportDays', '公益性岗位', int('value', '离岗后空岗报告时限', 0, 365, '天'), 5),
  choice(
    'subsidy.prorationMode',
    '补贴核算',
    '不满月补贴计算方式',
    {
      FULL_IF_ON_POST: '当月在岗即按全月',
      PRORATE_DAYS_ON_POST: '按在岗天数折算',
      PRORATE_ATTENDANCE: '按出勤天数折算',
    } satisfies Record<ProrationMode, string>,
    'PRORATE_DAYS_ON_POST',
  ),
  choice(
    'subsidy.siClaim',
    '补贴核算',
    '社会保险补贴申领方式',
    { together: '随岗位补贴一并发放', separate: '单独造册发放' },
    'together',
  ),
  one('subsidy.siInjuryIncluded', '补贴核算', bool('value', '社会保险补贴含工伤保险'), false),
  // BR-24: a roster covers one month, or the quarter's three months (read on the quarter's first day).
  choice('subsidy.claimPeriod', '补贴核算', '补贴申领周期', { month: '按月', quarter: '按季度' }, 'month'),
  many(
    'recognition.olderAgeThreshold',
    '就业困难认定',
    '大龄人员年龄线',
    [int('female', '女性', 16, 70, '周岁'), int('male', '男性', 16, 70, '周岁')],
    { female: 45, male: 55 },
  ),
  one('recognition.longTermMonths', '就业困难认定', int('value', '长期失业：连续失业', 1, 120, '个月'), 12),
  one('recognition.longTermReferrals', '就业困难认定', int('value', '长期失业：推荐就业次数', 0, 50, '次'), 3),
  one('recognition.noticeDays', '就业困难认定', int('value', '公示期', 1, 60, '天'), 3),
  one('recognition.hukouRequired', '就业困难认定', bool('value', '须为本地户籍'), false),
  one('recognition.dibaoUnemployedMonths', '就业困难认定', int('value', '低保对象：连续失业', 0, 120, '个月'), 6),
  // BR-06: the 待就业援助 work list (recognitions/worklists.ts).
  one(
    ASSISTANCE_MONTHS_KEY,
    '就业困难认定',
    int('value', '就业援助：连续未援助提醒', 1, 24, '个月'),
    DEFAULT_ASSISTANCE_MONTHS,
    '已认定的就业困难人员连续满该月数既没有“就业援助”服务（联系成功且服务项目含就业援助），也没有在公益性岗位上岗的，列入“待就业援助”清单；刚认定未满该月数的不列入',
  ),
  many(
    'internships.months',
    '就业见习',
    '见习期限',
    [int('min', '最短', 1, 24, '个月'), int('max', '最长', 1, 36, '个月')],
    { min: 3, max: 12 },
  ),
  one(
    'internships.hostAllowancePercent',
    '就业见习',
    int('value', '见习单位生活补助不低于最低工资的', 0, 200, '%'),
    50,
  ),
  one('internships.graduateWindowMonths', '就业见习', int('value', '离校未就业高校毕业生：离校', 1, 120, '个月内'), 24),
  many(
    'internships.youthAges',
    '就业见习',
    '失业青年年龄',
    [int('min', '最小', 14, 30, '周岁'), int('max', '最大', 14, 35, '周岁')],
    { min: 16, max: 24 },
  ),
  one('internships.onceOnly', '就业见习', bool('value', '每人只能参加一次见习'), true),
  // E20 9 其他 (a local extension, e.g. 技工院校毕业生): off unless the county's policy allows it (migration 0027 turned
  // it on for a database that already held such internships).
  one(
    'internships.allowOtherType',
    '就业见习',
    bool('value', '允许“其他”见习人员类别'),
    false,
    '开启后可登记见习人员类别“其他”（如技工院校毕业生），须填写其他类别说明；关闭时只能登记高校毕业生和16-24岁失业青年',
  ),
  one('internships.earlyHireMinYears', '就业见习', int('value', '提前留用：劳动合同不少于', 1, 20, '年'), 2),
  // BR-27: the host pays its own share; a county may pay the fund's allowance only for months it saw paid.
  one(
    'internships.requireHostAllowanceVerified',
    '就业见习',
    bool('value', '见习补贴须核实单位已发放岗位补助'),
    false,
    '开启后，生成见习补贴花名册时只列入已勾选“单位已发放岗位补助”的月份，未勾选的不列入，并提示人数',
  ),
  many(
    'contacts.minPerMonth',
    '失业登记与联系',
    '每月最少联系次数',
    [int('A', 'A级', 1, 10, '次'), int('B', 'B级', 1, 10, '次'), int('C', 'C级', 1, 10, '次')],
    { A: 2, B: 1, C: 1 },
  ),
  // CFG-22 (BR-09): a home visit each quarter for level A, shown on the registration and the contact drawer
  // (registrations/detail.ts); the monthly work lists do not count it.
  one(
    HOME_VISITS_PER_QUARTER_KEY,
    '失业登记与联系',
    int('value', '重点帮扶：每季度入户走访次数', 0, 10, '次'),
    DEFAULT_HOME_VISITS_PER_QUARTER,
    '0 表示不要求；只统计联系方式为“入户走访”且联系成功的记录',
  ),
  one('contacts.lostContactMonths', '失业登记与联系', int('value', '连续联系不上视为失联', 1, 24, '个月'), 6),
  // BR-07: "some places use 2–3 months for 零就业家庭" (registrations/lost-contact.ts); never longer than the above.
  one(
    'contacts.zeroHouseholdLostContactMonths',
    '失业登记与联系',
    int('value', '零就业家庭成员失联建议注销月数', 2, 6, '个月'),
    6,
    '零就业家庭成员连续这么多个月联系不上，即列入“连续未联系”并建议注销；超过上一项的月数时按上一项',
  ),
  one('contacts.firstContactWorkingDays', '失业登记与联系', int('value', '登记后首次联系时限', 0, 60, '个工作日'), 5),
  many(
    'registrations.serviceLevelRules',
    '失业登记与联系',
    '服务等级',
    [int('longTermMonths', '失业满（定为重点服务）', 1, 120, '个月')],
    { longTermMonths: 12 },
  ),
  // CFG-06: 2020 expiries extended (historical); off stores null.
  many(
    EXTENSION_2020_KEY,
    '公益性岗位',
    '2020年期满补贴顺延',
    [bool('enabled', '启用'), int('months', '顺延', 0, 120, '个月')],
    { enabled: true, months: 12 },
    '2020年1月至12月期满的岗位补贴期限顺延（阶段性政策）',
  ),
  // CFG-21
  many(
    'internships.retentionThresholds',
    '就业见习',
    '见习基地留用率奖励与取消',
    [
      bool('enabled', '启用'),
      int('bonusPercent', '奖励线：留用率不低于', 0, 100, '%'),
      int('revokePercent', '取消线：留用率低于', 0, 100, '%'),
    ],
    { enabled: false, bonusPercent: 50, revokePercent: 20 },
    '留用率达到奖励线的基地可给予奖励，低于取消线的可取消基地资格',
  ),
  // CFG-25: a C03 cancellation records the monthly income, refused below the standard in force that day
  // (electron/core/modules/registrations/cancel-income.ts).
  choice(
    CANCEL_INCOME_BASIS_KEY,
    '失业登记与联系',
    '有稳定收入注销登记的收入标准',
    { minWage: '不低于当地最低工资标准', dibao: '不低于当地最低生活保障标准' },
    'minWage',
    '以“有稳定收入的劳动”注销失业登记时，录入的月收入不得低于此标准；选最低生活保障标准时，请同时设置本县城市、农村低保标准',
  ),
  // CFG-25 alternative basis (DOMAIN §8 [L]): the county's monthly 低保 standards, urban and rural; 0 = not set.
  many(
    DIBAO_STANDARD_KEY,
    '失业登记与联系',
    '最低生活保障标准',
    [money('urban', '城市低保标准', 1_000_000, '元/月'), money('rural', '农村低保标准', 1_000_000, '元/月')],
    { urban: 0, rural: 0 },
    '县（市）公布的每人每月低保标准，填 0 表示未设置。只用于核对以“有稳定收入的劳动”注销登记时的月收入；按人员的城乡属性（未填写的按常住村(社区)的城乡分类，仍不明的按城市标准）选用',
  ),
  // CFG-26 (reports/statistical-period.ts), CFG-27, CFG-30
  choice(
    REPORT_PERIOD_KEY,
    '统计报表',
    '统计周期',
    { calendarMonth: '自然月（1日至月末）', day21: '上月21日至本月20日' },
    'calendarMonth',
    '用于按月统计的统计表（就业困难人员认定及就业情况、公益性岗位安置情况、登记失业人员跟踪服务台账和定期联系情况），按当月20日适用的设置；考勤表和补贴发放花名册始终按自然月',
  ),
  one('reports.dueDay', '统计报表', int('value', '月报报送截止日：每月', 1, 28, '日'), 25),
  // CFG-30: the statistical tables (RPT-07, RPT-10, RPT-15); rosters of payments stay in 元.
  choice(
    MONEY_UNIT_KEY,
    '统计报表',
    '统计表金额单位',
    { yuan: '元', wanYuan: '万元（保留两位小数）' },
    'yuan',
    '用于公益性岗位安置、就业见习、职业技能培训情况统计表；发放花名册和台账的金额始终以元为单位',
  ),
  // CFG-28
  choice(
    'persons.femaleRetirementDefault',
    '人员信息',
    '女性默认法定退休年龄类别',
    { F50: '女职工（原50周岁）', F55: '女干部（原55周岁）' },
    'F50',
    '新增人员时的默认值，每人可单独修改',
  ),
  // CFG-29, CFG-31
  many(
    ID_MASK_KEY,
    '个人信息保护',
    '公民身份号码隐藏显示',
    [
      int('keepStart', '显示前', 0, ID_MASK_MAX.keepStart, '位'),
      int('keepEnd', '显示后', 0, ID_MASK_MAX.keepEnd, '位'),
    ],
    { ...DEFAULT_ID_MASK },
    '列表和报表中隐藏中间的数字，至少隐藏8位；联系工作清单为便于按尾号查找，仍显示后6位',
  ),
  // VR-09: names are masked only on public notices, and only when the county requires it.
  choice(
    NOTICE_NAME_MASK_KEY,
    '个人信息保护',
    '公示名单姓名脱敏',
    { none: '不脱敏', keepSurname: '保留姓和末字，如 张*三、李*' },
    'none',
    '用于就业困难人员认定公示名单，按所导出期间最后一天适用的设置；其他报表和列表始终显示完整姓名',
  ),
  one(
    'archive.closedCaseYears',
    '个人信息保护',
    int('value', '已办结人员档案保存', 1, 50, '年'),
    5,
    '自最后一次业务之日起计算；到期档案在“设置 → 档案到期”中导出和清理，列入补贴发放花名册的人员按会计档案规定保存',
  ),
  many(
    TRAINING_RULES_KEY,
    '职业技能培训',
    '职业培训补贴标准及规则',
    [
      ...SUBSIDISED_CERTIFICATES.map((c) => money(standardField(c.code), `补贴标准：${c.label}`, 10_000_000, '元/人')),
      int('minAttendancePercent', '出勤学时不低于课程学时的', 1, 100, '%'),
      int('maxPerYear', '每人每年最多补贴', 1, 12, '次'),
      money('livingFenPerDay', '生活费补贴', 10_000_000, '元/天'),
      int('livingMaxDays', '生活费补贴最多', 0, 365, '天'),
      int('hoursPerDay', '每天折算学时', 1, 24, '学时'),
      int('followUpMonths', '结业后就业跟踪', 1, 36, '个月'),
      int('filingLeadDays', '开班前备案提前', 0, 60, '个工作日'),
      int('graduateYearsBack', '毕业年度高校毕业生：毕业后', 0, 5, '年内'),
    ],
    {
      ...Object.fromEntries(
        SUBSIDISED_CERTIFICATES.map((c) => [
          standardField(c.code),
          (DEFAULT_TRAINING_RULES.standards as Record<string, number | undefined>)[c.code] ?? 0,
        ]),
      ),
      minAttendancePercent: DEFAULT_TRAINING_RULES.minAttendancePercent,
      maxPerYear: DEFAULT_TRAINING_RULES.maxPerYear,
      livingFenPerDay: DEFAULT_TRAINING_RULES.livingFenPerDay,
      livingMaxDays: DEFAULT_TRAINING_RULES.livingMaxDays,
      hoursPerDay: DEFAULT_TRAINING_RULES.hoursPerDay,
      followUpMonths: 6,
      filingLeadDays: 3,
      graduateYearsBack: 1,
    },
    '补贴标准按证书类型，每人一次；填 0 表示该证书不予补贴。生活费补贴只发给就业困难人员和零就业家庭成员',
  ),
];

export const ruleSettingDef = (key: string) => RULE_SETTINGS.find((d) => d.key === key);
