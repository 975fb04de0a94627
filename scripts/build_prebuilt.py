#!/usr/bin/env python3
"""Build `newsextract/data/prebuilt.bin`: the values a fresh process's first call derives
from the data files (`newsextract/prebuilt.py` lists them: the township names, the
traditional → simplified table, the organization vocabulary), built once here instead of in every process.

Source: the package's own `data/*.tsv` (each value records the sizes of the files it was
built from; a file of another size is read as before at run time).

    python scripts/build_prebuilt.py            # write the file
    python scripts/build_prebuilt.py --check    # exit 1 if the file does not fit the data

Run it after changing a data file `prebuilt.VALUES` names (tests/test_prebuilt.py fails until then).
"""
from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's package, not an installed one

from newsextract import prebuilt  # noqa: E402

PATH = ROOT / "newsextract" / "data" / prebuilt.FILE


def main() -> int:
    blob = prebuilt.build()
    if "--check" in sys.argv[1:]:
        if not PATH.exists() or prebuilt.comparable(PATH.read_bytes()) != prebuilt.comparable(blob):
            print(f"{PATH.name} out of date; run scripts/build_prebuilt.py", file=sys.stderr)
            return 1
        return 0
    PATH.write_bytes(blob)
    print(f"wrote {PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
