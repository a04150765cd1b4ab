# Sourced by Weft's scripts: finds a JDK >= 25 and Maven, or stops with one line saying
# what is missing and how to get it. Sets JAVA_HOME, JAVA, MVN and WEFT_HOME.

WEFT_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

weft_die() { echo "weft: $*" >&2; exit 1; }

# The major version of the JDK at $1, or nothing.
weft_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

# WEFT_JDK_ROOT (default /usr/lib/jvm) is where JDKs are looked for after $JAVA_HOME.
weft_find_jdk() {
  local candidate major root=${WEFT_JDK_ROOT:-/usr/lib/jvm}
  for candidate in "${JAVA_HOME:-}" "$root"/*; do
    [ -n "$candidate" ] || continue
    major=$(weft_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      JAVA_HOME=$candidate
      export JAVA_HOME
      JAVA="$JAVA_HOME/bin/java"
      return 0
    fi
  done
  weft_die "no JDK 25 or newer found (looked at \$JAVA_HOME and $root/*): install one, e.g. Temurin 25 from adoptium.net, and set JAVA_HOME to it"
}

weft_find_maven() {
  MVN=$(command -v mvn) || weft_die "Maven (mvn, 3.8 or newer) not found: install it, e.g. 'apt-get install -y maven'"
  # Maven 3.8's bundled Guava calls sun.misc.Unsafe, which JDK 25 warns about on every run.
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
}

weft_find_jdk
