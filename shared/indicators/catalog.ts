/**
 * Inspection indicators as data: id → official title, part and source. Imports nothing. Checks name these
 * ids; reports roll findings up by them. Wording is ours, summarised from 国办秘函〔2019〕19号 (national
 * indicators), 国办发〔2017〕47号 (政府网站发展指引) and the documents named in `source`.
 * `automation` says whether govcheck can judge the indicator alone ('auto'), partly ('partial'), or a person
 * must ('manual').
 */
export interface Indicator {
  id: string;
  title: string;
  titleEn: string;
  part: 'veto' | 'deduction' | 'bonus' | 'page-requirement' | 'accessibility' | 'disclosure';
  source: string;
  automation: 'auto' | 'partial' | 'manual';
}

const NATIONAL_2019 = '国办秘函〔2019〕19号';
const GUIDE_2017 = '国办发〔2017〕47号';
const GBT_37668 = 'GB/T 37668-2019';
const AGE_FRIENDLY_WEB = '工信部《互联网网站适老化通用设计规范》（2021）';

export const INDICATORS: readonly Indicator[] = [
  { id: 'NAT-V1', title: '严重表述错误、泄密、链接违法有害内容、安全攻击等严重问题', titleEn: 'Serious errors, leaks, harmful content or links, attacks', part: 'veto', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-V2', title: '站点无法访问', titleEn: 'Site unreachable', part: 'veto', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-V3', title: '首页不更新', titleEn: 'Home page not updated', part: 'veto', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-V4', title: '栏目不更新、空白栏目', titleEn: 'Columns not updated or blank', part: 'veto', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-V5', title: '互动回应差', titleEn: 'Poor interaction and response', part: 'veto', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-V6', title: '服务不实用', titleEn: 'Services not usable', part: 'veto', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D20', title: '可用性：链接不可用（首页及其他页面的链接、图片、附件、外链）', titleEn: 'Usability: broken links, images, attachments', part: 'deduction', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-D26', title: '链接已关停的政府网站域名', titleEn: 'Links to closed government domains', part: 'deduction', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-P2', title: '页面底部功能区：主办单位、网站标识码、ICP备案号、公安备案号、党政机关网站标识、找错入口', titleEn: 'Footer identification items', part: 'page-requirement', source: GUIDE_2017, automation: 'auto' },
  { id: 'NAT-P9', title: '信息发布准确，文字规范', titleEn: 'Information accurate and correctly written', part: 'page-requirement', source: GUIDE_2017, automation: 'partial' },
  { id: 'A11Y-1', title: '非文本内容（图片、图片按钮、图标按钮等）提供文本替代', titleEn: 'Text alternatives for non-text content', part: 'accessibility', source: GBT_37668 + '（WCAG 1.1.1）', automation: 'partial' },
  { id: 'A11Y-2', title: '非文本验证码提供其他感官可感知的替代形式（文字或语音）', titleEn: 'Non-text CAPTCHA has an alternative form', part: 'accessibility', source: GBT_37668 + '；工信部 APP 适老化规范', automation: 'partial' },
  { id: 'A11Y-3', title: '音视频提供字幕或文字稿', titleEn: 'Captions or transcripts for audio and video', part: 'accessibility', source: GBT_37668 + '（WCAG 1.2.x）', automation: 'partial' },
  { id: 'A11Y-4', title: '语义结构：标题、列表、数据表格表头、表单字段标签，阅读顺序合理', titleEn: 'Semantic structure and reading order', part: 'accessibility', source: GBT_37668 + '（WCAG 1.3.1、1.3.2）', automation: 'auto' },
  { id: 'A11Y-5', title: '颜色不是传达信息的唯一方式', titleEn: 'Colour is not the only means of conveying information', part: 'accessibility', source: GBT_37668 + '（WCAG 1.4.1）', automation: 'manual' },
  { id: 'A11Y-6', title: '文字、文字图片与图标的对比度不低于 4.5:1（大字号 3:1）', titleEn: 'Contrast at least 4.5:1 (3:1 for large text)', part: 'accessibility', source: GBT_37668 + '（WCAG 1.4.3）；' + AGE_FRIENDLY_WEB, automation: 'auto' },
  { id: 'A11Y-7', title: '字号可调节、页面放大后内容可用（特大字体、文字放大）', titleEn: 'Resizable text, content survives zoom', part: 'accessibility', source: AGE_FRIENDLY_WEB + '；' + GBT_37668 + '（WCAG 1.4.4、1.4.10）', automation: 'partial' },
  { id: 'A11Y-8', title: '段落内行距不低于 1.3 倍，段落间距不低于行距的 1.3 倍', titleEn: 'Line spacing at least 1.3 within paragraphs', part: 'accessibility', source: AGE_FRIENDLY_WEB + '（数值取自 APP 规范，网站数值待核实）', automation: 'auto' },
  { id: 'A11Y-9', title: '正文最小字号（适老化模式主要文字更大）', titleEn: 'Minimum body font size', part: 'accessibility', source: AGE_FRIENDLY_WEB + '（网站数值待核实）', automation: 'partial' },
  { id: 'A11Y-10', title: '可点击区域足够大（适老化模式 60×60，其他 44×44）', titleEn: 'Large enough touch targets', part: 'accessibility', source: AGE_FRIENDLY_WEB + '；WCAG 2.5.5/2.5.8', automation: 'partial' },
  { id: 'A11Y-11', title: '全程键盘操作，无键盘陷阱，焦点可见、顺序合理', titleEn: 'Full keyboard operation, no trap, visible focus', part: 'accessibility', source: AGE_FRIENDLY_WEB + '；' + GBT_37668 + '（WCAG 2.1.x、2.4.3、2.4.7）', automation: 'partial' },
  { id: 'A11Y-12', title: '提供特大鼠标', titleEn: 'Large mouse pointer option', part: 'accessibility', source: AGE_FRIENDLY_WEB, automation: 'partial' },
  { id: 'A11Y-13', title: '辅助阅读：高对比度配色、语音阅读、简约界面', titleEn: 'Assisted reading: high contrast, speech, simple view', part: 'accessibility', source: AGE_FRIENDLY_WEB, automation: 'partial' },
  { id: 'A11Y-14', title: '无广告插件、无随机弹窗，弹窗可关闭，无诱导下载或付款按钮', titleEn: 'No ad plug-ins or random pop-ups; pop-ups can be closed', part: 'accessibility', source: AGE_FRIENDLY_WEB, automation: 'partial' },
  { id: 'A11Y-15', title: '兼容辅助技术：元素名称、角色、值正确', titleEn: 'Compatible with assistive technology (name, role, value)', part: 'accessibility', source: GBT_37668 + '（WCAG 4.1.x）', automation: 'auto' },
  { id: 'A11Y-16', title: '时间限制可调，滚动、自动播放内容可暂停', titleEn: 'Adjustable time limits; moving content can be paused', part: 'accessibility', source: GBT_37668 + '（WCAG 2.2.x）', automation: 'partial' },
  { id: 'A11Y-17', title: '无每秒闪烁超过三次的内容', titleEn: 'No content flashing more than three times a second', part: 'accessibility', source: GBT_37668 + '（WCAG 2.3.1）', automation: 'manual' },
  { id: 'A11Y-18', title: '跳过重复区块、页面标题描述准确、链接目的清楚', titleEn: 'Bypass blocks, page titles, link purpose', part: 'accessibility', source: GBT_37668 + '（WCAG 2.4.1、2.4.2、2.4.4）', automation: 'auto' },
  { id: 'A11Y-19', title: '声明页面语言', titleEn: 'Page language declared', part: 'accessibility', source: GBT_37668 + '（WCAG 3.1.1）', automation: 'auto' },
  { id: 'A11Y-20', title: '获得焦点或输入时不发生意外的情境变化', titleEn: 'No unexpected change of context', part: 'accessibility', source: GBT_37668 + '（WCAG 3.2.x）', automation: 'partial' },
  { id: 'A11Y-21', title: '表单提供标签、说明和文字形式的错误提示', titleEn: 'Form labels, instructions and error text', part: 'accessibility', source: GBT_37668 + '（WCAG 3.3.x）', automation: 'partial' },
  { id: 'A11Y-22', title: '首页提供无障碍／长者模式（适老化）入口，且功能可用', titleEn: 'Accessibility / elder-mode entry on the home page', part: 'accessibility', source: AGE_FRIENDLY_WEB + '；国办公开办函〔2021〕28号', automation: 'partial' },
  { id: 'A11Y-BP', title: '无障碍良好实践（axe best-practice，非强制条款）', titleEn: 'Accessibility best practice (not a mandatory clause)', part: 'accessibility', source: GBT_37668, automation: 'auto' },
];

export const INDICATOR_BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.id, i]));
