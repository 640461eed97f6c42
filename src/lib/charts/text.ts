/** The words inside the charts, in each hand-written language (the Traditional edition converts the page). */
import type { Lang } from './model';

const en = {
  input: 'Input',
  output: 'Output',
  free: 'Free',
  perMillion: 'yuan per million tokens',
  logNote: 'log scale',
  industry: 'industry price',
  industryShort: 'industry',
  paid: 'paid',
  sourceOnly: 'price before: source only',
  cut: (p: string) => `−${p}`,
  cacheHit: 'Cached input',
  cacheHitShort: 'Cached',
  cacheMiss: 'Input',
  promo: 'Launch offer',
  offPeak: 'Off-peak hours: V3 at half price, R1 at a quarter',
  confirmed: 'About 10,000 A100s',
  confirmedNote: 'confirmed',
  estimate: '“Over 20,000” in all?',
  estimateNote: 'one unnamed insider’s estimate',
  estimateNoteShort: 'one insider’s estimate',
  perSquare: 'Each square is 100 GPUs',
  vsIndustry: 'vs the industry’s price',
  tokens: 'tokens',
  characters: 'Chinese characters',
  noLimit: 'no limit',
  before: 'before',
  after: 'after',
};

export type ChartText = typeof en;

const zh: ChartText = {
  input: '输入',
  output: '输出',
  free: '免费',
  perMillion: '元/百万tokens',
  logNote: '对数刻度',
  industry: '行业价格',
  industryShort: '行业价',
  paid: '收费',
  sourceOnly: '原价仅见于原报道',
  cut: (p: string) => `−${p}`,
  cacheHit: '缓存输入',
  cacheHitShort: '缓存',
  cacheMiss: '输入',
  promo: '上线优惠',
  offPeak: '错峰时段：V3半价，R1四分之一价',
  confirmed: '约一万张A100',
  confirmedNote: '有报道证实',
  estimate: '共“超过两万张”？',
  estimateNote: '一位匿名业内人士的估计',
  estimateNoteShort: '一位业内人士的估计',
  perSquare: '每个方格代表100张GPU',
  vsIndustry: '相对行业价格',
  tokens: 'tokens',
  characters: '汉字数',
  noLimit: '不限量',
  before: '降价前',
  after: '降价后',
};

export function chartText(lang: Lang): ChartText {
  return lang === 'en' ? en : zh;
}

/** The class that colours a company's marks; labels name the company, so colour is never the only cue. */
export function companyClass(id: string): string {
  if (id.startsWith('deepseek')) return 'c-deepseek';
  if (id.startsWith('gpt')) return 'c-openai';
  return 'c-rival';
}
