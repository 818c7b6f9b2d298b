"""A number of things, said as people say it: "1 call", "3 calls", never "call(s)"."""

from __future__ import annotations


def counted(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"
