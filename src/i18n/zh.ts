/**
 * Our words in Chinese, with the keys of `en.ts`. Written in Simplified characters: the 繁體 edition
 * converts them with its page.
 */
import type { Words } from './en';

export const zh: Words = {
  siteName: '价格屠夫',
  kicker: 'DeepSeek与中国大模型价格战',
  byline: '文字与设计：新闻技术组',
  credit: '据界面新闻记者陈振芳、伍洋宇的报道',
  creditLink: '界面新闻',
  published: '发布于',
  updated: '更新于',
  skipLink: '跳到正文',
  editionsNav: '阅读版本',
  heroFigureLabel: '买一百万个输入tokens',
  heroFigureNote: (model: string, day: string) => `${model}的定价，${day}`,
  originalLabel: '',
  pseudonym: '化名',
  reportedBy: '来源：',
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
  shareStep: '分享这一步',
  stepLinkCopied: '链接已复制，打开后即到这一步和它的图表。',
  embed: '嵌入',
  embedIframe: '把这段代码贴到要显示的位置，高度会自动适应内容：',
  embedPym: '如果你的网站使用pym.js：',
  embedUnsized: '这个嵌入框不允许运行脚本，因此无法自动调整高度。请到原文阅读这一部分。',
  copy: '复制',
  copied: '已复制到剪贴板。',
  effectsOff: '关闭滚动效果',
  effectsOn: '重新开启滚动效果',
  backToTop: '回到顶部',
  footer: (rate: string) => `除另有说明外，价格单位均为元/百万tokens；美元按1美元兑${rate}元人民币换算。`,
  notFoundTitle: '这个地址没有页面',
  notFoundText: '你要找的页面不在这里。全文都在同一页上，可以从头读起，也可以直接跳到其中一节。',
  notFoundStart: '从头阅读全文',
  notFoundSections: '各节',
  desk: '新闻技术组',
  reportingOutlet: '界面新闻',
  reporters: ['陈振芳', '伍洋宇'],

  downloads: {
    csv: '价格数据（CSV）',
    csvNote: '每行一个价格，单位为元/百万tokens',
    json: '全部数据（JSON）',
    jsonNote: '价格、后续价格、其他数据及全部来源',
  },

  priceSlide: {
    caption: '输入价格，元/百万tokens，2024年5月',
    label: (turbo: string, deepseek: string) =>
      `GPT-4-Turbo：${turbo}元；DeepSeek-V2：${deepseek}元（每百万输入tokens）`,
  },

  stance: {
    may2024: { cut: '降价或低价发布', held: '没有降价', outside: '未参与价格战' },
    mayShort: { cut: '降价', held: '未降价', outside: '未参与' },
    view: {
      optimist: '持乐观态度',
      follows: '跟进降价并说明原因',
      sceptic: '持怀疑态度',
      refuses: '拒绝参与',
      none: '未见表态',
    },
    paraphrased: '转述',
    pseudonymNote: '* 化名',
  },

  chart: {
    input: '输入',
    output: '输出',
    free: '免费',
    perMillion: '元/百万tokens',
    logNote: '对数刻度',
  },

  table: {
    date: '日期',
    company: '公司',
    model: '模型',
    before: '降价前输入价',
    after: '降价后输入价',
    output: '降价后输出价',
    published: '原始报价',
    note: '备注',
    paid: '收费（价格未录）',
    unit: { 'CNY/M': '元/百万tokens', 'CNY/K': '元/千tokens', 'USD/M': '美元/百万tokens' },
    basis: { own: '', industry: '（行业价格）', 'source-only': '（仅见于原报道）' },
    stances: ['谁', '2024年5月（本人或所在公司）', '态度', '原话'],
  },

  numbers: {
    locale: 'zh-CN',
    // Chinese groups large numbers with 万 and 亿, not with commas.
    grouping: false,
    free: '免费',
    yuan: (n: string) => `${n}元`,
    large: [
      { from: 1e8, unit: 1e8, digits: 2, suffix: '亿' },
      { from: 1e6, unit: 1e4, digits: 0, suffix: '万' },
      { from: 1e4, unit: 1e4, digits: 1, suffix: '万' },
    ],
  },

  punctuation: {
    colon: '：',
    semicolon: '；',
    comma: '，',
    list: '、',
    stop: '。',
    paren: (text: string) => `（${text}）`,
    space: '',
    reference: { separator: '，', end: '。' },
  },

  quoteText: 'original',
};
