#!/usr/bin/env bash
# One-time set-up, safe to run again: system packages govcheck needs (Chromium, a CJK font, poppler for PDF
# tests), then the npm dependencies. Runs before `npm test` and `npm run demo`.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# The distributed-mode tests start their own Redis and PostgreSQL on loopback ports (tests/helpers/services.ts).
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
# Chinese UI strings for Chromium (the extension's screenshots and zh-CN locale).
dpkg -s chromium-l10n >/dev/null 2>&1 || missing+=(chromium-l10n)
# SunPinyin's word trigram model (CC BY-SA 3.0): the typo check's language-model rule (docs/text-checks.md).
dpkg -s sunpinyin-data >/dev/null 2>&1 || missing+=(sunpinyin-data)
# libime's word trigram model (LGPL-2.1+): the second judge of that rule.
dpkg -s libime-data-language-model >/dev/null 2>&1 || missing+=(libime-data-language-model)
# libime's converter (KenLM's build_binary): the KenLM reader's tests build models from ARPA files with it.
command -v libime_slm_build_binary >/dev/null 2>&1 || missing+=(libime-bin)
# Firefox ESR: the extension's Firefox build is tested in it (tests/e2e/extension-firefox.test.ts).
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
# Unicode's Unihan database: only the test that the generated 形近字 table is up to date reads it.
dpkg -s unicode-data >/dev/null 2>&1 || missing+=(unicode-data)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "govcheck 需要这些系统软件包 / needs these packages: ${missing[*]} (run as root, or install them)" >&2
    exit 1
  fi
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  echo "安装系统软件包 / installing: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Puppeteer's own browser download cannot work offline; govcheck drives Debian's Chromium.
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "安装 npm 依赖 / installing npm dependencies" >&2
  # Not `npm ci`: the registry here lacks some other platforms' optional binaries (e.g. @node-rs/jieba for
  # macOS), which makes `npm ci` refuse the lock file; `npm install` installs the locked versions anyway.
  npm install --no-audit --no-fund --loglevel=error
fi

# The `govcheck` bin runs the compiled crawler (dist/) when it is newer than every source file.
stale=$([ -f dist/.build-stamp ] && find crawler shared tsconfig.json tsconfig.build.json -newer dist/.build-stamp -type f \
  -print -quit || echo missing)
if [ -n "$stale" ]; then
  echo "编译 / compiling the crawler to dist/" >&2
  bash scripts/build.sh
fi
