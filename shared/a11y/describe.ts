import type { AxeNodeSummary, AxeRuleSummary } from './audit-types.ts';

/**
 * An accessibility problem said the way a webmaster can act on it: what is wrong with which element, with the
 * values measured (contrast ratio and colours, the field without a label, the image's file name), and what to
 * change. zh has no rule ids or English; en keeps them for people who look the rule up.
 */
export interface A11yDescription {
  describe: string;
  describeEn: string;
  fixZh: string;
  fixEn: string;
}

type Describer = (node: AxeNodeSummary, rule: AxeRuleSummary) => A11yDescription | undefined;

/** An attribute's value in an HTML excerpt (axe's node.html), decoded enough to quote. */
export function attributeOf(html: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(html);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return (
    value
      ?.replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .trim() || undefined
  );
}

/** The last path segment of an image address: what a webmaster finds the file by. */
export function fileNameOf(src: string | undefined): string | undefined {
  if (!src || src.startsWith('data:')) return undefined;
  const path = src.split(/[?#]/)[0];
  return decodeURIComponentSafe(path.slice(path.lastIndexOf('/') + 1)) || undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Visible text of an excerpt, shortened for quoting. */
function textOf(html: string): string {
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

const FIELD_KIND: Record<string, [string, string]> = {
  text: ['文本输入框', 'text field'],
  search: ['搜索框', 'search field'],
  password: ['密码框', 'password field'],
  email: ['邮箱输入框', 'e-mail field'],
  tel: ['电话输入框', 'phone field'],
  checkbox: ['复选框', 'checkbox'],
  radio: ['单选按钮', 'radio button'],
  file: ['文件选择框', 'file picker'],
  number: ['数字输入框', 'number field'],
  date: ['日期输入框', 'date field'],
  select: ['下拉选择框', 'drop-down list'],
  textarea: ['多行文本框', 'text area'],
};

/** Which form field: its kind and whatever names it on screen or in the code (placeholder, title, name, id). */
function fieldOf(html: string): { zh: string; en: string } {
  const tag = /^<\s*(\w+)/.exec(html)?.[1]?.toLowerCase() ?? 'input';
  const type = tag === 'input' ? (attributeOf(html, 'type') ?? 'text').toLowerCase() : tag;
  const [kindZh, kindEn] = FIELD_KIND[type] ?? FIELD_KIND.text;
  const placeholder = attributeOf(html, 'placeholder') ?? attributeOf(html, 'title');
  const code = attributeOf(html, 'name') ?? attributeOf(html, 'id');
  const hint = placeholder
    ? [`提示文字“${placeholder}”`, `placeholder "${placeholder}"`]
    : code
      ? [`字段名 ${code}`, `field ${code}`]
      : undefined;
  return { zh: hint ? `${kindZh}（${hint[0]}）` : kindZh, en: hint ? `${kindEn} (${hint[1]})` : kindEn };
}

const ratio = (value: string | number | undefined): string | undefined =>
  value === undefined ? undefined : typeof value === 'number' ? `${Math.round(value * 100) / 100}:1` : value;

const contrast: Describer = (node) => {
  const data = node.data ?? {};
  const measuredRatio = ratio(data.contrastRatio);
  if (!measuredRatio || typeof data.fgColor !== 'string' || typeof data.bgColor !== 'string') return undefined;
  const needed = ratio(data.expectedContrastRatio) ?? '4.5:1';
  const text = textOf(node.html);
  const what = text ? `文字“${text}”` : '文字';
  return {
    describe: `${what}颜色 ${data.fgColor} 与背景色 ${data.bgColor} 的对比度为 ${measuredRatio}，低于要求的 ${needed}`,
    describeEn:
      `${text ? `Text "${text}"` : 'Text'} in ${data.fgColor} on ${data.bgColor} ` +
      `has a contrast of ${measuredRatio}, ` +
      `below the required ${needed}`,
    fixZh: `加深文字颜色或调整背景色，使对比度不低于 ${needed}（可用对比度检测工具核对），同一样式的其他文字一并修改。`,
    fixEn:
      `Darken the text or change the background so the contrast is at least ${needed}; ` +
      'fix text of the same style too.',
  };
};

const imageAlt: Describer = (node) => {
  const file = fileNameOf(attributeOf(node.html, 'src'));
  return {
    describe: `图片${file ? `“${file}”` : ''}缺少替代文本（读屏软件无法读出图片内容）`,
    describeEn: `Image${file ? ` "${file}"` : ''} has no text alternative (screen readers cannot tell what it shows)`,
    fixZh: `为图片${file ? `“${file}”` : ''}添加说明其内容的替代文本；纯装饰性图片设置空替代文本。`,
    fixEn:
      `Give the image${file ? ` "${file}"` : ''} a text alternative describing it; ` +
      'mark purely decorative images with an empty one.',
  };
};

const fieldLabel: Describer = (node) => {
  const field = fieldOf(node.html);
  return {
    describe: `${field.zh}没有可被读屏软件读出的标签`,
    describeEn: `The ${field.en} has no label screen readers can announce`,
    fixZh: `为${field.zh}设置与之关联的标签文字（或无障碍名称），说明应填写的内容。`,
    fixEn: `Give the ${field.en} an associated label (or accessible name) saying what to enter.`,
  };
};

const linkName: Describer = (node) => {
  const href = attributeOf(node.html, 'href');
  const image = fileNameOf(attributeOf(node.html, 'src'));
  const where = image ? `（图片“${image}”）` : href && !href.startsWith('javascript:') ? `（指向 ${href}）` : '';
  return {
    describe: `链接${where}没有可读出的文字，读屏软件无法说明链接去向`,
    describeEn:
      `A link${image ? ` (image "${image}")` : href ? ` (to ${href})` : ''} ` +
      'has no text screen readers can announce',
    fixZh: '为链接添加说明去向的文字；以图片作链接的，为图片添加替代文本。',
    fixEn: 'Give the link text that says where it goes; for an image link, give the image a text alternative.',
  };
};

const fixed =
  (describe: string, describeEn: string, fixZh: string, fixEn: string): Describer =>
  () => ({ describe, describeEn, fixZh, fixEn });

const DESCRIBERS: Record<string, Describer> = {
  'color-contrast': contrast,
  'color-contrast-enhanced': contrast,
  'image-alt': imageAlt,
  'input-image-alt': imageAlt,
  'role-img-alt': imageAlt,
  'area-alt': imageAlt,
  label: fieldLabel,
  'select-name': fieldLabel,
  'link-name': linkName,
  'button-name': fixed(
    '按钮没有可读出的文字，读屏软件无法说明其作用',
    'A button has no text screen readers can announce',
    '为按钮添加说明其作用的文字或无障碍名称。',
    'Give the button text or an accessible name saying what it does.',
  ),
  'html-has-lang': fixed(
    '页面未声明语言，读屏软件可能用错误的语言朗读',
    'The page does not declare its language',
    '在页面根元素上将页面语言声明为简体中文。',
    'Declare the page language on the root element (lang="zh-CN").',
  ),
  'html-lang-valid': fixed(
    '页面声明的语言代码无效',
    'The page declares an invalid language code',
    '将页面语言声明改为有效的语言代码（简体中文）。',
    'Use a valid language code such as zh-CN.',
  ),
  'document-title': fixed(
    '页面没有标题，浏览器标签和读屏软件无法说明这是哪个页面',
    'The page has no title',
    '为页面设置能说明内容的标题。',
    'Give the page a title that says what it is.',
  ),
  'frame-title': fixed(
    '内嵌框架没有标题，读屏软件无法说明其内容',
    'An iframe has no title',
    '为内嵌框架设置说明其内容的标题。',
    'Give the iframe a title describing its content.',
  ),
};

/**
 * The plain description of a rule's first failing element; rules without a describer keep axe's own zh_CN help
 * text (rule.help), which is already Chinese.
 */
export function describeAxeRule(rule: AxeRuleSummary): A11yDescription {
  const node = rule.nodes[0];
  const described = node ? DESCRIBERS[rule.id]?.(node, rule) : undefined;
  return (
    described ?? {
      describe: rule.help,
      describeEn: `Accessibility rule ${rule.id} failed`,
      fixZh: `按要求修改：${rule.help}。`,
      fixEn: `Fix the element as rule ${rule.id} describes.`,
    }
  );
}
