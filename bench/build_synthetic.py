"""Benchmark: build speed on the real corpus and on a synthetic corpus of N reports in the template.

    python bench/build_synthetic.py [--reports 500] [--corpus ../shared/corpus]

Prints the real corpus's build time (goal: under 2 s) and documents per second on the synthetic
corpus, each report a different programme with its own agencies, partners, budget table, results
framework and annex, so that nothing is cached from one report to the next.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from gapgraph.loaders.pipeline import build

AGENCIES = ["UNICEF", "UNDP", "UNFPA", "ILO", "FAO", "UN Women", "WHO", "UNESCO", "WFP", "UNHCR"]
THEMES = ["care", "pensions", "child benefits", "health insurance", "unemployment insurance", "cash transfers"]
GROUPS = ["older persons", "informal workers", "migrant women", "rural youth", "persons with disabilities"]
COUNTRIES = ["Peru", "Kenya", "Viet Nam", "Morocco", "Ghana", "Nepal", "Bolivia", "Jordan", "Senegal", "Fiji"]


def report(index: int, rng: random.Random) -> str:
    """One synthetic final narrative report in the Joint SDG Fund template."""
    country = rng.choice(COUNTRIES)
    theme, group = rng.choice(THEMES), rng.choice(GROUPS)
    title = f"Programme {index}: {theme} for {group} in {country}"
    agencies = rng.sample(AGENCIES, 3)
    amounts = [rng.randrange(200_000, 900_000) for _ in agencies]
    co = [rng.randrange(10_000, 200_000) for _ in agencies]
    budget = "\n".join(f"{a}\t{x:,}\t{y:,}\t{x + y:,}" for a, x, y in zip(agencies, amounts, co, strict=True))
    indicators = "\n".join(
        f"Output 1.{i} indicator: Number of {rng.choice(GROUPS)} reached in district {i}\t0\t{rng.randrange(10, 90)}\t"
        f"{rng.randrange(5, 120)}\tCOVID-19 delayed field work in district {i}."
        for i in range(1, 6)
    )
    products = "\n".join(f"Study {index}.{i} on {theme} for {group}\tMarch 202{i % 3}\tYes\tYes" for i in range(1, 9))
    partners = ", ".join(f"Ministry of {w} of {country} {index}" for w in ("Labour", "Health", "Finance", "Women"))
    return f"""Joint SDG Fund
Joint Programme Final Narrative Report

Cover page

Country: {country}
Joint Programme (JP) title: {title}
MPTF Office Project Reference Number: {100000 + index}
Start date (day/month/year): **01/02/2020**
Original End date (day/month/year): **31/01/2022**
RC (name and email): **Person {index}, rc{index}@un.org**
Lead PUNO Focal Point (focal point name and email): **Lead {index}, lead{index}@unicef.org**

Total Budget (as per Programme Document, without co-funding): $ {sum(amounts):,}.00 USD

Agency/other s\tJoint SDG Fund contribution\tCo-funding\tTotal
{budget}
Total\t{sum(amounts):,}\t{sum(co):,}\t{sum(amounts) + sum(co):,}

Executive summary

Partnerships

National government: {partners}

Civil Society and workers' unions: Union {index} of {group.title()} Workers, Network {index} for {theme.title()}

- Grants were awarded to the Union {index} of {group.title()} Workers.
- {rng.randrange(20, 900)} people were trained in social protection with the Network {index} for {theme.title()}.

SDG: Target 1.3. Implement nationally appropriate social protection systems.

Result / Indicators\tBaseline\tExpected final target\tFinal result\tReasons for variance from planned target (if any)
Outcome 1: {theme.title()} reach {group}
Output 1.1: Policies on {theme} adopted
{indicators}

Annex 2: Strategic documents

Strategic documents developed or adapted by JP

Title of the document\tDate when finalized (MM/YY)\tFocus\tFocus
{products}

Annex 3: Results questionnaire
"""


def synthetic_corpus(folder: Path, reports: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    entries = []
    for index in range(reports):
        name = f"report-{index:04d}.txt"
        (folder / name).write_text(report(index, rng), encoding="utf-8")
        entries.append(
            f"  - id: report-{index:04d}\n    file: {name}\n    kind: jsdgf-final-narrative-report\n"
            f"    title: Synthetic report {index}\n"
        )
    (folder / "manifest.yaml").write_text("documents:\n" + "".join(entries), encoding="utf-8")


def timed_build(corpus: Path) -> tuple[float, int, int]:
    start = time.perf_counter()
    result = build(corpus)
    return time.perf_counter() - start, len(result.kg), result.kg.number_of_edges()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    args = parser.parse_args()
    if (args.corpus / "manifest.yaml").is_file():
        seconds, nodes, edges = timed_build(args.corpus)
        print(f"real corpus: {seconds:.2f} s ({nodes} nodes, {edges} edges); goal < 2 s: {seconds / 2:.2f} of budget")
    with tempfile.TemporaryDirectory() as tmp:
        synthetic_corpus(Path(tmp), args.reports)
        seconds, nodes, edges = timed_build(Path(tmp))
    print(
        f"synthetic corpus: {args.reports} reports in {seconds:.2f} s = {args.reports / seconds:.1f} documents/s "
        f"({nodes} nodes, {edges} edges)"
    )


if __name__ == "__main__":
    main()
