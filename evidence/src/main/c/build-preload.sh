#!/bin/sh
# Builds libokju-noatime (okju_noatime.c) into the evidence jar's resources, named by Java's
# os.arch, when a C compiler is present; okju runs the forensic tools without it, and says so,
# when it is not. Called by evidence/pom.xml in the process-classes phase: $1 is the output folder.
set -eu
out="$1"
src="$(dirname "$0")/okju_noatime.c"
case "$(uname -m)" in
  x86_64) arch=amd64 ;;
  i?86) arch=x86 ;;
  *) arch="$(uname -m)" ;;
esac
lib="$out/libokju-noatime-$arch.so"
if [ -f "$lib" ] && [ "$lib" -nt "$src" ]; then
  exit 0
fi
if ! command -v cc >/dev/null 2>&1; then
  echo "evidence: no C compiler: libokju-noatime not built (tools may move an image's atime)" >&2
  exit 0
fi
mkdir -p "$out"
cc -std=c99 -O2 -Wall -Wextra -Werror -fPIC -shared -o "$lib.tmp" "$src" -ldl
mv "$lib.tmp" "$lib"
