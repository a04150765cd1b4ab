#!/usr/bin/env python3
# Makes (or checks) the expected result of every program of Weft's conformance corpus by running
# it under CPython 3.11, the implementation Weft must match. The expectations are data produced by
# the thing they stand for, never typed by hand: this script is the only writer of *.expected, and
# ConformanceExpectationsTest runs it with --check so a stale or hand-edited file is caught.
#
# Why the run looks the way it does (ConformanceTest gives weft the same view):
#   - the program is named by its ABSOLUTE path: CPython 3.11 makes __main__'s path absolute anyway
#     (tracebacks and SyntaxErrors print it), and weft runs in-process with whatever cwd the JVM
#     has, so an absolute path is the one form both see alike. In stderr the corpus folder prefix is
#     then cut away, so expectations read "File \"errors/tracebacks/tb_calls.py\", line 4".
#   - cwd is a fresh empty folder: no program may depend on the current directory.
#   - `python3 -B -X utf8`: -B so importing sibling modules writes no __pycache__ into the corpus;
#     -X utf8 so stdio is UTF-8 whatever the locale. No -S: exit() and quit() come from site.
#   - PYTHONHASHSEED is fixed, and when writing, every program runs under two different seeds and
#     must print the same: output that leaks str hash order is refused.
#
# Usage: python3 ci/conformance/expect.py            write every <name>.expected
#        python3 ci/conformance/expect.py --check    compare, write nothing; exit 1 on a difference,
#                                                    77 when this python3 is not 3.11
#        ... [PATH...]                               only these programs (paths under the corpus)
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = (Path(__file__).resolve().parent.parent / "src" / "test" / "resources" / "conformance")
VERSION = (3, 11)
FULL_STDERR_MARK = b"# conformance: full-stderr"
TIMEOUT_S = 20
SLOW_S = 1.0
HEADER = "# Made by ci/conformance/expect.py from CPython %d.%d; do not edit.\n" % VERSION


def programs(root):
    """Every program of the corpus, as paths relative to root, sorted: *.py files, and *.nofile
    markers (which stand for the .py of the same name, which must not exist). A file or folder
    whose name starts with '_' is not a program (helper modules, data)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith("_") and d != "__pycache__"]
        for name in filenames:
            if name.startswith("_"):
                continue
            rel = Path(dirpath, name).relative_to(root)
            if name.endswith(".py"):
                found.append(rel)
            elif name.endswith(".nofile"):
                found.append(rel.with_suffix(".py"))
    return sorted(found, key=lambda p: p.as_posix())


def stderr_rule(program):
    """'full' for programs that ask for it in their first two lines, and for missing files;
    otherwise only the last line of stderr is compared."""
    if not program.exists():
        return "full"
    head = program.read_bytes().split(b"\n", 2)[:2]
    return "full" if any(FULL_STDERR_MARK in line for line in head) else "last-line"


def normalise_stderr(text, root, tmpdir):
    """The corpus folder prefix goes, the scratch folder reads {tmpdir}, and the interpreter's own
    name before "can't open file" goes (python3 prints its path there, weft its name)."""
    text = text.replace(str(root) + os.sep, "").replace(tmpdir, "{tmpdir}")
    return re.sub(r"(?m)^\S+: (can't open file )", r"\1", text)


def last_line(text):
    lines = text.rstrip("\n").split("\n")
    return lines[-1]


def run(rel, root, seed):
    """Runs one program; returns (status, stdout bytes, stderr text normalised, seconds)."""
    program = root / rel
    base = program.with_suffix("")
    tmpdir = tempfile.mkdtemp(prefix="weft-conformance-")
    try:
        args = []
        args_file = base.with_suffix(".args")
        if args_file.exists():
            args = [a.replace("{tmpdir}", tmpdir)
                    for a in args_file.read_text(encoding="utf-8").splitlines() if a]
        stdin_file = base.with_suffix(".stdin")
        stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
               "PYTHONHASHSEED": str(seed), "PYTHONDONTWRITEBYTECODE": "1"}
        start = time.monotonic()
        done = subprocess.run([sys.executable, "-B", "-X", "utf8", str(program), *args],
                              input=stdin, capture_output=True, cwd=tmpdir, env=env,
                              timeout=TIMEOUT_S)
        seconds = time.monotonic() - start
        err = normalise_stderr(done.stderr.decode("utf-8", "backslashreplace"), root, tmpdir)
        return done.returncode, done.stdout, err, seconds
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def render(rel, root, status, out, err):
    """The .expected format: a header, then stdout and stderr each as a byte count and the bytes,
    each followed by one newline so the file reads well. Under 'last-line' only stderr's last line
    is kept (no newline)."""
    rule = stderr_rule(root / rel)
    err_bytes = (err if rule == "full" else last_line(err)).encode("utf-8")
    return (HEADER.encode("utf-8")
            + b"status %d\nstderr %s\n" % (status, rule.encode())
            + b"stdout %d bytes\n" % len(out) + out + b"\n"
            + b"stderr %d bytes\n" % len(err_bytes) + err_bytes + b"\n")


def expected_path(root, rel):
    return (root / rel).with_suffix(".expected")


def make(rel, root, check):
    """Returns (rel, problem or None, seconds) and, unless checking, writes the file."""
    status, out, err, seconds = run(rel, root, seed=0)
    text = render(rel, root, status, out, err)
    target = expected_path(root, rel)
    if check:
        if not target.exists():
            return rel, "no %s: run python3 ci/conformance/expect.py" % target.name, seconds
        if target.read_bytes() != text:
            return rel, "CPython now gives:\n" + text.decode("utf-8", "backslashreplace"), seconds
        return rel, None, seconds
    if re.search(r"^\S+:\d+: \w*Warning: ", err, re.M):
        return rel, "CPython printed a warning; change the program so it prints none", seconds
    status2, out2, err2, _ = run(rel, root, seed=4242)
    if (status2, out2, err2) != (status, out, err):
        return rel, "output depends on the hash seed (sets or dicts of str?)", seconds
    target.write_bytes(text)
    return rel, None, seconds


def relative(given, root):
    """A program named on the command line, relative to the corpus: paths under the corpus are
    taken as they are (from any cwd), anything else as relative to the corpus."""
    try:
        return Path(given).resolve().relative_to(root)
    except ValueError:
        return Path(given)


def main():
    parser = argparse.ArgumentParser(description="Write or check the corpus's .expected files with CPython.")
    parser.add_argument("--check", action="store_true", help="compare with the committed files")
    parser.add_argument("--root", default=str(CORPUS), help="the corpus folder")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("paths", nargs="*", help="programs, relative to the corpus")
    options = parser.parse_args()
    root = Path(options.root).resolve()
    if sys.version_info[:2] != VERSION:
        print("expect.py: the corpus expects CPython %d.%d, this is %s"
              % (VERSION + (sys.version.split()[0],)), file=sys.stderr)
        return 77 if options.check else 2
    chosen = [relative(p, root) for p in options.paths] or programs(root)
    problems = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
        for rel, problem, seconds in pool.map(lambda r: make(r, root, options.check), chosen):
            if problem:
                problems += 1
                print("%s: %s" % (rel.as_posix(), problem))
            elif seconds > SLOW_S:
                print("%s: slow (%.1f s under CPython; keep programs well under 1 s)"
                      % (rel.as_posix(), seconds))
    if not options.paths:
        wanted = {expected_path(root, rel) for rel in chosen}
        for stale in sorted(root.rglob("*.expected")):
            if stale not in wanted:
                problems += 1
                print("%s: no program for this file (delete it)" % stale.relative_to(root).as_posix())
    print("expect.py: %d programs, %d problems%s"
          % (len(chosen), problems, " (checked)" if options.check else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
