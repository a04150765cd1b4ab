#!/usr/bin/env bash
# Checks Intel RTM on this machine through Weft's whole path (Java FFM -> the C shim ->
# XBEGIN/XEND): the start-up self-test, then a commit, an explicit abort with a code and a
# capacity abort (dev.weft.htm.RtmCheck). Exit 0 when RTM is not usable here (it says why and
# skips), 0 when every check passes, non-zero when RTM is usable and a check fails.
# Builds htm-native first when its jar is missing.
set -euo pipefail
. "$(dirname "$0")/../bin/lib/env.sh"

jar() { ls "$WEFT_HOME"/htm-native/target/htm-native-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' | head -n 1; }
if [ -z "$(jar)" ]; then
  weft_find_maven
  echo "rtm-check: building htm-native..." >&2
  (cd "$WEFT_HOME" && "$MVN" -B -q -Dstyle.color=never -DskipTests -pl htm-native -am package)
fi
[ -n "$(jar)" ] || weft_die "rtm-check: htm-native's jar is still missing after the build"
exec "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$(jar)" dev.weft.htm.RtmCheck
