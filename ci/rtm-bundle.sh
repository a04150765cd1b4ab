#!/usr/bin/env bash
# Packs what the RTM hardware checks need into one folder that runs on a machine with no JDK
# and no Maven: a jlinked Java runtime, htm-native's and stm-fallback's classes and test
# classes, the JUnit console launcher, and check.sh. Run its check.sh on the machine to check:
# CPU and kernel facts, ci/rtm-check.sh's checks (RtmCheck), then the tests of dev.weft.htm and
# dev.weft.stm.htm, whose hardware cases run only where RTM is usable.
#   ci/rtm-bundle.sh [folder]     (default .dev, which the device tool can carry)
set -euo pipefail
. "$(dirname "$0")/../bin/lib/env.sh"
out="${1:-$WEFT_HOME/.dev}"
weft_find_maven
(cd "$WEFT_HOME" && "$MVN" -B -q -Dstyle.color=never -DskipTests -Djacoco.skip=true -pl stm-fallback -am test-compile)
launcher=${MAVEN_REPO:-$HOME/.m2/repository}/org/junit/platform/junit-platform-console-standalone/1.14.1/junit-platform-console-standalone-1.14.1.jar
[ -f "$launcher" ] || "$MVN" -B -q -Dstyle.color=never dependency:get -Dartifact=org.junit.platform:junit-platform-console-standalone:1.14.1
rm -rf "$out" && mkdir -p "$out/cp"
"$(dirname "$JAVA")/jlink" --add-modules java.base,java.logging,java.management,jdk.unsupported \
  --strip-debug --no-man-pages --no-header-files --compress=zip-9 --output "$out/jre"
cp "$launcher" "$out/junit.jar"
for m in htm-native stm-fallback; do
  cp -r "$WEFT_HOME/$m/target/classes" "$out/cp/$m"
  cp -r "$WEFT_HOME/$m/target/test-classes" "$out/cp/$m-tests"
done
cat > "$out/check.sh" <<'CHECK'
#!/bin/bash
# Run from anywhere inside a Weft checkout that holds this folder.
D="$(cd "$(dirname "$0")" && pwd)"; R="$(dirname "$D")"; J=$D/jre/bin/java
echo "== cpu"; grep -m1 'model name' /proc/cpuinfo
echo "rtm/hle flags: $(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -x -e rtm -e hle | tr '\n' ' ')"; uname -r
echo "tsx_async_abort: $(cat /sys/devices/system/cpu/vulnerabilities/tsx_async_abort 2>/dev/null)"
echo "== RtmCheck"; $J --enable-native-access=ALL-UNNAMED -cp "$D/cp/htm-native" dev.weft.htm.RtmCheck; echo "rc=$?"
cp="$D/cp/htm-native:$D/cp/htm-native-tests:$D/cp/stm-fallback:$D/cp/stm-fallback-tests"
run() { (cd "$R/$1" && $J --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -jar "$D/junit.jar" \
  execute --disable-banner --disable-ansi-colors --details=tree -cp "$cp" --select-package "$2" 2>&1 | grep -v -e '✔' -e '^ *java\.base' -e '^ *org\.junit'); }
echo "== tests of dev.weft.htm"; run htm-native dev.weft.htm
echo "== tests of dev.weft.stm.htm"; run stm-fallback dev.weft.stm.htm
CHECK
chmod +x "$out/check.sh"
echo "rtm-bundle: $(du -sh "$out" | cut -f1) in $out; run $out/check.sh on the machine to check" >&2
