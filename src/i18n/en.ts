/**
 * Our words in English: the page around the story, the words shared by the charts and their tables, and
 * how English writes numbers and punctuation. The story is in content/story/en, the data's own text in
 * content/data, and each chart's own labels in its module. `zh.ts` has the same keys.
 */
export const en = {
  siteName: 'The price butcher',
  kicker: 'DeepSeek and China’s AI price war',
  byline: 'Words and design by the newsroom technology desk',
  credit: 'Based on reporting by Chen Zhenfang and Wu Yangyu, Jiemian News (2024)',
  creditLink: 'Jiemian News',
  published: 'Published',
  updated: 'updated',
  skipLink: 'Skip to the article',
  editionsNav: 'Read in',
  heroFigureLabel: 'for a million tokens of input',
  heroFigureNote: (model: string, day: string) => `${model}’s price, ${day}`,
  originalLabel: 'The original, in Chinese:',
  pseudonym: 'pseudonym',
  reportedBy: 'reported by ',
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
  shareStep: 'Share this step',
  stepLinkCopied: 'Link copied. It opens this step, with its chart.',
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
  footer: (rate: string) => `All prices in yuan (CNY) per million tokens unless stated; US dollars at ${rate} yuan.`,
  notFoundTitle: 'Nothing at this address',
  notFoundText:
    'The page you asked for is not here. The whole story is one long page: begin at the top, or go straight to a section.',
  notFoundStart: 'Read the story from the beginning',
  notFoundSections: 'The sections',
  desk: 'The newsroom technology desk',
  reportingOutlet: 'Jiemian News',
  reporters: ['Chen Zhenfang', 'Wu Yangyu'],

  /** The data downloads under the sources. */
  downloads: {
    csv: 'Prices as CSV',
    csvNote: 'one row per price, in yuan per million tokens',
    json: 'All the data as JSON',
    jsonNote: 'prices, later prices, other figures and every source',
  },

  /** The hero's sliding bars. */
  priceSlide: {
    caption: 'Input price, yuan per million tokens, May 2024',
    label: (turbo: string, deepseek: string) =>
      `GPT-4-Turbo: ${turbo} yuan; DeepSeek-V2: ${deepseek} yuan, per million input tokens`,
  },

  /** Where people and companies stood: the stance map's rows and columns, and the badge on each quote. */
  stance: {
    may2024: { cut: 'Cut prices or launched low', held: 'Held their prices', outside: 'Not in the price war' },
    mayShort: { cut: 'Cut', held: 'Held', outside: 'Not in it' },
    /** The brief's stances, as quote badges and the map's rows both name them. */
    view: {
      optimist: 'Optimistic',
      follows: 'Followed, and said why',
      sceptic: 'Sceptical',
      refuses: 'Refused to join in',
      none: 'No view on record',
    },
    paraphrased: 'paraphrased',
    pseudonymNote: '* a pseudonym',
  },

  /** Labels more than one chart uses. */
  chart: {
    input: 'Input',
    output: 'Output',
    free: 'Free',
    perMillion: 'yuan per million tokens',
    logNote: 'log scale',
  },

  /** The columns and cells of the charts' data tables that more than one table uses. */
  table: {
    date: 'Date',
    company: 'Company',
    model: 'Model',
    before: 'Input before',
    after: 'Input after',
    output: 'Output after',
    published: 'As published',
    note: 'Note',
    paid: 'paid (not recorded)',
    unit: {
      'CNY/M': 'yuan per million tokens',
      'CNY/K': 'yuan per thousand tokens',
      'USD/M': 'dollars per million tokens',
    },
    basis: { own: '', industry: ' (industry price)', 'source-only': ' (only in the source article)' },
    stances: ['Who', 'May 2024 (they or their company)', 'View', 'In their words'],
  },

  /** How English writes numbers, prices and dates. */
  numbers: {
    /** The Intl locale. */
    locale: 'en-GB',
    grouping: true,
    free: 'free',
    yuan: (n: string) => `¥${n}`,
    /** Large counts, largest first: at or above `from`, divided by `unit`, with `digits` decimals. */
    large: [{ from: 1e6, unit: 1e6, digits: 2, suffix: ' million' }] as readonly {
      from: number;
      unit: number;
      digits: number;
      suffix: string;
    }[],
  },

  /** Punctuation for text assembled from parts. */
  punctuation: {
    colon: ': ',
    semicolon: '; ',
    comma: ', ',
    list: ', ',
    stop: '. ',
    paren: (text: string) => ` (${text})`,
    /** Between a word and a number or date that follows it. */
    space: ' ',
    /** A reference in the list of sources: "Publisher. Title. Authors. Date." */
    reference: { separator: '. ', end: '.' },
  },

  /** Which words of a quote this edition leads with: our translation, or the speaker's own. */
  quoteText: 'translation' as 'translation' | 'original',
};

export type Words = typeof en;
