#!/usr/bin/env bash
# asyncbench set-up: the system libraries that `canvas` (under chartjs-node-canvas) compiles
# against, a font the charts can rely on, then `npm ci`.
#
# Plain bash so it runs before node_modules exists. Idempotent: on a ready machine it checks,
# finds everything, runs `npm ci` only when node_modules is missing or older than the lockfile,
# and finishes in seconds.
#
#   npm run setup            check, install what is missing (apt-get, when root on Debian/Ubuntu), npm ci
#   npm run setup -- --check only report what is missing; exit 1 if anything is
#   npm run setup -- --force-npm   run `npm ci` even when node_modules looks current
#   npm run setup -- --browser     also install Chromium (Debian's package), for the HTML report's browser test
#   npm run setup -- --python      also install Debian's python3 and python3-httpx, for the python suite
#                                  (the article's own code); elsewhere it prints the command
#   npm run setup -- --fuse        also install Debian's fuse3 and python3-fusepy, for the files suite's
#                                  slow-file server (a FUSE mount; needs /dev/fuse); elsewhere it prints
#                                  the command
set -euo pipefail

cd "$(dirname "$0")"

check_only=0
force_npm=0
browser=0
python=0
fuse=0
for arg in "$@"; do
  case "$arg" in
    --check) check_only=1 ;;
    --force-npm) force_npm=1 ;;
    --browser) browser=1 ;;
    --python) python=1 ;;
    --fuse) fuse=1 ;;
    -h | --help)
      sed -n '2,/^set /p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "setup: unknown option '$arg' (accepted: --check, --force-npm, --browser, --python, --fuse, --help)" >&2
      exit 2
      ;;
  esac
done

say() { printf 'setup: %s\n' "$*" >&2; }

# Debian package -> how to tell it is there. pkg-config names where the library ships a .pc file;
# giflib ships none, so its header stands in; the font is a file.
APT_PACKAGES=(pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev fonts-dejavu-core)
BREW_PACKAGES=(pkg-config cairo pango libpng jpeg giflib librsvg)

have_pc() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$1"; }

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
have_pc cairo || missing+=(libcairo2-dev)
have_pc pangocairo || missing+=(libpango1.0-dev)
have_pc libjpeg || missing+=(libjpeg-dev)
[ -f /usr/include/gif_lib.h ] || [ -f /usr/local/include/gif_lib.h ] || [ -f /opt/homebrew/include/gif_lib.h ] || missing+=(libgif-dev)
have_pc librsvg-2.0 || missing+=(librsvg2-dev)
if [ "$(uname -s)" = "Linux" ] && [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  missing+=(fonts-dejavu-core)
fi

if [ "$browser" -eq 1 ] && ! command -v chromium >/dev/null 2>&1; then
  APT_PACKAGES+=(chromium)
  missing+=(chromium)
fi

# The python suite's interpreter: Debian's python3 with httpx. A python3 earlier on PATH (pyenv, a
# venv) may lack httpx; the bench looks for one that has it (bench/python.ts), Debian's among them.
if [ "$python" -eq 1 ] && ! { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import httpx' >/dev/null 2>&1; } &&
  ! { command -v python3 >/dev/null 2>&1 && python3 -c 'import httpx' >/dev/null 2>&1; }; then
  if [ "$(uname -s)" = "Linux" ] && command -v apt-get >/dev/null 2>&1; then
    APT_PACKAGES+=(python3 python3-httpx)
    missing+=(python3-httpx)
  else
    say "the python suite needs a python3 (3.8 or later) with httpx; install it with, for example:"
    echo "  python3 -m pip install httpx" >&2
  fi
fi

# The files suite's slow-file server (servers/slow_file_server.py): fusepy over libfuse 2, with
# fusermount from fuse3. Debian names the module fusepy, pip names it fuse: either will do.
have_fusepy() {
  for py in python3 /usr/bin/python3; do
    command -v "$py" >/dev/null 2>&1 && "$py" -c 'import importlib,sys
for m in ("fusepy", "fuse"):
    try:
        mod = importlib.import_module(m)
    except Exception:
        continue
    if hasattr(mod, "FUSE"):
        sys.exit(0)
sys.exit(1)' >/dev/null 2>&1 && return 0
  done
  return 1
}
if [ "$fuse" -eq 1 ] && ! { have_fusepy && command -v fusermount3 >/dev/null 2>&1; }; then
  if [ "$(uname -s)" = "Linux" ] && command -v apt-get >/dev/null 2>&1; then
    APT_PACKAGES+=(fuse3 python3-fusepy)
    missing+=(python3-fusepy)
  else
    say "the files suite needs FUSE (Linux with /dev/fuse), libfuse 2 and fusepy; for example:"
    echo "  python3 -m pip install fusepy   # and your system's libfuse2 and fuse3 packages" >&2
  fi
fi
if [ "$fuse" -eq 1 ] && [ "$(uname -s)" = "Linux" ] && [ ! -e /dev/fuse ]; then
  say "no /dev/fuse: the files suite will be skipped (in a container, run it with --device /dev/fuse)"
fi

if [ ${#missing[@]} -eq 0 ]; then
  say "system libraries for canvas: present"
elif [ "$check_only" -eq 1 ]; then
  say "missing: ${missing[*]}"
  exit 1
else
  say "missing: ${missing[*]}"
  if [ "$(uname -s)" = "Linux" ] && command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
      say "installing with apt-get (about 15 s)"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
      say "installed: ${APT_PACKAGES[*]}"
    else
      say "not root; run this, then 'npm run setup' again:"
      echo "  sudo apt-get install -y ${APT_PACKAGES[*]}" >&2
      exit 1
    fi
  elif [ "$(uname -s)" = "Darwin" ]; then
    say "run this, then 'npm run setup' again:"
    echo "  brew install ${BREW_PACKAGES[*]}" >&2
    exit 1
  else
    say "install the cairo, pango, libjpeg, giflib and librsvg development packages for your platform"
    say "(see https://github.com/Automattic/node-canvas#compiling), then run 'npm run setup' again"
    exit 1
  fi
fi

[ "$check_only" -eq 1 ] && exit 0

# npm ci wipes node_modules and reinstalls (and recompiles canvas, ~30 s): skip it when the tree
# is already installed from this lockfile and canvas has its compiled binding.
if [ "$force_npm" -eq 0 ] && [ -f node_modules/.package-lock.json ] &&
  [ node_modules/.package-lock.json -nt package-lock.json ] &&
  [ -f node_modules/canvas/build/Release/canvas.node ]; then
  say "node_modules is current with package-lock.json (use --force-npm to reinstall)"
else
  say "npm ci (compiles canvas from source when no prebuilt binary can be fetched: about 30 s)"
  npm ci --no-audit --no-fund
fi
say "ready: 'npm run bench' measures, 'npm test' tests"
