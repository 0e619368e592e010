/**
 * Words a page uses to say "this page is gone" while answering 200 (soft-404). Data only: add phrases seen
 * on real sites here. Phrases must be specific enough never to appear in ordinary news text
 * (so not "正在建设中", which 政务动态 use for construction projects).
 */
export const SOFT_404_PHRASES: readonly string[] = [
  '页面不存在',
  '网页不存在',
  '您访问的页面已删除',
  '页面已删除',
  '页面已被删除',
  '该页面已删除',
  '信息已过期',
  '信息已删除',
  '该信息已删除',
  '信息不存在',
  '该信息不存在',
  '文章不存在',
  '文件不存在',
  '内容不存在',
  '内容已删除',
  '页面未找到',
  '找不到页面',
  '找不到该页面',
  '无法找到该页',
  '页面找不到',
  '您访问的页面找不到',
  '访问的页面不存在',
  '栏目建设中',
  '栏目正在建设中',
  '页面建设中',
  '网页正在建设中',
  '页面正在维护',
  '404 not found',
  'page not found',
  '页面出错了',
  '您访问的链接已失效',
  '链接已失效',
];
