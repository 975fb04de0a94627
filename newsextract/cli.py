"""The command line: `newsextract extract PAGE.txt --published DATE [-o OUT.json]`,
`newsextract schema`,
`newsextract batch INPUT... -o OUT.jsonl` (the run itself is `batch.py`).

Errors are handled in one place, `main`: a mistake the user can make (an argument,
a file that cannot be read or written, a page that cannot be decoded) is one line
on stderr that names the argument or file, with exit status 2, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import sys
from typing import NoReturn

from .archive import batch as _batch
from .models import Page
from .pipeline import coerce_published, extract

EXIT_OK = 0
EXIT_PAGES_FAILED = 1   # batch: some page is in the errors file
EXIT_USAGE = 2          # a wrong argument, an unreadable input, an unwritable output
EXIT_NOTHING = 3        # batch: the inputs named no page at all
EXIT_INTERRUPTED = 130  # Ctrl-C

_LIBRARY_PREFIX = re.compile(r"^(?:newsextract[\w.]*: )+")


class UsageError(Exception):
    """A mistake in the command or its files: printed as one line, exit status 2."""

    def __init__(self, message: str, *, prog: str | None = None):
        super().__init__(message)
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    """argparse, but a wrong argument is one line (not the usage block) and goes through `main`."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)", prog=self.prog)


def _message(err: BaseException) -> str:
    """One line for an exception: the file and what went wrong, without the library's own prefix."""
    if isinstance(err, OSError) and err.filename is not None:
        text = f"{err.filename}: {err.strerror or err}"
    else:
        text = _LIBRARY_PREFIX.sub("", str(err)) or type(err).__name__
    return _batch.printable(re.sub(r"\s*[\r\n]+\s*", " ", text).strip())


def schema_json() -> str:
    """The JSON Schema of the output, as committed in docs/schema.json."""
    return json.dumps(Page.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n"


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _write_output(text: str, path: str | None) -> None:
    if path in (None, "-"):
        sys.stdout.write(text)
        return
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as err:
        raise UsageError(f"-o {path}: cannot write: {err.strerror or err}") from err


def _published(value: str) -> str:
    """argparse type of --published: checked as the library reads it, passed on as given."""
    try:
        coerce_published(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(_message(err)) from err
    return value


def _cmd_extract(args: argparse.Namespace) -> int:
    data = _read_input(args.page)
    try:
        page = extract(data, published=args.published, home=args.home)
    except OverflowError as err:  # a date arithmetic past year 1 or 9999
        where = f"--published {args.published}" if args.published else args.page
        raise UsageError(f"{where}: {_message(err)}") from err
    except (ValueError, TypeError) as err:
        raise UsageError(f"{args.page}: {_message(err)}") from err
    _write_output(page.model_dump_json(indent=2) + "\n", args.output)
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    _write_output(schema_json(), args.output)
    return EXIT_OK


# ---------------------------------------------------------------- batch

def _add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="page files, directories (every *.txt below, any case), globs, or JSON Lines files "
                             "(*.jsonl, or - for standard input) of "
                             "{\"id\", \"text\" | \"path\", \"published\"} records")
    parser.add_argument("-o", "--output", required=True,
                        help="the JSON Lines file to write (for --format parquet: a directory); "
                             "never one of the inputs")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl",
                        help="jsonl: one page per line; parquet: flat tables pages, articles, dates, "
                             "organizations, statistics, events, places (one file each, plus pages.jsonl)")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes (default: the machine's cores; more only with --force)")
    parser.add_argument("--force", action="store_true", help="allow --workers above the number of cores")
    parser.add_argument("--published-from-name", metavar="REGEX",
                        help="read the publication date from the file name or id, e.g. '(\\d{4}-\\d{2}-\\d{2})'")
    parser.add_argument("--errors", metavar="ERRORS.jsonl",
                        help="where failed pages go (default: OUT.errors.jsonl, or OUT/errors.jsonl)")
    parser.add_argument("--resume", action="store_true",
                        help="keep what an earlier run wrote and skip the ids already done or failed")
    parser.add_argument("--retry-errors", action="store_true",
                        help="like --resume, but run the pages in the errors file again; the errors file "
                             "is started afresh and lists what still fails")
    parser.add_argument("--root", metavar="DIR",
                        help="JSON Lines \"path\" records are read only below this folder "
                             "(default: the folder of their JSON Lines file)")
    parser.add_argument("--max-bytes", type=int, default=_batch.DEFAULT_MAX_BYTES, metavar="N",
                        help=f"a larger page is an error record (default: {_batch.DEFAULT_MAX_BYTES}, 8 MiB)")
    parser.add_argument("--page-timeout", type=float, default=_batch.DEFAULT_PAGE_TIMEOUT, metavar="SECONDS",
                        help="a page that takes longer is an error record and its worker is replaced "
                             f"(default: {_batch.DEFAULT_PAGE_TIMEOUT:g}; 0: no limit)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show a progress bar on stderr (default: only when stderr is a terminal)")


def _batch_options(args: argparse.Namespace) -> dict:
    """The checked options of `newsextract batch`; a wrong one raises `UsageError`."""
    try:
        date_from_name = _batch.published_from_name(args.published_from_name) if args.published_from_name else None
    except re.error as err:
        raise UsageError(f"--published-from-name: not a valid regular expression: {err}") from err
    cores = _batch.default_workers()
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers {args.workers}: must be at least 1")
    if args.workers is not None and args.workers > cores and not args.force:
        raise UsageError(f"--workers {args.workers}: more than the {cores} cores this process may use "
                         "(slower, and each worker holds its own memory); add --force to start them anyway")
    if args.max_bytes < 1:
        raise UsageError(f"--max-bytes {args.max_bytes}: must be at least 1")
    if not args.page_timeout >= 0:
        raise UsageError(f"--page-timeout {args.page_timeout:g}: must be 0 (no limit) or more seconds")
    if args.root is not None and not os.path.isdir(args.root):
        raise UsageError(f"--root {args.root}: not a folder")
    return {"date_from_name": date_from_name, "workers": args.workers or cores, "max_bytes": args.max_bytes,
            "page_timeout": args.page_timeout or None}


def _cmd_batch(args: argparse.Namespace) -> int:
    options = _batch_options(args)
    out = pathlib.Path(args.output)
    outputs: dict[str, pathlib.Path] = {}
    if args.format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as err:
            raise UsageError("--format parquet needs pyarrow: pip install 'newsextract[parquet]'") from err
        from .archive import tables as _tables

        if out.exists() and not out.is_dir():
            raise UsageError(f"-o {out}: exists and is not a directory; --format parquet writes a directory of tables")
        journal, errors = out / "pages.jsonl", pathlib.Path(args.errors or out / "errors.jsonl")
        outputs["-o"] = journal
        outputs.update({f"-o (table {path.name})": path for path in _tables.table_paths(out)})
    else:
        journal, errors = out, pathlib.Path(args.errors or f"{out}.errors.jsonl")
        outputs["-o"] = journal
    outputs["--errors"] = errors
    _batch.check_paths(args.inputs, outputs)
    if args.format == "parquet":
        _tables.remove_stale_tmp(out)
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    records = _batch.iter_records(args.inputs, date_from_name=options["date_from_name"], root=args.root,
                                  max_bytes=options["max_bytes"])
    try:
        summary = _batch.run(records, journal, errors, workers=options["workers"], resume=args.resume,
                             retry_errors=args.retry_errors, progress=progress, max_bytes=options["max_bytes"],
                             page_timeout=options["page_timeout"])
    except OSError as err:  # name the option of an output that cannot be written
        option = {str(journal): "-o", str(errors): "--errors"}.get(str(err.filename))
        if option is None:
            raise
        raise UsageError(f"{option} {err.filename}: {err.strerror}") from err
    counts = (f"{summary.written} pages written, {summary.errors} errors (in {errors}), "
              f"{summary.skipped} already done" + (f" ({summary.failed_before} of them failed before)"
                                                   if summary.failed_before else ""))
    if summary.interrupted:
        _say(f"interrupted: {counts}; every line written is whole, --resume goes on from here")
        return EXIT_INTERRUPTED
    tables = ""
    if args.format == "parquet":
        written = _tables.write_tables_from_jsonl(journal, out)
        tables = "; tables: " + ", ".join(f"{name} {n}" for name, n in written.items())
    if not (summary.written or summary.errors or summary.skipped):
        _say(f"nothing to do: the inputs name no page ({' '.join(args.inputs)})")
        return EXIT_NOTHING
    _say(f"{counts}; {summary.pages_per_second:.1f} pages/s{tables}")
    return EXIT_PAGES_FAILED if summary.errors or summary.failed_before else EXIT_OK


def _cmd_view(args: argparse.Namespace) -> int:
    """`newsextract view PAGE.txt`: extract a page and write its HTML view (see `view/`);
    `--open` shows it in the browser (from a temporary file when there is no -o)."""
    import tempfile
    import webbrowser

    from .text import decode
    from .view import render_html

    data = _read_input(args.page)
    try:
        raw = decode(data)
        page = extract(raw, published=args.published, home=args.home)
    except OverflowError as err:  # a date arithmetic past year 1 or 9999
        where = f"--published {args.published}" if args.published else args.page
        raise UsageError(f"{where}: {_message(err)}") from err
    except (ValueError, TypeError) as err:
        raise UsageError(f"{args.page}: {_message(err)}") from err
    name = "standard input" if args.page == "-" else os.path.basename(args.page)
    output = args.output
    if output is None and args.open:
        handle, output = tempfile.mkstemp(prefix="newsextract-view-", suffix=".html")
        os.close(handle)
    _write_output(render_html(page, raw, title=f"{name} · newsextract view"), output)
    if args.open and output != "-":
        webbrowser.open(pathlib.Path(output).resolve().as_uri())
    return EXIT_OK


def _say(line: str) -> None:
    print(f"newsextract batch: {_batch.printable(line)}", file=sys.stderr)


# ---------------------------------------------------------------- the parser and main

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsextract", description="Structured data from Chinese newspaper pages.")
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("extract", help="extract one page to JSON")
    one.add_argument("page", help="the page text file (UTF-8 or GB18030), or - for standard input")
    one.add_argument("--published", type=_published,
                     help="publication date: 2025-03-13, 2025年3月13日, 2025/3/13, 13 March 2025 … "
                          "(inferred from the page if omitted)")
    one.add_argument("--home", help="the paper's home city, e.g. 太原市 (inferred if omitted)")
    one.add_argument("-o", "--output", help="write the JSON here instead of standard output")
    one.set_defaults(run=_cmd_extract)
    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
    schema.add_argument("-o", "--output", help="write it here instead of standard output")
    schema.set_defaults(run=_cmd_schema)
    batch = commands.add_parser("batch", help="extract many pages to JSON Lines or Parquet tables")
    _add_batch_arguments(batch)
    batch.set_defaults(run=_cmd_batch)
    view = commands.add_parser("view", help="write one self-contained HTML page showing a page's extraction")
    view.add_argument("page", help="the page text file (UTF-8 or GB18030), or - for standard input")
    view.add_argument("--published", type=_published,
                      help="publication date, YYYY-MM-DD (inferred from the page if omitted)")
    view.add_argument("--home", help="the paper's home city, e.g. 太原市 (inferred if omitted)")
    view.add_argument("-o", "--output", help="write the HTML here instead of standard output")
    view.add_argument("--open", action="store_true", help="open it in the web browser (a temporary file without -o)")
    view.set_defaults(run=_cmd_view)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; the exit status (0 fine, 1 some batch page failed, 2 a usage
    error, 3 a batch with nothing to do, 130 interrupted)."""
    parser = build_parser()
    prog = parser.prog
    try:
        args = parser.parse_args(argv)
        prog = f"{parser.prog} {args.command}"
        return args.run(args)
    except UsageError as err:
        print(f"{err.prog or prog}: {_message(err)}", file=sys.stderr)
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (OSError, ValueError, TypeError) as err:  # from the user's files and arguments
        print(f"{prog}: {_message(err)}", file=sys.stderr)
    return EXIT_USAGE
