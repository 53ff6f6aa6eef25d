#!/usr/bin/env bash
# npm run setup: everything `npm test` needs on this machine, then the npm packages and the build.
# It runs before node_modules exists, so it is plain bash. On Debian it installs whatever is missing with apt
# (through sudo when not root); elsewhere it says what to install and how to point the tests at it.
#   --dry-run                  say what would be installed and run, change nothing
#   --pretend-missing=a,b      with --dry-run: act as if these Debian packages were missing (to try the branches);
#                              "sudo" in the list: act as if sudo would refuse this user
set -euo pipefail
cd "$(dirname "$0")/.."

dry_run=false
pretend_missing=''
for arg in "$@"; do
  case "$arg" in
    --dry-run) dry_run=true ;;
    --pretend-missing=*) pretend_missing=",${arg#*=}," ;;
    *) echo "npm run setup: unknown option $arg (see the top of scripts/setup.sh)" >&2; exit 2 ;;
  esac
done
if [ -n "$pretend_missing" ] && ! $dry_run; then echo "npm run setup: --pretend-missing needs --dry-run" >&2; exit 2; fi

step() { printf -- '--- %s\n' "$*"; }
run() { if $dry_run; then printf '[dry run] %s\n' "$*"; else "$@"; fi; }

# --- Node: the lowest version every dependency accepts (package.json "engines").
node_wanted='Node.js 20.19 or newer (20.19+, 22.13+ or 24+)'
if ! command -v node >/dev/null 2>&1; then
  echo "npm run setup: $node_wanted is needed, and there is no node on this machine." >&2
  echo "Install it from https://nodejs.org (or with nvm: nvm install 22), then run npm run setup again." >&2
  exit 1
fi
node_version=$(node -p 'process.versions.node')
IFS=. read -r major minor _ <<<"$node_version"
if ! { { [ "$major" -eq 20 ] && [ "$minor" -ge 19 ]; } || { [ "$major" -eq 22 ] && [ "$minor" -ge 13 ]; } ||
  [ "$major" -ge 24 ]; }; then
  echo "npm run setup: this is Node.js $node_version; the project needs $node_wanted." >&2
  echo "Install a newer one from https://nodejs.org (or with nvm: nvm install 22), then run npm run setup again." >&2
  exit 1
fi
step "node $node_version, npm $(npm --version)"

# --- What the end-to-end tests use, found where the tests look for it (tests/e2e/harness/*.ts).
for variable in CHROME_PATH FIREFOX_PATH; do
  if [ -n "${!variable:-}" ] && [ ! -f "${!variable}" ]; then
    echo "npm run setup: $variable is set to ${!variable}, but there is no file there." >&2
    echo "Point it at the browser's binary, or unset it to use (or install) the one in /usr/bin." >&2
    exit 1
  fi
done
first_file() { for path in "$@"; do if [ -f "$path" ]; then echo "$path"; return 0; fi; done; return 1; }
have_chromium() {
  if [ -n "${CHROME_PATH:-}" ]; then [ -f "$CHROME_PATH" ]; else
    first_file /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome >/dev/null; fi
}
have_firefox() {
  if [ -n "${FIREFOX_PATH:-}" ]; then [ -f "$FIREFOX_PATH" ]; else
    first_file /usr/bin/firefox-esr /usr/bin/firefox >/dev/null; fi
}
have_faketime() {
  first_file /usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 /usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1 \
    /usr/lib/faketime/libfaketimeMT.so.1 >/dev/null
}
# Chinese text in the zh-CN pages and screenshots needs a CJK font.
have_cjk_font() {
  if command -v dpkg-query >/dev/null 2>&1 &&
    [ "$(dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null)" = 'install ok installed' ]; then return 0; fi
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh-cn family 2>/dev/null)" ]
}

# Debian package names of what is missing.
missing=()
check() { if [[ "$pretend_missing" == *",$2,"* ]] || ! "$1"; then missing+=("$2"); fi; }
check have_chromium chromium
check have_firefox firefox-esr
check have_faketime libfaketime
check have_cjk_font fonts-noto-cjk

explain_missing() {
  echo >&2
  echo "npm run setup: the end-to-end tests (the last part of npm test) still need:" >&2
  for package in "$@"; do
    case "$package" in
      chromium) echo "  - Chromium or Chrome (not chromium-headless-shell, which cannot load extensions). If it is not" \
        "at /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome, set CHROME_PATH to its binary," \
        "e.g. export CHROME_PATH=/opt/google/chrome/chrome" >&2 ;;
      firefox-esr) echo "  - Firefox ESR 140 or newer. If it is not at /usr/bin/firefox-esr or /usr/bin/firefox, set" \
        "FIREFOX_PATH to its binary, e.g. export FIREFOX_PATH=/opt/firefox/firefox" >&2 ;;
      libfaketime) echo "  - libfaketime (libfaketimeMT.so.1 in /usr/lib/<arch>/faketime/): the package is called" \
        "libfaketime or faketime on most Linux distributions" >&2 ;;
      fonts-noto-cjk) echo "  - a Chinese (CJK) font, e.g. Noto Sans CJK (fonts-noto-cjk, google-noto-sans-cjk-fonts" \
        "or noto-fonts-cjk, depending on the distribution)" >&2 ;;
    esac
  done
  echo "Install them, then run npm run setup again (or npm test). npm run test:unit needs none of them." >&2
}

as_root() {
  if [ "$(id -u)" = 0 ]; then run "$@"
  elif command -v sudo >/dev/null 2>&1; then run sudo "$@"
  else return 1; fi
}
# Whether sudo lets this user run commands as root: without asking, or after asking for a password at a terminal.
# (sudo -n fails at once where a password would be needed, or where the user may not use sudo at all.)
can_sudo() {
  if [[ "$pretend_missing" == *",sudo,"* ]]; then return 1; fi
  sudo -n true 2>/dev/null || { [ -t 0 ] && sudo -v 2>/dev/null; }
}

unavailable=()
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "npm run setup: there is no apt-get here (not Debian or Ubuntu), so it cannot install ${missing[*]}." >&2
    unavailable=("${missing[@]}")
  elif [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "npm run setup: installing ${missing[*]} needs root, and there is no sudo here." >&2
    echo "Run as root:  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    unavailable=("${missing[@]}")
  elif [ "$(id -u)" != 0 ] && ! can_sudo; then
    echo "npm run setup: installing ${missing[*]} needs root, and sudo does not let $(id -un) do that here." >&2
    echo "Run as root:  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    unavailable=("${missing[@]}")
  else
    step "installing ${missing[*]} with apt"
    as_root apt-get update -q
    # Only what this system's apt can provide (Ubuntu, for one, ships Chromium and Firefox as snaps instead).
    installable=()
    for package in "${missing[@]}"; do
      if $dry_run || apt-cache show --no-all-versions "$package" >/dev/null 2>&1; then installable+=("$package")
      else unavailable+=("$package"); fi
    done
    if [ ${#installable[@]} -gt 0 ]; then
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${installable[@]}"
    fi
  fi
else
  step "Chromium, Firefox, libfaketime and a CJK font are here"
fi

step "npm ci"
run npm ci --no-audit --no-fund
step "build (.output/chrome-mv3, .output/firefox-mv3 and their zips)"
run npm run build

if [ ${#unavailable[@]} -gt 0 ]; then
  explain_missing "${unavailable[@]}"
  exit 1
fi
step "set up: now run npm test"
