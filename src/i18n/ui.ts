/** The words of the page around the story, in each hand-written language; 繁體 is converted from 简体. */
import { stanceWords } from '../lib/charts/stances';
import type { Edition } from '../lib/editions';

const en = {
  siteName: 'The price butcher',
  kicker: 'DeepSeek and China’s AI price war',
  byline: 'Words and design by the newsroom technology desk',
  credit: 'Based on reporting by Chen Zhenfang and Wu Yangyu, Jiemian News (2024)',
  creditLink: 'Jiemian News',
  published: 'Published',
  updated: 'updated',
  skipLink: 'Skip to the article',
  editionsNav: 'Read in',
  heroFigureValue: '¥1',
  heroFigureLabel: 'for a million tokens of input',
  heroFigureNote: 'DeepSeek-V2’s price, 6 May 2024',
  originalLabel: 'The original, in Chinese:',
  pseudonym: 'pseudonym',
  reportedBy: 'reported by ',
  /** A quote's stance, in the words the stance map uses for its rows. */
  stance: stanceWords('en').view,
  notesLabel: 'Notes on this quote',
  factCheck: 'Fact check',
  verdict: {
    corrected: 'Corrected',
    attributed: 'Reported, not confirmed',
    partly: 'Partly confirmed',
    conflicting: 'Sources disagree',
  },
  said: 'The source article said',
  finding: 'What other reporting shows',
  sourcesLabel: 'Sources',
  chartData: 'The data behind this chart',
  contents: 'Contents',
  contentsTop: 'The price butcher (top)',
  minutesRead: (n: number) => `${n} min read`,
  share: 'Share',
  shareEmail: 'Email',
  shareWeibo: 'Weibo',
  copyLink: 'Copy link',
  shareNative: 'Share…',
  linkCopied: 'Link copied. It opens this section.',
  embed: 'Embed',
  embedIframe: 'Paste this where it should appear; it sizes itself to its content:',
  embedPym: 'Or, if your site uses pym.js:',
  embedUnsized:
    'This embed cannot set its own height here, because its frame does not let it run scripts. Read this part of the story in the full article.',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  effectsOff: 'Turn off scrolling effects',
  effectsOn: 'Turn scrolling effects back on',
  backToTop: 'Back to the top',
  footer: 'All prices in yuan (CNY) per million tokens unless stated; US dollars at 7.1020 yuan.',
  notFoundTitle: 'Nothing at this address',
  notFoundText:
    'The page you asked for is not here. The whole story is one long page: begin at the top, or go straight to a section.',
  notFoundStart: 'Read the story from the beginning',
  notFoundSections: 'The sections',
  desk: 'The newsroom technology desk',
  reportingOutlet: 'Jiemian News',
  reporters: ['Chen Zhenfang', 'Wu Yangyu'],
};

export type UiStrings = typeof en;

const zh: UiStrings = {
  siteName: '价格屠夫',
  kicker: 'DeepSeek与中国大模型价格战',
  byline: '文字与设计：新闻技术组',
  credit: '据界面新闻记者陈振芳、伍洋宇的报道',
  creditLink: '界面新闻',
  published: '发布于',
  updated: '更新于',
  skipLink: '跳到正文',
  editionsNav: '阅读版本',
  heroFigureValue: '1元',
  heroFigureLabel: '买一百万个输入tokens',
  heroFigureNote: 'DeepSeek-V2的定价，2024年5月6日',
  originalLabel: '',
  pseudonym: '化名',
  reportedBy: '来源：',
  stance: stanceWords('zh').view,
  notesLabel: '这段引语的注释',
  factCheck: '事实核查',
  verdict: {
    corrected: '已更正',
    attributed: '仅见于原报道，未经证实',
    partly: '部分未经证实',
    conflicting: '各方说法不一',
  },
  said: '原报道称',
  finding: '其他报道显示',
  sourcesLabel: '来源',
  chartData: '查看图表数据',
  contents: '目录',
  contentsTop: '价格屠夫（开头）',
  minutesRead: (n: number) => `阅读约${n}分钟`,
  share: '分享',
  shareEmail: '电子邮件',
  shareWeibo: '微博',
  copyLink: '复制链接',
  shareNative: '分享…',
  linkCopied: '链接已复制，打开后即到本节。',
  embed: '嵌入',
  embedIframe: '把这段代码贴到要显示的位置，高度会自动适应内容：',
  embedPym: '如果你的网站使用pym.js：',
  embedUnsized: '这个嵌入框不允许运行脚本，因此无法自动调整高度。请到原文阅读这一部分。',
  copy: '复制',
  copied: '已复制到剪贴板。',
  effectsOff: '关闭滚动效果',
  effectsOn: '重新开启滚动效果',
  backToTop: '回到顶部',
  footer: '除另有说明外，价格单位均为元/百万tokens；美元按1美元兑7.1020元人民币换算。',
  notFoundTitle: '这个地址没有页面',
  notFoundText: '你要找的页面不在这里。全文都在同一页上，可以从头读起，也可以直接跳到其中一节。',
  notFoundStart: '从头阅读全文',
  notFoundSections: '各节',
  desk: '新闻技术组',
  reportingOutlet: '界面新闻',
  reporters: ['陈振芳', '伍洋宇'],
};

/**
 * The strings for an edition's body. Both Chinese editions get the Simplified text: the layout converts
 * the whole body of the Traditional edition once, so that nothing is converted twice.
 */
export function ui(edition: Edition): UiStrings {
  return edition.content === 'en' ? en : zh;
}

/** Text written once per language (`{ en, zh }`), for an edition's body (see `ui`). */
export function pick(text: { en: string; zh: string }, edition: Edition): string {
  return edition.content === 'en' ? text.en : text.zh;
}
