import { AS_OF, FRESH, STATIC_BODY } from './county-site.ts';
import type { SitePage } from './run-site.ts';

/** Every national and 61号 column present, most under a synonym, all fresh. */
export function allPresentSite(): Record<string, SitePage> {
  const nav: [string, string][] = [
    ['首页', '/'],
    ['政府信息公开', '/xxgk/'],
    ['新闻动态', '/xwdt/'],
    ['公示公告', '/gsgg/'],
    ['规范性文件', '/gfxwj/'],
    ['文件解读', '/wjjd/'],
    ['领导信箱', '/ldxx/'],
    ['机构设置', '/jgsz/'],
    ['领导之窗', '/ldzc/'],
    ['平安概况', '/pagk/'],
    ['意见征集', '/yjzj/'],
    ['网上办事', '/wsbs/'],
  ];
  const side: [string, string][] = [
    ['信息公开指南', '/xxgk/zn/'],
    ['信息公开制度', '/xxgk/zd/'],
    ['主动公开目录', '/xxgk/ml/'],
    ['政府信息公开工作年度报告', '/xxgk/nb/'],
  ];
  const list = (title: string, date = FRESH): SitePage => ({
    title,
    nav,
    depth: 1,
    crumbs: ['首页', title],
    list: [
      [`${title}：平安县召开专题工作会议`, date],
      [`${title}：关于做好近期有关工作的通知`, '2024-03-02'],
    ],
  });
  const text = (title: string, depth = 1): SitePage => ({
    title,
    nav,
    depth,
    crumbs: ['首页', title],
    body: STATIC_BODY,
  });
  return {
    '/': {
      title: '平安县人民政府',
      nav,
      depth: 0,
      list: [
        ['平安县召开2024年防汛工作部署会', '05-30'],
        ['县政府常务会议研究部署重点工作', '05-20'],
      ],
    },
    '/xxgk/': { title: '政府信息公开', nav, side, depth: 1, crumbs: ['首页', '政府信息公开'], body: STATIC_BODY },
    '/xwdt/': list('新闻动态'),
    '/gsgg/': list('公示公告', '2024-02-01'),
    '/gfxwj/': list('规范性文件', '2024-01-15'),
    '/wjjd/': list('文件解读', '2023-09-01'),
    '/ldxx/': text('领导信箱'),
    '/jgsz/': text('机构设置'),
    '/ldzc/': text('领导之窗'),
    '/pagk/': text('平安概况'),
    '/yjzj/': list('意见征集', '2023-12-01'),
    '/wsbs/': text('网上办事'),
    '/xxgk/zn/': { ...text('政府信息公开指南', 2), side },
    '/xxgk/zd/': { ...text('政府信息公开制度', 2), side },
    '/xxgk/ml/': { ...text('法定主动公开内容', 2), side },
    '/xxgk/nb/': {
      title: '政府信息公开年报',
      nav,
      side,
      depth: 2,
      crumbs: ['首页', '政府信息公开', '年报'],
      list: [
        ['平安县人民政府2023年政府信息公开工作年度报告', '2024-01-20'],
        ['平安县人民政府2022年政府信息公开工作年度报告', '2023-01-18'],
      ],
    },
  };
}

/**
 * Problems of every kind: a non-standard 政务公开, missing columns, a blank column, a dead one, one that
 * explains itself, a stale 通知公告 next to a fresh 工作动态, an undated 政策文件 list, last year's 年报 missing.
 */
export function problemSite(): Record<string, SitePage> {
  const nav: [string, string][] = [
    ['首页', '/'],
    ['政务公开', '/zwgk/'],
    ['工作动态', '/gzdt/'],
    ['通知公告', '/tzgg/'],
    ['政策文件', '/zcwj/'],
    ['政策解读', '/zcjd/'],
    ['互动交流', '/hdjl/'],
    ['机构职能', '/jgzn/'],
    ['县情概况', '/xqgk/'],
    ['办事服务', '/bsfw/'],
    ['招商引资', '/zsyz/'],
  ];
  const side: [string, string][] = [
    ['政府信息公开指南', '/zwgk/zn/'],
    ['法定主动公开内容', '/zwgk/fdzdgknr/'],
    ['政府信息公开年报', '/zwgk/nb/'],
  ];
  const base = (title: string, depth = 1) => ({ title, nav, depth, crumbs: ['首页', title] });
  return {
    '/': { ...base('平安县人民政府', 0), list: [['全县经济运行情况分析会召开', '2024-05-29']] },
    '/zwgk/': { ...base('政务公开'), side, body: STATIC_BODY },
    '/gzdt/': {
      ...base('工作动态'),
      list: [
        ['县政府召开安全生产工作会议', '2024-05-29'],
        ['副县长调研春耕生产工作', '2024-05-10'],
      ],
    },
    '/tzgg/': {
      ...base('通知公告'),
      list: [
        ['关于开展秋季森林防火检查的通知', '2023-10-08'],
        ['关于调整办公时间的公告', '2023-09-01'],
      ],
    },
    '/zcwj/': { ...base('政策文件'), list: [['平安县农村人居环境整治实施方案'], ['平安县城乡居民医疗保障实施办法']] },
    '/zcjd/': { ...base('政策解读'), body: '暂无信息' },
    '/hdjl/': { ...base('互动交流'), body: STATIC_BODY },
    '/jgzn/': { ...base('机构职能'), body: STATIC_BODY },
    '/xqgk/': { ...base('县情概况'), status: 404, body: '404 页面不存在' },
    '/bsfw/': { ...base('办事服务'), body: '根据本机关职能，本机关不涉及对外办事服务事项，故本栏目无信息。' },
    '/zwgk/zn/': { ...base('政府信息公开指南', 2), side, body: STATIC_BODY },
    '/zwgk/fdzdgknr/': { ...base('法定主动公开内容', 2), side, body: STATIC_BODY },
    '/zwgk/nb/': {
      ...base('政府信息公开年报', 2),
      side,
      list: [['平安县2022年政府信息公开工作年度报告', '2023-01-20']],
    },
    '/zsyz/': {
      ...base('招商引资'),
      crumbs: ['首页', '政务公开', '招商引资'],
      list: [['平安县重点招商项目推介', '2024-05-02']],
    },
  };
}

export { AS_OF };
