/**
 * Leaders whose names and titles count as 严重表述错误 when miswritten. Update when posts change: each post
 * has the date it began and, once it ended, the date it ended (yyyy-mm-dd, from official announcements).
 * A name written with a title it no longer held on the page's date is reported for manual review.
 */
export interface Post {
  /** The title as written right after the name, e.g. 总书记 in 习近平总书记. */
  title: string;
  from: string;
  to?: string;
}

export interface Leader {
  name: string;
  posts: readonly Post[];
}

export const LEADERS: readonly Leader[] = [
  {
    name: '习近平',
    posts: [
      { title: '总书记', from: '2012-11-15' },
      { title: '主席', from: '2013-03-14' },
    ],
  },
  { name: '李强', posts: [{ title: '总理', from: '2023-03-11' }] },
  { name: '赵乐际', posts: [{ title: '委员长', from: '2023-03-10' }] },
  { name: '王沪宁', posts: [{ title: '主席', from: '2023-03-10' }] },
  { name: '蔡奇', posts: [{ title: '同志', from: '2022-10-23' }] },
  { name: '丁薛祥', posts: [{ title: '副总理', from: '2023-03-12' }] },
  { name: '李希', posts: [{ title: '书记', from: '2022-10-23' }] },
  {
    name: '韩正',
    posts: [
      { title: '副主席', from: '2023-03-10' },
      { title: '副总理', from: '2018-03-19', to: '2023-03-12' },
    ],
  },
  { name: '李克强', posts: [{ title: '总理', from: '2013-03-15', to: '2023-03-11' }] },
  { name: '栗战书', posts: [{ title: '委员长', from: '2018-03-17', to: '2023-03-10' }] },
  { name: '汪洋', posts: [{ title: '主席', from: '2018-03-14', to: '2023-03-10' }] },
  { name: '温家宝', posts: [{ title: '总理', from: '2003-03-16', to: '2013-03-15' }] },
  {
    name: '胡锦涛',
    posts: [
      { title: '总书记', from: '2002-11-15', to: '2012-11-15' },
      { title: '主席', from: '2003-03-15', to: '2013-03-14' },
    ],
  },
];
