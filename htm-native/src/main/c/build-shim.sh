#!/bin/sh
# Builds the RTM shim; htm-native's pom runs it in the compile phase. $1: output .so path.
set -eu
command -v gcc >/dev/null 2>&1 || {
  echo "htm-native: gcc not found; it builds the RTM shim (libweftrtm.so): apt-get install -y gcc" >&2
  exit 1
}
src=$(dirname "$0")
mkdir -p "$(dirname "$1")"
exec gcc -O2 -mrtm -fPIC -shared -Wall -Wextra -Werror -o "$1" "$src/weft_rtm.c"
