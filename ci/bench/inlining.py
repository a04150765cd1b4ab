#!/usr/bin/env python3
"""What C2 inlined into one method, from a HotSpot compilation log.

    JAVA_TOOL_OPTIONS="-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=/tmp/c.log" \
        bin/weft run ci/bench/threads/_steady.py raytrace_rows 1 4 >/dev/null
    ci/bench/inlining.py /tmp/c.log [Class.method] [--all]

For each C2 compile (level 4, or no level) of the method (default dev.weft.interp.Interp.loop):
its time stamp, kind (osr or not), how many call sites it inlined at the first level, the
failures by reason, and, for the last compile (every compile with --all), the first-level call
sites with their outcome. PrintInlining's output interleaves the compiler threads' lines;
the log keeps each compile in its own <task> element.
"""
import sys
import xml.etree.ElementTree as ET
from collections import Counter


def tasks(path):
    """Yields each <task> element of the log, parsed on its own (the log as a whole is not one document)."""
    buf = None
    with open(path, errors="replace") as f:
        for line in f:
            if buf is None:
                if line.startswith("<task "):
                    buf = [line]
            else:
                buf.append(line)
                if line.startswith("</task>"):
                    try:
                        yield ET.fromstring("".join(buf))
                    except ET.ParseError:
                        pass
                    buf = None


def names(task):
    klass = {k.get("id"): k.get("name").replace("/", ".") for k in task.iter("klass")}
    return {m.get("id"): "%s.%s" % (klass.get(m.get("holder"), "?"), m.get("name"))
            for m in task.iter("method")}, \
        {m.get("id"): m.get("bytes") for m in task.iter("method")}


def first_level(task):
    """The call sites of the compiled method itself: (bci, callee id, outcome, reason)."""
    root = task.find("phase[@name='parse']/parse") or task.find(".//parse")
    if root is None:
        return []
    sites, bci, callee = [], None, None
    for el in root:
        if el.tag == "bc":
            bci = el.get("bci")
        elif el.tag == "call":
            callee = el.get("method")
        elif el.tag in ("inline_fail", "inline_success") and callee is not None:
            sites.append((int(bci or -1), callee, el.tag == "inline_success", el.get("reason")))
            callee = None
    return sites


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    path = args[0]
    want = args[1] if len(args) > 1 else "dev.weft.interp.Interp.loop"
    cls, meth = want.rsplit(".", 1)
    key = "%s %s " % (cls, meth)
    found = []
    for t in tasks(path):
        if not t.get("method", "").startswith(key) or t.get("level") not in (None, "4"):
            continue
        found.append(t)
    if not found:
        print("no C2 compile of", want, "in", path)
        return 1
    for i, t in enumerate(found):
        ids, size = names(t)
        sites = first_level(t)
        ok = sum(1 for s in sites if s[2])
        why = Counter(s[3] for s in sites if not s[2])
        print("compile %s %s at %ss: %d of %d call sites inlined; %s" % (
            t.get("compile_id"), t.get("compile_kind", "normal"), t.get("stamp"), ok, len(sites),
            ", ".join("%s %d" % kv for kv in why.most_common())))
        if "--all" in argv or i == len(found) - 1:
            for bci, callee, inl, reason in sites:
                print("    @%-5d %-55s %5s bytes  %s %s" % (
                    bci, ids.get(callee, callee), size.get(callee, "?"), "inline" if inl else "FAIL  ", reason))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
