"""The keys that say how a call left you, 1 drained … 5 energised (ENERGY_WORDS): the
console's, just after a call is logged, and the call detail's."""

from __future__ import annotations

from textual.binding import Binding

from ..core.domain.vocabulary import ENERGY_WORDS


def rating_bindings(what: str, id_prefix: str) -> list[Binding]:
    """`1` to `5`, each `rate(n)`: "Rate {what}: 4 good", ids `{id_prefix}rate_4`. Not
    in the footer: the hint line, or the detail's "Left you" line, names them."""
    return [
        Binding(
            str(energy),
            f"rate({energy})",
            f"Rate {what}: {energy} {word}",
            id=f"{id_prefix}rate_{energy}",
            show=False,
        )
        for energy, word in ENERGY_WORDS.items()
    ]
