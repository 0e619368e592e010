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

// `as const`: the ids form the IndicatorId type that check definitions are checked against.
export const INDICATORS = [
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
  { id: 'PRIV-1', title: '公开信息中的个人信息（公民身份号码、银行卡号、手机号码）去标识化处理', titleEn: 'Personal numbers in published information are de-identified', part: 'disclosure', source: '广东 2022 年第二季度通报（名单未去标识化）；政府信息公开条例（2019修订）个人隐私保护要求', automation: 'auto' },
  { id: 'NAT-D1', title: '概况信息栏目', titleEn: 'Overview column', part: 'deduction', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D2', title: '机构职能信息（机构设置、主要职责、联系方式）', titleEn: 'Organisation and functions', part: 'deduction', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D3', title: '负责人信息', titleEn: 'Leader information', part: 'deduction', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D4', title: '政策文件类一级栏目6个月未更新（扣5分）', titleEn: 'Policy-document column not updated for 6 months', part: 'deduction', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-D6', title: '政策解读：栏目设置，解读与政策文件双向关联', titleEn: 'Policy interpretation, linked both ways with the document', part: 'deduction', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D9', title: '政府信息公开专栏规范（国办公开办函〔2019〕61号）', titleEn: 'Government information disclosure column as standardised', part: 'deduction', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D14', title: '留言答复2个月未更新', titleEn: 'No published reply to messages for 2 months', part: 'deduction', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D17', title: '调查征集', titleEn: 'Surveys and consultations', part: 'deduction', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D19', title: '站内搜索功能', titleEn: 'Site search', part: 'deduction', source: NATIONAL_2019, automation: 'partial' },
  { id: 'NAT-D22', title: '网站标识（页面底部功能区各项）', titleEn: 'Site identification in the footer', part: 'deduction', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-D24', title: 'IPv6支持：AAAA记录，首页及二、三级链接可通过IPv6访问', titleEn: 'IPv6 support: AAAA records; home page and second/third-level links reachable over IPv6', part: 'deduction', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-D25', title: '首页“我为政府网站找错”入口', titleEn: '"Report an error" entry on the home page', part: 'deduction', source: NATIONAL_2019, automation: 'auto' },
  { id: 'NAT-D27', title: '无障碍、适老化服务入口', titleEn: 'Accessibility / elderly-mode entry', part: 'deduction', source: NATIONAL_2019 + '；国办公开办函〔2021〕28号', automation: 'partial' },
  { id: 'NAT-P3', title: '网站标识码格式（10位数字或bm+8位数字）且与找错入口一致', titleEn: 'Site ID code format and consistency', part: 'page-requirement', source: GUIDE_2017, automation: 'auto' },
  { id: 'NAT-P4', title: '党政机关网站标识', titleEn: 'Party and government organ site badge', part: 'page-requirement', source: GUIDE_2017, automation: 'auto' },
  { id: 'NAT-P5', title: '“我为政府网站找错”链接地址与网站标识码', titleEn: 'Error-report link target and site code', part: 'page-requirement', source: GUIDE_2017, automation: 'auto' },
  { id: 'NAT-P6', title: 'ICP备案号与公安机关备案号的格式和链接', titleEn: 'ICP and public-security filing numbers and links', part: 'page-requirement', source: GUIDE_2017, automation: 'auto' },
  { id: 'NAT-P11', title: 'IPv6访问（功能设计项）', titleEn: 'IPv6 access (functional design)', part: 'page-requirement', source: '《推进互联网协议第六版（IPv6）规模部署行动计划》（2017）', automation: 'auto' },
  { id: 'NAT-Y3', title: '政府信息公开工作年度报告按期发布', titleEn: 'Annual disclosure report published on time', part: 'disclosure', source: '政府信息公开条例第五十条；国办公开办函〔2019〕60号', automation: 'auto' },
  { id: 'GK-61', title: '政府信息公开平台：统一名称、首页位置、四个一级栏目', titleEn: 'Disclosure platform: unified name, home-page position, four first-level columns', part: 'disclosure', source: '国办公开办函〔2019〕61号', automation: 'auto' },
  { id: 'GK-TL20', title: '条例第二十条法定主动公开内容', titleEn: 'Proactive disclosure items of Article 20', part: 'disclosure', source: '政府信息公开条例第二十条', automation: 'partial' },
  { id: 'GK-TL21', title: '条例第二十一条市、县、乡镇主动公开内容', titleEn: 'Local proactive disclosure items of Article 21', part: 'disclosure', source: '政府信息公开条例第二十一条', automation: 'partial' },
  { id: 'GK-JC', title: '基层政务公开标准目录与重点领域信息', titleEn: 'Grassroots disclosure catalogue and key domains', part: 'disclosure', source: '国办发〔2019〕54号', automation: 'partial' },
  { id: 'PROV-ZJ', title: '浙江：政府信息公开平台“三统一”', titleEn: 'Zhejiang: disclosure platform "three unifications"', part: 'disclosure', source: '浙江省人民政府办公厅（2020-06-10）', automation: 'auto' },
  { id: 'PROV-SC', title: '四川（县级实践）：法定主动公开内容子栏目更新时限', titleEn: 'Sichuan county practice: sub-column update limits', part: 'disclosure', source: '四川县级实践（平昌）', automation: 'auto' },
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
] as const satisfies readonly Indicator[];

/** Every indicator id of the catalog: a check naming another fails to compile. */
export type IndicatorId = (typeof INDICATORS)[number]['id'];

export const INDICATOR_BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.id, i]));
