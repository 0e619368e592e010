// Traditional forms that occur in column names of big5 mirrors (gate/big5) → simplified. A small table on
// purpose: column names use a few hundred characters, and a full converter is heavy for the extension.
const TRADITIONAL =
  '務開訊資態規劃計統財預決職構導號網頁標識關機門辦聞覽區縣鄉鎮級審評價徵詢問題環處罰強執護險醫療衛應災會發報歷檔復' +
  '與臺熱點專領營農業產權經濟廣電視聽圖書館證體勞動諮調複';
const SIMPLIFIED =
  '务开讯资态规划计统财预决职构导号网页标识关机门办闻览区县乡镇级审评价征询问题环处罚强执护险医疗卫应灾会发报历档复' +
  '与台热点专领营农业产权经济广电视听图书馆证体劳动咨调复';
const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]]));

// Decoration around names: numbering, brackets, arrows, "更多", and generic words that never tell columns apart.
const DECORATION = /[\s\u3000·•・:：>»›→|/\\、，,。.!！?？"“”'‘’【】\[\]()（）<>《》〈〉「」『』+＋\-－_—…]+/g;
const SUFFIXES = /(栏目|专栏|专题|板块|频道|列表|首页)$/;

/** Column names compared as: simplified, no spaces or punctuation, no "栏目/专栏" or "更多" decoration. */
export function normaliseName(name: string): string {
  let text = [...name.normalize('NFKC')].map((c) => TO_SIMPLIFIED.get(c) ?? c).join('');
  text = text
    .replace(/更多\s*[>»›]*$/, '')
    .replace(/^[>»›\d.、\s]+/, '')
    .replace(DECORATION, '')
    .toLowerCase();
  const stripped = text.replace(SUFFIXES, '');
  return stripped.length >= 2 ? stripped : text;
}
