"""The command line: `newsextract extract PAGE.txt --published DATE [-o OUT.json]`,
`newsextract schema`,
`newsextract batch INPUT... -o OUT.jsonl` (see `batch.py`)."""
from __future__ import annotations

import argparse
import json
import sys

from . import batch as _batch
from .models import Page
from .pipeline import extract


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
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def _cmd_extract(args: argparse.Namespace) -> int:
    try:
        page = extract(_read_input(args.page), published=args.published, home=args.home)
    except (OSError, ValueError) as err:
        print(f"newsextract: {err}", file=sys.stderr)
        return 2
    _write_output(page.model_dump_json(indent=2) + "\n", args.output)
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    _write_output(schema_json(), args.output)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsextract", description="Structured data from Chinese newspaper pages.")
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("extract", help="extract one page to JSON")
    one.add_argument("page", help="the page text file (UTF-8 or GB18030), or - for standard input")
    one.add_argument("--published", help="publication date, YYYY-MM-DD (inferred from the page if omitted)")
    one.add_argument("--home", help="the paper's home city, e.g. 太原市 (inferred if omitted)")
    one.add_argument("-o", "--output", help="write the JSON here instead of standard output")
    one.set_defaults(run=_cmd_extract)
    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
    schema.add_argument("-o", "--output", help="write it here instead of standard output")
    schema.set_defaults(run=_cmd_schema)
    batch = commands.add_parser("batch", help="extract many pages to JSON Lines or Parquet tables")
    _batch.add_arguments(batch)
    batch.set_defaults(run=_batch.command)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)
