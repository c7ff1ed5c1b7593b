"""The `versus` command: arguments, errors and exit codes; chooses the app, JSON or a report."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tui.core.errors import InputError
from tui.core.textsafe import visible
from tui.core.thresholds import DEFAULT_THRESHOLD

if TYPE_CHECKING:
    from tui.core.load import Version
    from tui.core.model import Comparison

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but every error is the usage line and one sanitised `versus: ...` line, exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"versus: {visible(message, newlines=False)}\n")
        raise SystemExit(EXIT_USAGE)


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, its width found as argparse would but without importing shutil: argparse makes
    a formatter for every option it is given, so every run (a one-shot `--json` too) paid for that import."""

    def __init__(self, prog: str) -> None:
        try:
            width = int(os.environ.get("COLUMNS", ""))
        except ValueError:
            width = 0
        if width <= 0:
            try:
                width = os.get_terminal_size(sys.__stdout__.fileno()).columns
            except (AttributeError, ValueError, OSError):
                width = 0
        super().__init__(prog, width=(width or 80) - 2)


def _ranged(cast: type[int] | type[float], lo: float, hi: float, says: str) -> Callable[[str], Any]:
    """An argparse type: a number of `cast` from lo to hi, else "OPTION takes ..., not VALUE"."""

    def parse(value: str) -> Any:
        try:
            number = cast(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{says}, not {value!r}") from None
        if not lo <= number <= hi:
            raise argparse.ArgumentTypeError(f"{says}, not {value}")
        return number

    return parse


_threshold = _ranged(float, 0, 100, "--threshold takes a number from 0 to 100")
_port = _ranged(int, 1, 65535, "--port takes a number from 1 to 65535")
_base = _ranged(int, 1, float("inf"), "--base takes a version number counted from 1")


def _folding(value: str) -> frozenset[str]:
    from tui.core.normalise import parse_folding

    try:
        return parse_folding(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="versus",
        formatter_class=_Formatter,
        description="Read several versions of the same article side by side.",
        epilog="Without --json or --report, opens the app when stdout is a terminal, else prints the report.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article versions: files, directories, or - for stdin")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the comparison model as JSON")
    out.add_argument("--report", action="store_true", help="print a plain-text comparison")
    out.add_argument("--export", metavar="OUT", help="write a Markdown (.md) or JSON (.json) report to OUT")
    p.add_argument(
        "--base",
        type=_base,
        default=None,
        metavar="N",
        help="the base version, counted from 1 (default 1, or the session's)",
    )
    p.add_argument("--serve", action="store_true", help="serve the app to a browser on localhost (textual-serve)")
    p.add_argument("--port", type=_port, default=8000, metavar="P", help="port for --serve (default 8000)")
    p.add_argument(
        "--host",
        default="localhost",
        metavar="H",
        help="address for --serve (default localhost; another one opens the app to that network)",
    )
    p.add_argument("--app", action="store_true", help=argparse.SUPPRESS)  # the app even without a terminal (--serve)
    p.add_argument("--timings", action="store_true", help=argparse.SUPPRESS)  # stage times to stderr (bench/run.py)
    p.add_argument(
        "--in-order",
        action="store_true",
        help="the files are given oldest first (successive updates), whatever dates their texts carry",
    )
    p.add_argument(
        "--date",
        action="append",
        default=[],
        metavar="FILE=WHEN",
        help="the date (and time) of one version, as 2024-05-07 or 2024-05-07T14:30; may be repeated",
    )
    p.add_argument(
        "--no-session",
        action="store_true",
        help="do not resume or save the review session (marks, notes, position) for these files",
    )
    p.add_argument(
        "--fold",
        type=_folding,
        default=None,
        metavar="LIST",
        help="the differences to ignore: all (the default), none, or some of case, punctuation, quotes,"
        " whitespace, spelling, numbers, separated by commas",
    )
    p.add_argument(
        "--threshold",
        type=_threshold,
        default=DEFAULT_THRESHOLD,
        metavar="T",
        help=f"sentence pairing threshold, 0-100 (default {DEFAULT_THRESHOLD:g})",
    )
    return p


def _load(
    args: argparse.Namespace, parser: argparse.ArgumentParser
) -> tuple[list[Version], int, dict[str, float] | None]:
    """The versions, the 0-based base, and the stage times so far when --timings asks for them."""
    from tui.core.load import load_versions

    began = time.perf_counter()
    versions = _dated(load_versions(args.files), args.date, parser)
    base = _check_base(args, parser, len(versions))
    return versions, base, {"load": time.perf_counter() - began} if args.timings else None


def _dated(versions: list[Version], given: Sequence[str], parser: argparse.ArgumentParser) -> list[Version]:
    """The versions with the dates --date gives them (FILE=WHEN, FILE as given on the command line or the
    same file by another path)."""
    from tui.core.dates import parse_when
    from tui.core.load import Version

    out = list(versions)
    for item in given:
        name, sep, when = item.rpartition("=")
        iso = parse_when(when) if sep else None
        if iso is None:
            parser.error(f"--date {item!r}: give FILE=WHEN, WHEN as 2024-05-07 or 2024-05-07T14:30")
        found = [n for n, v in enumerate(out) if v.path == name or _same_file(v.path, name)]
        if not found:
            parser.error(f"--date {item!r}: {name} is not one of the files")
        for n in found:
            v = out[n]
            out[n] = Version(v.path, v.label, v.text, v.encoding, v.title, iso, "--date")
    return out


def _same_file(a: str, b: str) -> bool:
    try:
        return a != "-" and b != "-" and os.path.samefile(a, b)
    except OSError:
        return False


def _compare(args: argparse.Namespace, parser: argparse.ArgumentParser) -> tuple[Comparison, dict[str, float] | None]:
    """The comparison of the files, and its stage times when --timings asks for them."""
    from tui.core.pipeline import compare

    versions, base, timings = _load(args, parser)
    return _refolded(compare(versions, base, args.threshold, timings, args.in_order), args), timings


def _refolded(c: Comparison, args: argparse.Namespace) -> Comparison:
    """The comparison under --fold, when it asks for fewer foldings than all."""
    if args.fold is None or args.fold == c.folding:
        return c
    from tui.core.folding import refold

    return refold(c, args.fold)


def _write_json(args: argparse.Namespace, parser: argparse.ArgumentParser) -> dict[str, float] | None:
    """Write the comparison's JSON: compact, non-ASCII characters escaped (any stdout encoding can take it),
    the same text as json.dumps of the model's dicts in about half the time. Its first part is made while
    the figures and facts may still be found in a child process. Returns the stage times, if asked for."""
    from tui.core.json_text import head_json, tail_json
    from tui.core.pipeline import begin

    versions, base, timings = _load(args, parser)
    with begin(versions, base, args.threshold, timings, args.in_order) as under_way:
        began = time.perf_counter()
        head = head_json(under_way) if args.fold in (None, under_way.folding) else ""
        took = time.perf_counter() - began
        comparison = under_way.finish()
    began = time.perf_counter()
    if not head:  # the rows under another folding: made once all is known
        comparison = _refolded(comparison, args)
        head = head_json(comparison)
    sys.stdout.write(head)  # written apart: joined, the two would be copied into a third (megabytes)
    sys.stdout.write(tail_json(comparison) + "\n")
    if timings is not None:
        timings["json"] = took + time.perf_counter() - began
    return timings


def _check_export_target(out: str, inputs: Sequence[str]) -> None:
    """Refuse an export that would write over a file: an input above all, or anything the user has (as the
    app's `e` never overwrites)."""
    if not out:
        raise InputError("--export needs a file name", "--export")
    if os.path.lexists(out):
        same = any(p != "-" and os.path.exists(p) and os.path.samefile(p, out) for p in inputs if not os.path.isdir(p))
        raise InputError("is one of the inputs; not written" if same else "exists already; not written", out)


def _check_base(args: argparse.Namespace, parser: argparse.ArgumentParser, count: int) -> int:
    """The 0-based base version from --base (0 when not given)."""
    if args.base is not None and args.base > count:
        parser.error(f"--base {args.base} is out of range: there are {count} versions")
    return (args.base or 1) - 1


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    batch = args.json or args.report or args.export is not None
    if args.serve:
        if batch:
            parser.error("--serve cannot be combined with --json, --report or --export")
        return _serve(args, parser)
    interactive = not batch and (args.app or sys.stdout.isatty())
    if interactive:
        from tui.core.load import load_versions

        versions = _dated(load_versions(args.files), args.date, parser)
        base = _check_base(args, parser, len(versions))
        if "-" in args.files:
            _reattach_tty()
        from tui.app import VersusApp
        from tui.keymap import read_keymap
        from tui.terminal import tolerate_undecodable_input

        keymap = read_keymap()

        tolerate_undecodable_input()
        app = VersusApp(
            versions,
            base=base,
            threshold=args.threshold,
            remember=not args.no_session,
            base_given=args.base is not None,
            in_order=args.in_order,
            folding=args.fold,
            keymap=keymap,
        )
        app.run()
        code = app.return_code or EXIT_OK  # an error inside the app sets it (and Textual printed why)
        if argv is None:  # the app has saved all the user wrote and given the terminal back
            _leave_now(code)
        return code
    gc.disable()  # a one-shot run that makes no reference cycles: the cycle collector would only cost time
    if args.json:
        timings = _write_json(args, parser)
    else:
        comparison, timings = _compare(args, parser)
        if args.export is not None:
            _check_export_target(args.export, args.files)
            from tui import session
            from tui.export import export

            stored = session.Stored(None) if args.no_session else session.read(comparison.versions)
            if stored.problem:
                print(
                    f"versus: warning: the saved session {stored.path} could not be read ({stored.problem});"
                    " exporting without its notes",
                    file=sys.stderr,
                )
            review = session.resume(comparison, stored.data)
            export(comparison, args.export, review.notes, review.marks, review.lost())
        else:
            from tui.report import render_report

            width = _width()
            colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            sys.stdout.write(render_report(comparison, width=width, colour=colour))
    sys.stdout.flush()
    if timings is not None:  # last, after the output: the benchmark reads the last line of stderr
        sys.stderr.write(json.dumps({"stages": timings}) + "\n")
    if argv is None:
        _leave_now(EXIT_OK)
    return EXIT_OK


def _leave_now(code: int) -> None:
    """End the `versus` process without freeing the comparison object by object (35-45 ms on a 100k-word pair,
    spent on nothing the user sees): the output is written and flushed, and no exit handler has work to do."""
    sys.stderr.flush()
    os._exit(code)


def _serve(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from tui.core.load import load_versions
    from tui.serve import make_server, serve_command

    _check_base(args, parser, len(_dated(load_versions(args.files), args.date, parser)))  # fails here, not later
    options = ["--threshold", str(args.threshold)]
    if args.base is not None:
        options += ["--base", str(args.base)]
    if args.no_session:
        options.append("--no-session")
    if args.in_order:
        options.append("--in-order")
    options += [f"--date={item}" for item in args.date]
    if args.fold is not None:
        options.append("--fold=" + (",".join(sorted(args.fold)) or "none"))
    server = make_server(serve_command(args.files, options), args.port, args.host)
    if not _free(args.host, args.port):
        raise InputError(f"cannot serve on {args.host}:{args.port}: the port is in use or not allowed")
    if args.host not in ("localhost", "127.0.0.1", "::1"):
        sys.stderr.write(f"versus: serving to the network on {args.host}: anyone with the address can read\n")
    sys.stderr.write(f"versus: open {server.url} (ctrl+c stops)\n")
    sys.stderr.flush()
    server.serve()
    return EXIT_OK


def _free(host: str, port: int) -> bool:
    """Whether the port can be listened on at this address now (so that a port in use is said plainly)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return False
    for family, kind, proto, _name, address in infos:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError:
                return False
    return True


def _width() -> int:
    try:
        return max(40, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        try:
            return max(40, os.get_terminal_size().columns)
        except OSError:
            return 100


def _reattach_tty() -> None:
    """After reading a version from stdin, take keys from the terminal instead."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise InputError("cannot open the terminal (/dev/tty) for keys after reading stdin") from None
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: never a traceback; one `versus: ...` line and a status for every failure."""
    try:
        return run(argv)
    except InputError as exc:
        sys.stderr.write(f"versus: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Point stdout at /dev/null so the interpreter's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("VERSUS_DEBUG"):
            raise
        sys.stderr.write(f"versus: internal error: {visible(type(exc).__name__ + ': ' + str(exc), newlines=False)}\n")
        return EXIT_INTERNAL
