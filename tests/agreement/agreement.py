#!/usr/bin/env python3
"""Measure how closely `clawdev scan` agrees with pydocstyle 6.2.3 on D100-D107 and D417.

Both tools scan the same files: the chosen ``.py`` files of the tree are hard-linked (or copied) into a
fresh temporary folder beside a ``setup.cfg`` whose ``[pydocstyle]`` section selects the compared codes and
matches every ``.py`` file; both tools read that section, so the comparison does not depend on either tool's
defaults (with it, ClawDev uses its pydocstyle profile, as it does for any repository configuring pydocstyle). Findings are compared per code as multisets of keys:

* D100, D104 (module level): (file, code)
* D101-D103, D105-D107: (file, code, simple name, line) -- pydocstyle reports the line of the
  ``def``/``class`` keyword of an undocumented definition, and so does ClawDev's JSON;
* D417: (file, code, simple name) -- pydocstyle reports it at the docstring's first line, ClawDev at the
  ``def`` line, so the line cannot be part of the key.

Prints a Markdown table of precision, recall and F1 per code, and how many D417 findings of both tools name
the same parameters; ``--show-diff`` lists every item only one tool reported and every D417 whose parameters
differ; ``--min-f1 P`` exits 1 when any code is below P percent.
Exit codes: 0 agreement at or above the bar, 1 below it, 2 when a tool could not be run or its output read.
Standard library only.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CODES = ("D100", "D101", "D102", "D103", "D104", "D105", "D106", "D107", "D417")
MODULE_LEVEL_CODES = frozenset({"D100", "D104"})
CODES_KEYED_WITHOUT_LINE = frozenset({"D417"})

PREFERRED_STDLIB = Path("/root/.pyenv/versions/3.11.7/lib/python3.11")
# Top-level folders of CPython's Lib that the agreement target leaves out.
DEFAULT_STDLIB_EXCLUDES = ("test", "idlelib", "lib2to3", "site-packages")

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CLAWDEV = f"dotnet run --project {shlex.quote(str(REPO_ROOT / 'server' / 'ClawDev.Server'))} -c Release --"

# `./path.py:12 in public method `name`:` or `./path.py:1 at module level:`; pydocstyle appends
# "(skipping <the noqa comment's codes as written>)" when a `# noqa: ...` names codes for that definition.
PYDOCSTYLE_HEADER = re.compile(
    r"^(?P<path>.+):(?P<line>\d+) "
    r"(?:at module level|in (?:public|private) [a-z ]+ `(?P<name>[^`]*)`(?: \(skipping .*\))?):$"
)
PYDOCSTYLE_MESSAGE = re.compile(r"^\s+(?P<code>D\d{3}): (?P<message>.*)$")
PYTHON_TRACEBACK = "Traceback (most recent call last):"
# The D417 message names the parameters, sorted: "(argument(s) a, b are missing descriptions in 'f' docstring)".
PYDOCSTYLE_D417_ARGUMENTS = re.compile(r"\(argument\(s\) (?P<names>.*) are missing descriptions in '[^']*' docstring\)$")


class ToolError(Exception):
    """A tool could not be run, or its output could not be read."""


@dataclass(frozen=True)
class Finding:
    """One reported problem, reduced to what both tools report."""

    path: str  # relative to the scanned folder, '/' separators
    code: str
    name: str  # simple name of the definition; '' at module level
    line: int
    message: str
    arguments: tuple[str, ...] = ()  # D417: the parameters without a description, sorted

    def key(self) -> tuple:
        if self.code in MODULE_LEVEL_CODES:
            return (self.path, self.code)
        if self.code in CODES_KEYED_WITHOUT_LINE:
            return (self.path, self.code, self.name)
        return (self.path, self.code, self.name, self.line)

    def describe(self) -> str:
        where = f"`{self.name}`" if self.name else "module"
        return f"{self.path}:{self.line} {where}: {self.message}"


@dataclass(frozen=True)
class ArgumentDifference:
    """A D417 finding both tools report, naming different parameters."""

    reference: Finding
    candidate: Finding


@dataclass
class CodeAgreement:
    """Matched and unmatched findings of one code."""

    code: str
    reference: list[Finding]
    candidate: list[Finding]
    only_reference: list[Finding]
    only_candidate: list[Finding]

    @property
    def matched(self) -> int:
        return len(self.reference) - len(self.only_reference)

    @property
    def precision(self) -> float:
        return ratio(self.matched, len(self.candidate))

    @property
    def recall(self) -> float:
        return ratio(self.matched, len(self.reference))

    @property
    def f1(self) -> float:
        return f1_score(self.matched, len(self.only_candidate), len(self.only_reference))


def ratio(part: int, whole: int) -> float:
    """Percentage; an empty whole counts as full agreement (nothing to find, nothing wrongly found)."""
    return 100.0 if whole == 0 else 100.0 * part / whole


def f1_score(matched: int, only_candidate: int, only_reference: int) -> float:
    denominator = 2 * matched + only_candidate + only_reference
    return 100.0 if denominator == 0 else 100.0 * 2 * matched / denominator


# ----------------------------------------------------------------------------------------------------------
# The files both tools see


def default_tree() -> Path:
    if PREFERRED_STDLIB.is_dir():
        return PREFERRED_STDLIB
    return Path(sysconfig.get_path("stdlib"))


def select_files(tree: Path, excluded_top_dirs: set[str]) -> list[Path]:
    """Relative paths of the .py files pydocstyle's defaults would visit (it skips folders starting with '.')."""
    selected = []
    for folder, dirs, files in os.walk(tree):
        relative_folder = Path(folder).relative_to(tree)
        at_top = relative_folder == Path(".")
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not (at_top and d in excluded_top_dirs)
        )
        selected.extend(relative_folder / name for name in sorted(files) if name.endswith(".py"))
    return selected


def mirror_files(tree: Path, files: list[Path], destination: Path) -> None:
    """Hard-link each file into destination (copy across file systems) so both tools see the same bytes."""
    for relative in files:
        target = destination / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(tree / relative, target)
        except OSError:
            shutil.copy2(tree / relative, target)


def write_pydocstyle_configuration(root: Path) -> None:
    """The configuration both tools read: the compared codes, and every .py file (pydocstyle skips test_*.py by default)."""
    (root / "setup.cfg").write_text(
        f"[pydocstyle]\nselect = {','.join(CODES)}\nmatch = .*\\.py\n", encoding="utf-8"
    )


def count_lines(root: Path, files: list[Path]) -> int:
    total = 0
    for relative in files:
        with open(root / relative, "rb") as handle:
            total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    return total


# ----------------------------------------------------------------------------------------------------------
# pydocstyle


def pydocstyle_version(command: list[str]) -> str:
    completed = run_tool(command + ["--version"], cwd=None)
    return completed.stdout.strip()


def run_pydocstyle(command: list[str], root: Path) -> tuple[str, str]:
    arguments = command + [f"--select={','.join(CODES)}", r"--match=.*\.py", "."]
    completed = run_tool(arguments, cwd=root)
    # 0: no violations, 1: violations; anything else is a configuration or internal error.
    # pydocstyle also exits 1 when it dies of an uncaught exception (and then prints no findings at all).
    if completed.returncode not in (0, 1) or PYTHON_TRACEBACK in completed.stderr:
        raise ToolError(f"pydocstyle exited {completed.returncode}: {completed.stderr.strip()[-2000:]}")
    return completed.stdout, completed.stderr


def parse_pydocstyle(output: str) -> list[Finding]:
    findings = []
    header = None
    for text in output.splitlines():
        if not text.strip():
            continue
        if header is None:
            header = PYDOCSTYLE_HEADER.match(text)
            if header is None:
                raise ToolError(f"unexpected pydocstyle line: {text!r}")
            continue
        message = PYDOCSTYLE_MESSAGE.match(text)
        if message is None:
            raise ToolError(f"pydocstyle header without a message line: {header.group(0)!r} then {text!r}")
        arguments = PYDOCSTYLE_D417_ARGUMENTS.search(message.group("message"))
        findings.append(
            Finding(
                path=normalise_path(header.group("path")),
                code=message.group("code"),
                name=header.group("name") or "",
                line=int(header.group("line")),
                message=f"{message.group('code')}: {message.group('message')}",
                arguments=tuple(sorted(arguments.group("names").split(", "))) if arguments else (),
            )
        )
        header = None
    if header is not None:
        raise ToolError(f"pydocstyle output ends after a header: {header.group(0)!r}")
    return findings


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise ToolError(f"cannot read {path}: {error}") from error


def pydocstyle_skipped_files(stderr: str) -> list[str]:
    """Files pydocstyle could not read or parse: it logs them and reports nothing for them.

    (A file its tokenizer rejects is skipped without a word; ClawDev's findings there show as "only ClawDev".)
    """
    return [line for line in stderr.splitlines() if "Error in file" in line]


def normalise_path(path: str) -> str:
    return Path(os.path.normpath(path)).as_posix()


# ----------------------------------------------------------------------------------------------------------
# ClawDev


def run_clawdev(command: list[str], root: Path, output_file: Path) -> dict:
    arguments = command + [
        "scan", str(root), "--format", "json", "--select", ",".join(CODES), "--output", str(output_file),
    ]
    completed = run_tool(arguments, cwd=None)
    # 0: clean, 1: findings; 2 is a usage or I/O error.
    if completed.returncode not in (0, 1):
        raise ToolError(
            f"clawdev exited {completed.returncode}: {(completed.stderr or completed.stdout).strip()[-2000:]}"
        )
    return read_clawdev_json(output_file)


def read_clawdev_json(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, ValueError) as error:
        raise ToolError(f"cannot read ClawDev's JSON report {path}: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("findings"), list):
        raise ToolError(f"ClawDev's JSON report {path} has no findings[] list")
    return document


def parse_clawdev(document: dict) -> list[Finding]:
    findings = []
    for entry in document["findings"]:
        try:
            code = entry["code"]
            symbol = entry.get("symbol") or ""
            findings.append(
                Finding(
                    path=normalise_path(entry["path"]),
                    code=code,
                    name="" if code in MODULE_LEVEL_CODES else symbol.rsplit(".", 1)[-1],
                    line=int(entry["line"]),
                    message=f"{code}: {entry.get('message', '')}",
                    # pydocstyle names `*args` and `**kwargs` without their stars.
                    arguments=tuple(sorted(name.lstrip("*") for name in entry.get("parameters", ()))),
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ToolError(f"malformed ClawDev finding {entry!r}: {error}") from error
    return [finding for finding in findings if finding.code in CODES]


def print_clawdev_files(document: dict, show_notes: bool) -> None:
    """What ClawDev says it read: a file it skipped or excluded explains findings only pydocstyle has."""
    files = document.get("files")
    if isinstance(files, dict):
        print("ClawDev files: " + ", ".join(f"{key} {value}" for key, value in files.items()))
    notes = document.get("notes") or []
    if notes:
        print(f"ClawDev notes: {len(notes)}")
    if show_notes:
        for note in notes:
            described = ": ".join(str(note[k]) for k in ("kind", "path", "message") if isinstance(note, dict) and k in note)
            print(f"  {described or note}")


# ----------------------------------------------------------------------------------------------------------
# Comparison and report


def compare(reference: list[Finding], candidate: list[Finding]) -> list[CodeAgreement]:
    results = []
    for code in CODES:
        ours = [f for f in reference if f.code == code]
        theirs = [f for f in candidate if f.code == code]
        results.append(
            CodeAgreement(code, ours, theirs, unmatched(ours, theirs), unmatched(theirs, ours))
        )
    return results


def unmatched(findings: list[Finding], other: list[Finding]) -> list[Finding]:
    """Findings whose key occurs more often here than in `other` (keys are compared as multisets)."""
    available = collections.Counter(f.key() for f in other)
    left = []
    for finding in findings:
        if available[finding.key()] > 0:
            available[finding.key()] -= 1
        else:
            left.append(finding)
    return left


def argument_differences(result: CodeAgreement) -> list[ArgumentDifference]:
    """Matched findings whose parameter lists differ (for D417, where the message names the parameters).

    Findings of one key are paired in report order, which both tools keep (file order, then line order).
    """
    by_key: dict[tuple, tuple[list[Finding], list[Finding]]] = collections.defaultdict(lambda: ([], []))
    for finding in result.reference:
        by_key[finding.key()][0].append(finding)
    for finding in result.candidate:
        by_key[finding.key()][1].append(finding)
    return [
        ArgumentDifference(ours, theirs)
        for reference, candidate in by_key.values()
        for ours, theirs in zip(reference, candidate)
        if ours.arguments != theirs.arguments
    ]


def format_table(results: list[CodeAgreement]) -> str:
    rows = [
        "| code | pydocstyle | ClawDev | both | only pydocstyle | only ClawDev | precision | recall | F1 |",
        "|------|-----------:|--------:|-----:|----------------:|-------------:|----------:|-------:|---:|",
    ]
    for r in results:
        rows.append(
            f"| {r.code} | {len(r.reference)} | {len(r.candidate)} | {r.matched} | {len(r.only_reference)} "
            f"| {len(r.only_candidate)} | {r.precision:.2f}% | {r.recall:.2f}% | {r.f1:.2f}% |"
        )
    reference = sum(len(r.reference) for r in results)
    candidate = sum(len(r.candidate) for r in results)
    matched = sum(r.matched for r in results)
    only_reference = sum(len(r.only_reference) for r in results)
    only_candidate = sum(len(r.only_candidate) for r in results)
    rows.append(
        f"| all | {reference} | {candidate} | {matched} | {only_reference} | {only_candidate} "
        f"| {ratio(matched, candidate):.2f}% | {ratio(matched, reference):.2f}% "
        f"| {f1_score(matched, only_candidate, only_reference):.2f}% |"
    )
    return "\n".join(rows)


def format_differences(results: list[CodeAgreement], limit: int | None) -> str:
    lines = []
    for r in results:
        for title, items in (("only pydocstyle", r.only_reference), ("only ClawDev", r.only_candidate)):
            if not items:
                continue
            lines.append(f"{r.code} {title} ({len(items)}):")
            shown = sorted(items, key=lambda f: (f.path, f.line))[:limit]
            lines.extend(f"  {item.describe()}" for item in shown)
            if len(shown) < len(items):
                lines.append(f"  ... and {len(items) - len(shown)} more")
    return "\n".join(lines) if lines else "No item is reported by only one tool."


def format_argument_differences(differences: list[ArgumentDifference], limit: int | None) -> str:
    lines = [f"D417 found by both, naming different parameters ({len(differences)}):"]
    for difference in differences[:limit]:
        lines.append(f"  {difference.reference.path}:{difference.reference.line} `{difference.reference.name}`: "
                     f"pydocstyle {', '.join(difference.reference.arguments)}; "
                     f"ClawDev {', '.join(difference.candidate.arguments)}")
    if limit is not None and len(differences) > limit:
        lines.append(f"  ... and {len(differences) - limit} more")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------------------
# Command line


def run_tool(arguments: list[str], cwd: Path | None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    try:
        return subprocess.run(
            arguments, cwd=cwd, env=environment, capture_output=True, text=True, errors="replace", check=False
        )
    except OSError as error:
        raise ToolError(f"cannot run {shlex.join(arguments)}: {error}") from error


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Compare `clawdev scan` with pydocstyle 6.2.3 on D100-D107 and D417.",
    )
    parser.add_argument(
        "tree", nargs="?", type=Path,
        help="folder to scan (default: the installed Python 3.11's Lib, without "
        + ", ".join(f"{d}/" for d in DEFAULT_STDLIB_EXCLUDES) + ")",
    )
    parser.add_argument(
        "--exclude", action="append", metavar="DIR",
        help="top-level folder of the tree to leave out (repeatable; replaces the default exclusions)",
    )
    parser.add_argument("--clawdev", default=DEFAULT_CLAWDEV, metavar="CMD",
                        help="command that runs clawdev, e.g. a published build's `path/to/clawdev` "
                        "(default: %(default)s)")
    parser.add_argument("--pydocstyle", default="pydocstyle", metavar="CMD",
                        help="command that runs pydocstyle 6.2.3 (default: %(default)s)")
    parser.add_argument("--pydocstyle-output", type=Path, metavar="FILE",
                        help="read pydocstyle's findings from this saved output for the same files (run in the "
                        "scanned folder) instead of running pydocstyle")
    parser.add_argument("--clawdev-json", type=Path, metavar="FILE",
                        help="read ClawDev's findings from this JSON report of the same files instead of "
                        "running clawdev")
    parser.add_argument("--min-f1", type=float, metavar="PERCENT",
                        help="exit 1 when the F1 of any code is below PERCENT")
    parser.add_argument("--show-diff", action="store_true", help="list every item only one tool reported")
    parser.add_argument("--diff-limit", type=int, metavar="N",
                        help="with --show-diff, list at most N items per code and tool")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with both reports")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    options = parse_arguments(argv)
    tree = (options.tree or default_tree()).resolve()
    if not tree.is_dir():
        print(f"agreement: not a folder: {tree}", file=sys.stderr)
        return 2
    if options.exclude is not None:
        excluded = set(options.exclude)
    else:
        excluded = set(DEFAULT_STDLIB_EXCLUDES) if options.tree is None else set()

    work = Path(tempfile.mkdtemp(prefix="clawdev-agreement-"))
    try:
        return compare_on(tree, excluded, work, options)
    except ToolError as error:
        print(f"agreement: {error}", file=sys.stderr)
        return 2
    finally:
        if options.keep:
            print(f"Kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def compare_on(tree: Path, excluded: set[str], work: Path, options: argparse.Namespace) -> int:
    # The folder name starts with a letter: pydocstyle judges a module private when any folder on its
    # path starts with '_', so the mirror's own location must not change what is public.
    root = work / "tree"
    files = select_files(tree, excluded)
    mirror_files(tree, files, root)
    write_pydocstyle_configuration(root)
    pydocstyle_command = shlex.split(options.pydocstyle)

    print(f"Tree: {tree}" + (f" (without {', '.join(sorted(d + '/' for d in excluded))})" if excluded else ""))
    print(f"Files: {len(files)}, lines: {count_lines(root, files)}")
    print(f"pydocstyle: {pydocstyle_version(pydocstyle_command)} ({options.pydocstyle})")

    started = time.monotonic()
    if options.pydocstyle_output is not None:
        print(f"pydocstyle: findings read from {options.pydocstyle_output}")
        pydocstyle_output, pydocstyle_log = read_text(options.pydocstyle_output), ""
    else:
        pydocstyle_output, pydocstyle_log = run_pydocstyle(pydocstyle_command, root)
    pydocstyle_seconds = time.monotonic() - started
    (work / "pydocstyle.txt").write_text(pydocstyle_output, encoding="utf-8")
    reference = parse_pydocstyle(pydocstyle_output)

    started = time.monotonic()
    if options.clawdev_json is not None:
        print(f"ClawDev: findings read from {options.clawdev_json}")
        document = read_clawdev_json(options.clawdev_json)
    else:
        print(f"ClawDev: {options.clawdev}")
        document = run_clawdev(shlex.split(options.clawdev), root, work / "clawdev.json")
    clawdev_seconds = time.monotonic() - started
    candidate = parse_clawdev(document)
    print(f"Run time: pydocstyle {pydocstyle_seconds:.1f} s, ClawDev {clawdev_seconds:.1f} s")
    print_clawdev_files(document, show_notes=options.show_diff)

    for line in pydocstyle_skipped_files(pydocstyle_log):
        print(f"pydocstyle skipped: {line}")

    results = compare(reference, candidate)
    print()
    print(format_table(results))
    d417 = next(r for r in results if r.code == "D417")
    differing_arguments = argument_differences(d417)
    print()
    print(f"D417 parameter lists: {d417.matched - len(differing_arguments)} of {d417.matched} findings both tools "
          "report name the same parameters.")
    if options.show_diff:
        print()
        print(format_differences(results, options.diff_limit))
        if differing_arguments:
            print(format_argument_differences(differing_arguments, options.diff_limit))

    if options.min_f1 is None:
        return 0
    failing = [r.code for r in results if r.f1 < options.min_f1]
    print()
    # .ci/run reads this line: "<passing> of <all> codes pass".
    print(f"Agreement gate (F1 >= {options.min_f1:g}%): {len(results) - len(failing)} of {len(results)} codes pass"
          + (f"; below: {', '.join(failing)}" if failing else ""))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
