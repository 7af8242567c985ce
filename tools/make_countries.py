"""Write ``data/base/countries.yaml`` from Debian's iso-codes (ISO 3166-1), the public source it cites.

Run ``python tools/make_countries.py`` on a machine with the ``iso-codes`` package; the output is
committed, so builds never need the package.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

SOURCE = Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = Path(__file__).resolve().parents[1] / "data" / "base" / "countries.yaml"


def key_of(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", text))


def quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def main() -> None:
    countries = json.loads(SOURCE.read_text(encoding="utf-8"))["3166-1"]
    lines = [
        "# Countries and territories of ISO 3166-1 (249 entries): the English short name, the common name where",
        "# ISO gives one, the official name, and the alpha-2 and alpha-3 codes. Source: ISO 3166-1, as published",
        "# in Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json), written by",
        "# tools/make_countries.py. Every value cites this file's line (the public source named above).",
        "places:",
    ]
    for country in sorted(countries, key=lambda c: c["alpha_3"]):
        name = country.get("common_name") or country["name"]
        aliases = [n for n in (country["name"], country.get("official_name")) if n and n != name]
        lines += [
            f"- key: {key_of(name)}",
            "  type: Country",
            f"  name: {quoted(name)}",
            f"  alpha2: {country['alpha_2']}",
            f"  alpha3: {country['alpha_3']}",
        ]
        if aliases:
            lines.append("  aliases:")
            lines += [f"  - {quoted(a)}" for a in dict.fromkeys(aliases)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
