// opencc-js ships its dictionaries as modules without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  /** "繁 简|繁 简 …": OpenCC's traditional → simplified character table. */
  const pairs: string;
  export default pairs;
}
