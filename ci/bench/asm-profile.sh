#!/usr/bin/env bash
# Instruction-level profile of one JIT-compiled Java method of weft while it runs a program:
# perf samples against the method's machine code, which is read from the live process and
# disassembled with objdump (no hsdis needed). Calls in the listing are named from the JVM's
# perf map. How the dispatch-loop profile in docs/interpreter.md (Superinstructions) was made.
#
#   ci/bench/asm-profile.sh PROGRAM.py [METHOD-SUBSTRING]     (default: Interp.loop)
#   env: JAR (default vm-frontend/target/weft.jar), MODE (gil|stm), WARM (seconds before
#        sampling, default 8), REC (seconds of sampling, default 5)
# Writes /tmp/asm-profile.txt: "samples address instruction", in address order; sort -rn it.
# Needs perf, objdump and a JDK 25 (JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64).
set -euo pipefail
prog=$1; want=${2:-Interp.loop}
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=${JAR:-$root/vm-frontend/target/weft.jar}
"$jdk/bin/java" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmn64m -jar "$jar" run --tm="${MODE:-gil}" "$prog" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
sleep "${WARM:-8}"
perf record -q -o /tmp/asm-profile.data -F 9999 -p "$pid" -- sleep "${REC:-5}" 2>/dev/null
"$jdk/bin/jcmd" "$pid" Compiler.perfmap >/dev/null   # after sampling: the code sampled is still there
python3 - "$pid" "$want" <<'PY'
import collections, re, subprocess, sys
pid, want = sys.argv[1], sys.argv[2]
syms = []
for line in open(f"/tmp/perf-{pid}.map"):
    a, n, name = line.rstrip("\n").split(" ", 2)
    syms.append((int(a, 16), int(n, 16), name))
out = subprocess.run(["perf", "script", "-i", "/tmp/asm-profile.data", "-F", "ip"], capture_output=True, text=True).stdout
ips = [int(x, 16) for x in out.split()]
per = collections.Counter()
for ip in ips:
    for a, n, name in syms:
        if want in name and a <= ip < a + n:
            per[a, n, name] += 1
if not per:
    sys.exit(f"no samples in a method named like {want!r}")
(a, n, name), count = per.most_common(1)[0]
print(f"{name}: {count} of {len(ips)} samples, code at {a:#x}, {n} bytes")
with open(f"/proc/{pid}/mem", "rb") as f:
    f.seek(a)
    open("/tmp/asm-profile.bin", "wb").write(f.read(n))
dis = subprocess.run(["objdump", "-D", "-b", "binary", "-mi386:x86-64", f"--adjust-vma={a:#x}", "/tmp/asm-profile.bin"],
                     capture_output=True, text=True).stdout
hits = collections.Counter(ip for ip in ips if a <= ip < a + n)
def named(t):
    return next((nm for sa, sn, nm in syms if sa <= t < sa + sn), "")
rows = []
for line in dis.splitlines():
    m = re.match(r"\s*([0-9a-f]+):\s*(.*)", line)
    if not m:
        continue
    addr, text = int(m.group(1), 16), m.group(2)
    call = re.search(r"call\s+0x([0-9a-f]+)", text)
    if call:
        text += "   ; " + named(int(call.group(1), 16))[:100]
    rows.append(f"{hits.get(addr, 0):6d} {addr:#x} {text}")
open("/tmp/asm-profile.txt", "w").write("\n".join(rows) + "\n")
print("listing in /tmp/asm-profile.txt")
PY
