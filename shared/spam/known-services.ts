/**
 * Third-party services government sites are told or commonly choose to embed: the 党政机关标识 (conac), the
 * national 我为政府网站找错 entry (jiucuo), site statistics (CNZZ/友盟, 百度统计, 51.la), share buttons,
 * 无障碍 toolbars and the CMS vendors' credit links. Several scripts write themselves in with
 * `document.write(unescape(…))`, the shape injected loaders have, and share pop-ups and vendor credits are
 * hidden links to other sites, the shape of 暗链: they are recognised by where they point, never flagged.
 */
const KNOWN_SITES = [
  'conac.cn', // 党政机关标识
  'kaipuyun.cn',
  'ucap.com.cn', // 找错 (pucha) and 无障碍 toolbars of the national platform's vendor
  'cnzz.com',
  'umeng.com',
  '51.la', // statistics
  'baidu.com',
  'bdimg.com',
  'bdstatic.com', // 百度统计, share
  'bshare.cn',
  'jiathis.com', // share buttons
  'hanweb.com',
  'trs.com.cn', // 政府网站 CMS vendors ("Produced By 大汉网络")
];
const KNOWN_HOST = new RegExp(`(^|\\.)(${KNOWN_SITES.map((s) => s.replace(/\./g, '\\.')).join('|')}|gov\\.cn)$`);
/** The national 找错 script and page, wherever a site or a mirror of the platform serves them. */
const JIUCUO = /(^|\/)jiucuo[\w.-]*\.(js|html?)$/i;

/** Whether an address (script, link, frame) belongs to a known legitimate third-party service. */
export function isKnownService(url: string): boolean {
  try {
    const u = new URL(url);
    return KNOWN_HOST.test(u.hostname.toLowerCase()) || JIUCUO.test(u.pathname);
  } catch {
    return false;
  }
}

// Host names as script code spells them, with or without a scheme ("s4.cnzz.com/z_stat.php").
const HOST_IN_CODE =
  /(?:[a-z0-9-]+\.)+(?:(?:com|gov|org|net)\.cn|com|cn|net|org|la|cc|top|vip|xyz|info|me)(?![a-z0-9-])/gi;

/** Whether (decoded) loader code only writes scripts of known services: it names hosts and all are known. */
export function loadsOnlyKnownScripts(code: string): boolean {
  const hosts = [...code.matchAll(HOST_IN_CODE)].map((m) => m[0].toLowerCase());
  return hosts.length > 0 && hosts.every((h) => isKnownService(`http://${h}/`));
}
