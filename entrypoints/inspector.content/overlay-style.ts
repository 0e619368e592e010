/** Styles inside the shadow root only: nothing leaks into the page, and `all: initial` keeps the page's out. */
export const OVERLAY_CSS = `
:host { all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647; }
.mark { position: absolute; pointer-events: none; box-sizing: border-box; border-radius: 2px; min-height: 6px;
  background: rgba(255, 193, 7, .28); outline: 2px solid #e65100; }
.mark.sev-veto { outline-color: #b71c1c; background: rgba(229, 57, 53, .22); }
.mark.sev-minor { outline-color: #f9a825; }
.mark.sev-info { outline-color: #1565c0; background: rgba(21, 101, 192, .12); }
.mark.report { outline-style: dashed; }
.mark.hidden-target { outline-style: dashed; outline-width: 3px; background: rgba(183, 28, 28, .08); }
.mark.current { outline-width: 4px; background: rgba(229, 57, 53, .3); }
.label { position: absolute; pointer-events: none; padding: 1px 6px; border-radius: 3px; white-space: nowrap;
  background: #b71c1c; color: #fff; font: 12px/18px system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; }
.label.sev-major { background: #e65100; }
.label.sev-minor { background: #8d6e00; }
.label.sev-info { background: #1565c0; }
.bar { position: fixed; right: 12px; bottom: 12px; display: flex; align-items: center; gap: 6px; max-width: 520px;
  padding: 6px 10px; border-radius: 6px; background: #263238; color: #fff; font: 13px/1.4 system-ui,
  "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.bar button { all: unset; cursor: pointer; padding: 0 6px; border-radius: 3px; background: #455a64;
  white-space: nowrap; }
.bar button.reveal { background: #b71c1c; }
.bar .count { white-space: nowrap; }
.bar .message { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;
