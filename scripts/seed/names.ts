// Person names as written in Chinese in Kashgar registers. Uyghur and Kazakh names are given name · father's
// name (阿不都热合曼·买买提), most with the interpunct U+00B7 (VR-05), some written without it.
import type { Rng } from './rng';

const UYGHUR_MALE = [
  '阿不都热合曼',
  '买买提',
  '艾合买提',
  '吐尔逊',
  '艾力',
  '阿迪力',
  '麦麦提',
  '艾山',
  '吾斯曼',
  '玉素甫',
  '亚森',
  '阿卜杜拉',
  '依明',
  '卡德尔',
  '热西提',
  '努尔买买提',
  '吐尔洪',
  '阿不力孜',
  '艾尔肯',
  '木合塔尔',
  '塔依尔',
  '肉孜',
  '哈力克',
  '库尔班',
  '斯迪克',
  '托合提',
  '吾买尔',
  '阿里木',
  '买合木提',
  '沙吾提',
  '阿布来提',
  '艾克拜尔',
  '伊斯拉木',
  '阿不都外力',
  '克然木',
  '努尔艾力',
  '帕尔哈提',
  '如则',
  '艾则孜',
  '买买提明',
  '阿卜杜热西提',
  '热合曼',
  '吐送',
  '司马义',
  '阿不都克里木',
  '麦合木提',
  '喀斯木',
  '尼亚孜',
  '吾守尔',
  '艾尼瓦尔',
];
const UYGHUR_FEMALE = [
  '古丽',
  '阿依古丽',
  '古丽尼格尔',
  '帕提古丽',
  '迪丽努尔',
  '米热古丽',
  '热依拉',
  '祖丽胡玛尔',
  '阿依努尔',
  '努尔古丽',
  '布沙拉',
  '热娜古丽',
  '阿依夏木',
  '海力其古丽',
  '再努尔',
  '如克亚',
  '玛依拉',
  '吐尼沙',
  '茹仙古丽',
  '阿娜尔古丽',
  '排尔代',
  '古再丽努尔',
  '图尔荪古丽',
  '麦尔耶姆',
  '阿米娜',
  '帕丽达',
  '苏比努尔',
  '阿孜古丽',
  '海尼沙',
  '佐热古丽',
  '布阿依谢姆',
  '祖丽皮耶',
  '热孜万古丽',
  '阿依先木',
  '孜巴古丽',
  '努尔尼沙',
  '美合日阿依',
  '热比古丽',
  '阿瓦古丽',
  '萨尼亚',
];
const KAZAKH_MALE = [
  '努尔兰',
  '叶尔兰',
  '别克',
  '哈那提',
  '别克波拉提',
  '叶尔江',
  '达吾列提',
  '阿合买提江',
  '加尔肯',
  '胡安德克',
];
const KAZAKH_FEMALE = ['阿依达娜', '加娜尔', '古丽娜尔', '阿依江', '沙吾列', '库拉依', '玛地娜', '阿克列克'];
const KAZAKH_FATHER = ['叶尔肯', '哈力别克', '吐尔逊别克', '努尔兰', '胡安', '别克', '马合沙提', '加恩斯'];
const KYRGYZ = ['吐尔干', '阿斯力别克', '托合托逊', '玛纳斯', '阿依别克', '卡依尔', '古丽加玛丽', '阿依提'];
const TAJIK = ['阿米尔', '买尔旦', '达吾来提', '古丽斯坦', '阿娜尔汗', '拜合提亚尔', '米尔扎', '夏合代'];

const HAN_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
];
const HUI_SURNAMES = ['马', '马', '马', '白', '杨', '丁', '穆', '哈', '沙', '海', '韩', '冶'];
const HAN_MALE = [
  '建国',
  '志强',
  '伟',
  '军',
  '勇',
  '磊',
  '洋',
  '杰',
  '涛',
  '明',
  '超',
  '刚',
  '平',
  '建新',
  '新疆',
  '卫东',
  '海军',
  '文斌',
  '国庆',
  '振华',
];
const HAN_FEMALE = [
  '秀英',
  '丽娟',
  '海燕',
  '芳',
  '娟',
  '静',
  '敏',
  '艳',
  '霞',
  '秀兰',
  '桂英',
  '玉兰',
  '晓燕',
  '红梅',
  '丽',
  '婷',
  '雪梅',
  '春花',
];

type NameStyle = 'uyghur' | 'kazakh' | 'kyrgyz' | 'tajik' | 'han' | 'hui';

/** The name style for an E02 code (others get Han-style names). */
export function nameStyleOf(ethnicity: string): NameStyle {
  switch (ethnicity) {
    case '05':
    case '43':
    case '50':
      return 'uyghur';
    case '17':
      return 'kazakh';
    case '29':
      return 'kyrgyz';
    case '41':
      return 'tajik';
    case '03':
      return 'hui';
    default:
      return 'han';
  }
}

function joined(rng: Rng, given: string, father: string): string {
  // Most registers write the interpunct; some clerks run the two names together.
  return rng.chance(0.85) ? `${given}·${father}` : `${given}${father}`;
}

/** A plausible name for the given style and sex ('1' male, '2' female). */
export function personName(rng: Rng, style: NameStyle, sex: '1' | '2'): string {
  switch (style) {
    case 'uyghur':
      return joined(rng, rng.pick(sex === '1' ? UYGHUR_MALE : UYGHUR_FEMALE), rng.pick(UYGHUR_MALE));
    case 'kazakh':
      return joined(rng, rng.pick(sex === '1' ? KAZAKH_MALE : KAZAKH_FEMALE), rng.pick(KAZAKH_FATHER));
    case 'kyrgyz':
      return joined(rng, rng.pick(KYRGYZ), rng.pick(KYRGYZ));
    case 'tajik':
      return joined(rng, rng.pick(TAJIK), rng.pick(TAJIK));
    case 'hui':
    case 'han': {
      const surname = rng.pick(style === 'hui' ? HUI_SURNAMES : HAN_SURNAMES);
      return surname + rng.pick(sex === '1' ? HAN_MALE : HAN_FEMALE);
    }
  }
}
