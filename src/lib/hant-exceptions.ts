/**
 * Where OpenCC's conversion is wrong for this article, and what we print instead. Each entry names the
 * Simplified text it was found in, what OpenCC makes of it and what a Taiwanese reader expects; the unit
 * tests check both, so an entry that OpenCC no longer needs fails its test and can be dropped.
 *
 * `words` entries apply to our own narrative and interface (converted with OpenCC's Taiwan phrase table,
 * `cn` → `twp`); `characters` entries to quotes and the titles of cited works, which are converted
 * character by character (`cn` → `tw`) so that the words stay the speaker's.
 */

export interface HantException {
  /** Simplified text in which OpenCC gets it wrong. */
  simplified: string;
  /** What OpenCC gives for it. */
  opencc: string;
  /** What we print. */
  ours: string;
  why: string;
}

const FOLD: HantException = {
  simplified: '折合',
  opencc: '摺合',
  ours: '折合',
  why: '折合 is "amount to, be equivalent to"; 摺 means to fold.',
};
const MEASURE_WORD: HantException = {
  simplified: '1个中文字符',
  opencc: '1箇中',
  ours: '1個中',
  why: 'OpenCC reads 个中 as the phrase 箇中 ("therein"); here it is a measure word followed by 中文.',
};
/** The Ministry of Education's standard forms are 發布, 公布 and 宣布; OpenCC mixes them with 發佈 and the rest. */
const STANDARD_FORMS: HantException[] = [
  { simplified: '发布', opencc: '發佈', ours: '發布', why: 'OpenCC writes 發佈 alone but 發布 in 对外发布.' },
  { simplified: '公布', opencc: '公佈', ours: '公布', why: 'The standard form, as for 發布.' },
  { simplified: '宣布', opencc: '宣佈', ours: '宣布', why: 'The standard form, as for 發布.' },
];
const INVOLUTION = 'involution (内卷), written 內捲 in Traditional characters; OpenCC converts 内卷 but not 卷 alone';

export const HANT_EXCEPTIONS: { words: HantException[]; characters: HantException[] } = {
  words: [
    FOLD,
    MEASURE_WORD,
    ...STANDARD_FORMS.slice(1),
    {
      simplified: '发布',
      opencc: '釋出',
      ours: '發布',
      why: 'The Taiwan phrase table gives 釋出, the software-release sense; launches and prices are 發布.',
    },
    { simplified: '被迫卷', opencc: '被迫卷', ours: '被迫捲', why: `卷 here is ${INVOLUTION}.` },
    { simplified: '界面新闻', opencc: '介面新聞', ours: '界面新聞', why: 'A name: Jiemian News is 界面新聞.' },
    {
      simplified: '硅基流动',
      opencc: '矽基流動',
      ours: '硅基流動',
      why: 'A company’s name (SiliconFlow), not the element silicon.',
    },
    {
      simplified: '参数',
      opencc: '引數',
      ours: '參數',
      why: 'A model’s parameters are 參數; 引數 is a function’s argument.',
    },
    { simplified: '云计算', opencc: '雲端計算', ours: '雲端運算', why: 'Taiwan writes cloud computing 雲端運算.' },
    {
      simplified: '计算集群',
      opencc: '計算叢集',
      ours: '運算叢集',
      why: 'Taiwan writes a computing cluster 運算叢集.',
    },
    { simplified: '创业公司', opencc: '創業公司', ours: '新創公司', why: 'A start-up is 新創公司 in Taiwan.' },
    { simplified: '初创公司', opencc: '初創公司', ours: '新創公司', why: 'The same, in our glosses.' },
    {
      simplified: '有云业务',
      opencc: '有云',
      ours: '有雲',
      why: 'OpenCC reads 有云 as the classical "it is said" and leaves 云 alone; in this article it is always the cloud.',
    },
    {
      simplified: '百川智能',
      opencc: '百川智慧',
      ours: '百川智能',
      why: 'A company’s name (Baichuan); the phrase table turns every 智能 into 智慧.',
    },
    { simplified: '智能助手', opencc: '智慧助手', ours: '智慧助理', why: 'Taiwan calls an AI assistant 智慧助理.' },
    {
      simplified: '内部人士消息',
      opencc: '內部人士訊息',
      ours: '內部人士消息',
      why: 'News from a source is 消息 in Taiwan too; 訊息 is a message.',
    },
    { simplified: '好消息', opencc: '好訊息', ours: '好消息', why: 'Good news is 好消息.' },
    { simplified: '报道', opencc: '報道', ours: '報導', why: 'Taiwan’s standard form for a news report.' },
    { simplified: '事实核查', opencc: '事實核查', ours: '事實查核', why: 'Taiwan’s term for fact-checking.' },
    { simplified: '错峰', opencc: '錯峰', ours: '離峰', why: 'Off-peak is 離峰 in Taiwan.' },
    { simplified: '算账', opencc: '算賬', ours: '算帳', why: 'Taiwan writes accounts with 帳.' },
    { simplified: '总账', opencc: '總賬', ours: '總帳', why: 'As for 算帳.' },
    { simplified: '平方米', opencc: '平方米', ours: '平方公尺', why: 'A square metre is 平方公尺 in Taiwan.' },
    { simplified: '代金券', opencc: '代金券', ours: '抵用券', why: 'A voucher is 抵用券 in Taiwan.' },
    { simplified: '帖子', opencc: '帖子', ours: '貼文', why: 'A post online is 貼文 in Taiwan.' },
    // From a Taiwanese editor's second read of the edition.
    {
      simplified: '推理服务',
      opencc: '推理服務',
      ours: '推論服務',
      why: 'Serving a model (inference) is 推論; 推理 is reasoning.',
    },
    { simplified: '推理基础设施', opencc: '推理基礎設施', ours: '推論基礎設施', why: 'As for 推論服務.' },
    {
      simplified: '跟踪',
      opencc: '跟蹤',
      ours: '追蹤',
      why: '跟蹤 reads as tailing someone in Taiwan; to follow an industry is 追蹤.',
    },
    { simplified: '标杆', opencc: '標杆', ours: '標竿', why: 'The Ministry of Education form of a benchmark.' },
    { simplified: '比拼', opencc: '比拼', ours: '比拚', why: 'The Ministry of Education form.' },
    {
      simplified: '身份',
      opencc: '身份',
      ours: '身分',
      why: 'The Ministry of Education form, as the Central News Agency writes it.',
    },
    { simplified: '公开记录', opencc: '公開記錄', ours: '公開紀錄', why: 'A record, the noun, is 紀錄.' },
    {
      simplified: '专业的本科',
      opencc: '專業的本科',
      ours: '系的大學部',
      why: 'Taiwan studies in a 系, at 大學部; 本科 is mainland usage.',
    },
    { simplified: '本科毕业', opencc: '本科畢業', ours: '大學畢業', why: 'As for 大學部.' },
    { simplified: '移动互联网', opencc: '移動網際網路', ours: '行動網路', why: 'Mobile is 行動 in Taiwan.' },
    {
      simplified: '创始人',
      opencc: '創始人',
      ours: '創辦人',
      why: 'Taiwan’s press writes a company’s founder 創辦人.',
    },
    { simplified: '体量', opencc: '體量', ours: '規模', why: '體量 is mainland usage.' },
    { simplified: '兜底', opencc: '兜底', ours: '撐腰', why: '兜底 is a mainland colloquialism.' },
    { simplified: '出海', opencc: '出海', ours: '轉戰海外', why: 'In Taiwan 出海 is putting out to sea.' },
    { simplified: '云服务', opencc: '雲服務', ours: '雲端服務', why: 'Taiwan writes cloud services 雲端服務.' },
    { simplified: '超级应用', opencc: '超級應用', ours: '超級App', why: 'Taiwan calls an app an App.' },
    { simplified: '聊天应用', opencc: '聊天應用', ours: '聊天App', why: 'As for 超級App.' },
    {
      simplified: '天天打开',
      opencc: '天天開啟',
      ours: '天天打開',
      why: 'The phrase table’s 開啟 is an interface word; people open an app.',
    },
    { simplified: '抢用户', opencc: '搶使用者', ours: '搶用戶', why: 'In a fight for custom Taiwan also says 用戶.' },
  ],
  characters: [
    FOLD,
    MEASURE_WORD,
    ...STANDARD_FORMS,
    {
      simplified: '这么卷',
      opencc: '這麼卷',
      ours: '這麼捲',
      why: `Kai-Fu Lee’s 卷 is ${INVOLUTION}. A character changes, not a word.`,
    },
    { simplified: '被迫卷', opencc: '被迫卷', ours: '被迫捲', why: `The adviser’s 卷 is ${INVOLUTION}.` },
  ],
};
