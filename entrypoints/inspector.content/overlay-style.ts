/** Styles inside the shadow root only: nothing leaks into the page, and `all: initial` keeps the page's out. */
export const OVERLAY_CSS = `
:host { all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647; }
.mark { position: absolute; pointer-events: none; box-sizing: border-box; border-radius: 2px;
  background: rgba(255, 193, 7, .28); outline: 2px solid #e65100; }
.mark.report { outline-style: dashed; outline-color: #6a1b9a; background: rgba(156, 39, 176, .18); }
.mark.hidden-target { outline: 2px dashed #b71c1c; background: rgba(183, 28, 28, .08); }
.mark.current { outline-width: 3px; background: rgba(229, 57, 53, .3); }
.bar { position: fixed; right: 12px; bottom: 12px; display: flex; align-items: center; gap: 6px; max-width: 420px;
  padding: 6px 10px; border-radius: 6px; background: #263238; color: #fff; font: 13px/1.4 system-ui,
  "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.bar button { all: unset; cursor: pointer; padding: 0 6px; border-radius: 3px; background: #455a64; }
.bar .count { white-space: nowrap; }
.bar .message { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;
