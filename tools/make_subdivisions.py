"""Write ``data/base/subdivisions.yaml``: the first-level subdivisions of a few countries, from
Debian's iso-codes (ISO 3166-2), the public source it cites.

Run ``python tools/make_subdivisions.py``; the output is committed.
"""

from __future__ import annotations

import json
from pathlib import Path

from make_countries import key_of, quoted

SOURCE = Path("/usr/share/iso-codes/json/iso_3166-2.json")
COUNTRIES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = Path(__file__).resolve().parents[1] / "data" / "base" / "subdivisions.yaml"
CHOSEN = ("AL", "LS", "MX", "PY", "TL", "UZ")
"""Countries whose subdivisions are shipped (a few, as the registry's README says)."""


def main() -> None:
    countries = {c["alpha_2"]: c for c in json.loads(COUNTRIES.read_text(encoding="utf-8"))["3166-1"]}
    subdivisions = json.loads(SOURCE.read_text(encoding="utf-8"))["3166-2"]
    lines = [
        "# First-level subdivisions (states, departments, districts, regions, municipalities) of a few",
        f"# countries ({', '.join(CHOSEN)}), with their ISO 3166-2 codes. Source: ISO 3166-2, as published in",
        "# Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-2.json), written by",
        "# tools/make_subdivisions.py. Every value cites this file's line. Keys are the name and the country's key.",
        "places:",
    ]
    used: set[str] = set()
    for sub in sorted(subdivisions, key=lambda s: s["code"]):
        country_code = sub["code"].split("-")[0]
        if country_code not in CHOSEN or "parent" in sub:
            continue
        country = countries[country_code]
        country_key = key_of(country.get("common_name") or country["name"])
        key = f"{key_of(sub['name'])}-{country_key}"
        key = key if key not in used else f"{key}-{key_of(sub['code'])}"  # Toshkent city and region
        used.add(key)
        lines += [
            f"- key: {key}",
            "  type: State",
            f"  name: {quoted(sub['name'])}",
            f"  code: {sub['code']}",
            f"  in: {country_key}",
        ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
